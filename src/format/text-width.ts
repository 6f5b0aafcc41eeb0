import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** One user-perceived character and the columns it takes on a terminal (2 for 中, 0 for a lone accent). */
export interface Grapheme {
  text: string;
  /** UTF-16 offset of the grapheme in the string it came from. */
  index: number;
  width: number;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a string takes on a terminal, with colour codes ignored and wide characters counted as 2. */
export function visibleWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** The widest line of a multi-line string, colour codes ignored. */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, visibleWidth(line));
  return widest;
}

/**
 * The graphemes of a string. A printable ASCII character always starts a new grapheme, so only
 * the runs between them go through Intl.Segmenter: plain English costs one comparison a letter.
 */
const SEGMENT_PIECE = 256;

export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  let i = 0;
  while (i < text.length) {
    if (isPrintableAscii(text.charCodeAt(i)) && (i + 1 === text.length || isPrintableAscii(text.charCodeAt(i + 1)))) {
      out.push({ text: text[i], index: i, width: 1 });
      i++;
      continue;
    }
    let end = i + 1;
    // Bounded: iterating Intl.Segmenter is quadratic in the string's length (200 KB of emoji: minutes).
    while (end < text.length && end - i < SEGMENT_PIECE && !isPrintableAscii(text.charCodeAt(end))) end++;
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    for (const { segment, index } of segmenter.segment(text.slice(i, end))) out.push({ text: segment, index: i + index, width: graphemeWidth(segment) });
    i = end;
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

// Printable ASCII is one column; measuring it directly keeps long articles fast.
function graphemeWidth(g: string): number {
  return g.length === 1 && isPrintableAscii(g.charCodeAt(0)) ? 1 : stringWidth(g);
}

export { stripAnsi };
