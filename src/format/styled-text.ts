import { graphemes, visibleWidth } from './text-width';
import { wrapTagged, type Tagged } from './wrap';

export type Paint = (text: string) => string;

/** A piece of text and how to colour it; the text must already be safe for a terminal. */
export interface Span {
  text: string;
  paint?: Paint;
  /** Keep the span on one line, if it fits on one. */
  unbroken?: boolean;
}

/**
 * Wraps coloured pieces of one paragraph to `width` columns. Colour is applied per line after
 * wrapping, so every line opens and closes its own escapes and a cut never leaks colour.
 */
export function wrapSpans(spans: Span[], width: number): string[] {
  const chars: Array<Tagged<Paint | undefined>> = [];
  for (const span of spans) {
    const keep = span.unbroken === true && visibleWidth(span.text) <= width;
    for (const g of graphemes(span.text)) {
      const c = g as Tagged<Paint | undefined>;
      c.tag = span.paint;
      c.breakable = !keep;
      chars.push(c);
    }
  }
  return wrapTagged(chars, width).map(paintLine);
}

function paintLine(line: Array<Tagged<Paint | undefined>>): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const paint = line[i].tag;
    let run = '';
    for (; i < line.length && line[i].tag === paint; i++) run += line[i].text;
    out += paint ? paint(run) : run;
  }
  return out;
}
