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
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;

export function normalizeText(input: string): string {
  let out = '';
  let changedFrom = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    let rep: string | undefined = FOLD[ch];
    if (rep === undefined) {
      if (ch === '\r') rep = input[i + 1] === '\n' ? ' ' : '\n';
      else if (INVISIBLE.test(ch)) rep = ' ';
      else continue;
    }
    out += input.slice(changedFrom, i) + rep;
    changedFrom = i + 1;
  }
  return changedFrom === 0 ? input : out + input.slice(changedFrom);
}
