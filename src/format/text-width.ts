import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** One user-perceived character and the columns it takes on a terminal (2 for 中, 0 for a lone accent). */
export interface Grapheme {
  text: string;
  /** UTF-16 offset of the grapheme in the string it came from. */
  index: number;
  width: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a string takes on a terminal, with colour codes ignored and wide characters counted as 2. */
export function visibleWidth(text: string): number {
  return stringWidth(text);
}

/** The widest line of a multi-line string, colour codes ignored. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, visibleWidth(line));
  return widest;
}

export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  for (const { segment, index } of segmenter.segment(text)) out.push({ text: segment, index, width: graphemeWidth(segment) });
  return out;
}

// Printable ASCII is one column; measuring it directly keeps long articles fast.
function graphemeWidth(g: string): number {
  if (g.length === 1) {
    const c = g.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return 1;
  }
  return stringWidth(g);
}

export { stripAnsi };
