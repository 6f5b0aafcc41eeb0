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

// Code units that always form a grapheme of their own, whatever their neighbours: printable
// ASCII and the letters, digits and punctuation of Latin, Greek, Cyrillic, CJK and kana that
// are no combining mark, no emoji ("©" may take U+FE0F) and no Hangul jamo. Text made of them
// ("Café in Zürich", "中文新闻") needs no Intl.Segmenter, which costs microseconds a character.
const STANDS_ALONE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e], // printable ASCII
  [0x00a0, 0x00a8], // Latin-1 Supplement, without U+00AD (soft hyphen) and U+00A9/U+00AE (emoji)
  [0x00aa, 0x00ac],
  [0x00af, 0x02ff], // Latin Extended-A and -B, IPA, spacing modifier letters
  [0x0370, 0x0482], // Greek, Cyrillic, before the Cyrillic combining marks U+0483–U+0489
  [0x048a, 0x052f],
  [0x2010, 0x2027], // dashes, quotes, bullets
  [0x2030, 0x203b], // per mille … reference mark, without U+203C "‼" (emoji)
  [0x203d, 0x2048],
  [0x204a, 0x205e],
  [0x20a0, 0x20c0], // currency signs
  [0x3000, 0x3029], // CJK punctuation, before the tone marks U+302A–U+302F
  [0x3041, 0x3096], // hiragana
  [0x30a1, 0x30fa], // katakana
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xff01, 0xff9d], // fullwidth forms, halfwidth katakana before the voicing marks U+FF9E–U+FF9F
];

const STANDS_ALONE = buildStandsAlone();

function buildStandsAlone(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of STANDS_ALONE_RANGES) table.fill(1, from, to + 1);
  return table;
}

/** A piece of at most this many code units goes to Intl.Segmenter at once (see forEachGrapheme). */
const SEGMENT_PIECE = 256;

/**
 * Calls `visit` for each grapheme of a string, in order, with its UTF-16 bounds and its columns.
 * A code unit that stands alone next to one that also does is a grapheme by itself; only the
 * runs between such code units go through Intl.Segmenter, so English, accented or CJK text costs
 * a table lookup a character and no object.
 */
export function forEachGrapheme(text: string, visit: (start: number, end: number, width: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (STANDS_ALONE[code] === 1 && (i + 1 === text.length || STANDS_ALONE[text.charCodeAt(i + 1)] === 1)) {
      visit(i, i + 1, isPrintableAscii(code) ? 1 : codeUnitWidth(code));
      i++;
      continue;
    }
    let end = i + 1;
    // Bounded: iterating Intl.Segmenter is quadratic in the string's length (200 KB of emoji: minutes).
    while (end < text.length && end - i < SEGMENT_PIECE && STANDS_ALONE[text.charCodeAt(end)] !== 1) end++;
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    for (const { segment, index } of segmenter.segment(text.slice(i, end))) visit(i + index, i + index + segment.length, graphemeWidth(segment));
    i = end;
  }
}

/** The graphemes of a string, as objects (for the few callers that want them). */
export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  forEachGrapheme(text, (start, end, width) => out.push({ text: text.slice(start, end), index: start, width }));
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

// string-width builds its regexes on every call, so a width is measured once and remembered:
// per code unit in a table (0 = not measured yet, else width + 1), longer graphemes in a map
// that is emptied when full, so hostile input cannot grow it without bound.
const UNIT_WIDTH = new Uint8Array(0x10000);
const GRAPHEME_WIDTH = new Map<string, number>();
const GRAPHEME_WIDTH_LIMIT = 4096;

function codeUnitWidth(code: number): number {
  let known = UNIT_WIDTH[code];
  if (known === 0) known = UNIT_WIDTH[code] = stringWidth(String.fromCharCode(code)) + 1;
  return known - 1;
}

function graphemeWidth(g: string): number {
  if (g.length === 1) return codeUnitWidth(g.charCodeAt(0));
  let known = GRAPHEME_WIDTH.get(g);
  if (known === undefined) {
    if (GRAPHEME_WIDTH.size >= GRAPHEME_WIDTH_LIMIT) GRAPHEME_WIDTH.clear();
    known = stringWidth(g);
    GRAPHEME_WIDTH.set(g, known);
  }
  return known;
}

export { stripAnsi };
