import { graphemes, type Grapheme } from './text-width';

/** A grapheme with a tag that survives wrapping (the highlight view tags each with its fact's kind). */
export interface Tagged<T> extends Grapheme {
  tag: T;
  /** False keeps a space from being a break ("Dates 7" in the legend stays on one line). */
  breakable?: boolean;
}

// Break opportunities: the spaces that may end a line, not the no-break ones (U+00A0, U+2007, U+202F).
const SPACE = /^[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]$/;

/**
 * Greedy word wrap to `width` columns, measured in terminal columns. Breaks at spaces, drops
 * the spaces at a break, and splits a word wider than a line (a URL, a run of CJK) wherever it
 * must. Leading indentation of the paragraph is kept. Linear in the input.
 */
export function wrapTagged<T>(chars: Array<Tagged<T>>, width: number): Array<Array<Tagged<T>>> {
  const lines: Array<Array<Tagged<T>>> = [];
  let line: Array<Tagged<T>> = [];
  let lineWidth = 0;
  let pending: Array<Tagged<T>> = [];
  let pendingWidth = 0;
  const flush = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
  };
  let i = 0;
  while (i < chars.length) {
    if (isBreak(chars[i])) {
      const keep = line.length === 0 && lines.length === 0;
      while (i < chars.length && isBreak(chars[i])) {
        if (keep && lineWidth + chars[i].width <= width) {
          line.push(chars[i]);
          lineWidth += chars[i].width;
        } else if (!keep) {
          pending.push(chars[i]);
          pendingWidth += chars[i].width;
        }
        i++;
      }
      continue;
    }
    let end = i;
    let wordWidth = 0;
    while (end < chars.length && !isBreak(chars[end])) wordWidth += chars[end++].width;
    if (line.length > 0 && lineWidth + pendingWidth + wordWidth > width) flush();
    else if (line.length > 0) {
      for (const c of pending) line.push(c);
      lineWidth += pendingWidth;
    }
    pending = [];
    pendingWidth = 0;
    for (; i < end; i++) {
      if (lineWidth + chars[i].width > width && line.length > 0) flush();
      line.push(chars[i]);
      lineWidth += chars[i].width;
    }
  }
  // A line of nothing but indentation is blank.
  if (line.every(isBreak)) line = [];
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function isBreak(c: Tagged<unknown>): boolean {
  return c.breakable !== false && SPACE.test(c.text);
}

/** Wraps plain text (one paragraph, no line breaks) to lines of at most `width` columns. */
export function wrapText(text: string, width: number): string[] {
  const chars = graphemes(text).map((g) => ({ ...g, tag: null }));
  return wrapTagged(chars, width).map((line) => line.map((c) => c.text).join(''));
}
