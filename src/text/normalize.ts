/**
 * Folds look-alike characters so that recognizers can use plain ASCII patterns.
 *
 * Every substitution replaces one UTF-16 code unit with one code unit, so the normalized text
 * has the input's length and an offset into it is the same offset into the input: the offset
 * map is the identity. That is deliberate. It makes `input.slice(start, end) === text` hold by
 * construction, whatever the input holds (CRLF, NBSP, zero-width marks, astral characters).
 */

const FOLD: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u202f': ' ', // narrow no-break space
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\f': '\n', // a form feed separates pages, so it ends a paragraph
  '\v': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u0085': '\n',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-', // minus sign: "-0.4%"
  '\ufe63': '-',
  '\uff04': '$',
  '\uff05': '%',
};

// Zero-width characters, bidi marks, soft hyphens and control characters carry no text. They
// become spaces, which keeps lengths equal; a word broken by one is rare in news.
// Inclusive code-unit ranges.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0008],
  [0x000e, 0x001f],
  [0x007f, 0x0084],
  [0x0086, 0x009f],
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
];

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const SPACE = 0x20;

/**
 * The replacement code unit for every code unit, 0 where it stays (no fold produces U+0000).
 * One array lookup per character keeps normalizing at memory speed on plain ASCII.
 */
const REPLACEMENT = buildReplacementTable();

function buildReplacementTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of INVISIBLE_RANGES) table.fill(SPACE, from, to + 1);
  for (const [ch, rep] of Object.entries(FOLD)) table[ch.charCodeAt(0)] = rep.charCodeAt(0);
  return table;
}

export function normalizeText(input: string): string {
  let out = '';
  let changedFrom = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let rep = REPLACEMENT[code];
    if (rep === 0) {
      // CRLF keeps one line break: the CR becomes a space; a lone CR is a line break.
      if (code !== CARRIAGE_RETURN) continue;
      rep = input.charCodeAt(i + 1) === LINE_FEED ? SPACE : LINE_FEED;
    }
    out += input.slice(changedFrom, i) + String.fromCharCode(rep);
    changedFrom = i + 1;
  }
  return changedFrom === 0 ? input : out + input.slice(changedFrom);
}
