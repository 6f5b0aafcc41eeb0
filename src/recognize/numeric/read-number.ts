import { PLURAL_SCALE_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../lexicon/number-words';
import { parseDigitNumeral, parseNumberWords } from '../../resolve/numbers';
import { glued, hasClass, isSym, isWord, sameLine, type Token } from './tokens';
import { NUMBER_WORD, VAGUE_START } from './word-classes';
import { lookupTable } from '../../lexicon/lookup-table';

/** A number read from the token stream. `next` is the index of the first token after it. */
export interface NumberRead {
  value: number;
  next: number;
  /** The value before any scale: 5 for "5 million". */
  base: number;
  /** The product of the scale words read (1 when none). */
  scale: number;
  /** Written in digits ("5", "1,250.5") rather than words. */
  digits: boolean;
  /** A vague plural amount: "billions of", "tens of millions of". */
  vague: boolean;
}

export interface ReadNumberOptions {
  /** Accept a spaced single-letter scale ("$5 m"), as after a currency sign. */
  looseScale?: boolean;
}

/** Longest digit chunk we read as one numeral; longer runs ("1,1,1,…", 10,000 digits) are not amounts. */
const MAX_NUMERAL_LENGTH = 40;
/** Words read ahead for a spelled-out number; its grammar never needs more. */
const MAX_NUMBER_WORDS = 14;

const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = lookupTable({ tens: 10, hundreds: 100, dozens: 12 });
const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['several', 'few', 'many']);
/** Vague counts that may stand before a unit with no scale: "a few dollars", not "many dollars". */
const UNSCALED_COUNTS: ReadonlySet<string> = new Set(['several', 'few']);

/**
 * The index after the digit chunk starting at `i`: "1,234.5" is five tokens. Always moves past
 * the whole chunk, valid or not, so a caller that skips it never rescans it.
 */
export function digitChunkEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (isSym(tokens, j, '.,') && glued(tokens, j) && tokens[j + 1]?.kind === 'num' && glued(tokens, j + 1)) j += 2;
  return j;
}

/**
 * Reads a number at `tokens[i]`: digits ("1,250.5"), words ("twenty-five", "half a"), then
 * scale words ("5 million", "$5m", "2.5bn", "35 lakh"). Vague plurals read as their scale:
 * "billions of" → 1e9 with `vague`, so that "billions of dollars" can be money.
 */
export function readNumber(text: string, tokens: readonly Token[], i: number, options: ReadNumberOptions = {}): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return readDigits(text, tokens, i, options);
  if (t.kind !== 'word') return null;
  return (t.cls & VAGUE_START ? readVague(tokens, i) : null) ?? (t.cls & NUMBER_WORD ? readWords(tokens, i) : null);
}

function readDigits(text: string, tokens: readonly Token[], i: number, options: ReadNumberOptions): NumberRead | null {
  const end = digitChunkEnd(tokens, i);
  const chunk = end === i + 1 ? tokens[i].text : text.slice(tokens[i].start, tokens[end - 1].end);
  if (chunk.length > MAX_NUMERAL_LENGTH) return null;
  let base = parseDigitNumeral(chunk);
  if (base === null) return null;
  let after = end;
  if (isSym(tokens, end, '/') && glued(tokens, end) && tokens[end + 1]?.kind === 'num') {
    // "1/2 %" is a fraction; "2/16" (a date) and "3/5" (a score) are not amounts.
    const fraction = readFraction(tokens, i);
    if (fraction === null) return null;
    base = fraction;
    after = i + 3;
  } else if (end === i + 1 && tokens[end]?.kind === 'num' && tokens[end].space === 1) {
    // "7 3/4 %", "$24 3/8": a whole number and a fraction, as bond and stock tables write them.
    const fraction = readFraction(tokens, end);
    if (fraction !== null) {
      base += fraction;
      after = end + 3;
    }
  } else if (end === i + 1 && glued(tokens, end) && vulgarFraction(tokens[end]) !== null) {
    // "6¼%", "£4½m": a whole number and a fraction in one character, as British copy writes them.
    base += vulgarFraction(tokens[end])!;
    after = end + 1;
  } else if (end === i + 1 && isSym(tokens, end, '-') && glued(tokens, end) && glued(tokens, end + 1)) {
    // "$89-1/4", "9-3/4%": the hyphenated form of the same, as wire stock reports write it. A
    // range's upper end is never a fraction below one.
    const fraction = readFraction(tokens, end + 1);
    if (fraction !== null) {
      base += fraction;
      after = end + 4;
    }
  }
  const { scale, next } = readScaleWords(tokens, after, options, true);
  return { value: base * scale, next, base, scale, digits: true, vague: false };
}

// What a vulgar fraction character decomposes to: "¼" → "1⁄4" (U+2044, the fraction slash).
const FRACTION_SLASH = '\u2044';

/**
 * The value of a one-character vulgar fraction ("¼", "½", "⅞"), read from its Unicode
 * decomposition rather than a table of its own; null for any other token.
 */
function vulgarFraction(t: Token | undefined): number | null {
  if (!t || t.kind !== 'sym') return null;
  const [numerator, denominator] = t.text.normalize('NFKD').split(FRACTION_SLASH).map(Number);
  return denominator > numerator && numerator > 0 ? numerator / denominator : null;
}

/** Denominators of the fractions that prices and yields are quoted in. */
const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 8, 16, 32, 64]);

/** "3/4" at `tokens[i]`: numerator, glued "/", glued denominator; null unless a proper fraction. */
function readFraction(tokens: readonly Token[], i: number): number | null {
  const n = tokens[i];
  const d = tokens[i + 2];
  if (!n || n.kind !== 'num' || !isSym(tokens, i + 1, '/') || !glued(tokens, i + 1) || !d || d.kind !== 'num' || !glued(tokens, i + 2)) return null;
  // "3/4/2024", "1/2.5": more digits go on; "$24-3/8, up" and "rose to 7 3/4." end there.
  if (isSym(tokens, i + 3, '/.,') && glued(tokens, i + 3) && tokens[i + 4]?.kind === 'num' && glued(tokens, i + 4)) return null;
  const numerator = Number(n.text);
  const denominator = Number(d.text);
  return FRACTION_DENOMINATORS.has(denominator) && numerator > 0 && numerator < denominator ? numerator / denominator : null;
}

function readWords(tokens: readonly Token[], i: number): NumberRead | null {
  // "a"/"an" only count before a scale or fraction ("a billion", "a quarter"): check that first,
  // since they are the commonest words of all.
  if ((tokens[i].text === 'a' || tokens[i].text === 'an') && !hasClass(tokens, i + 1, NUMBER_WORD)) return null;
  const words: string[] = [];
  const ends: number[] = [];
  let j = i;
  while (words.length < MAX_NUMBER_WORDS && tokens[j]?.kind === 'word' && (j === i || sameLine(tokens, j))) {
    words.push(tokens[j].text);
    ends.push(j + 1);
    j++;
    // "twenty-five", "three-quarters": a glued hyphen joins number words.
    if (isSym(tokens, j, '-') && glued(tokens, j) && tokens[j + 1]?.kind === 'word' && glued(tokens, j + 1)) j++;
  }
  const parsed = parseNumberWords(words);
  if (!parsed) return null;
  const afterWords = ends[parsed.length - 1];
  const decimals = Number.isInteger(parsed.value) ? readSpokenDecimals(tokens, afterWords) : null;
  const base = decimals ? parsed.value + decimals.fraction : parsed.value;
  const { scale, next } = readScaleWords(tokens, decimals?.next ?? afterWords, {}, false);
  return { value: base * scale, next, base, scale, digits: false, vague: false };
}

/** Digits a decimal fraction is spoken in: "five point six", "two point oh five". */
const SPOKEN_DIGITS: Readonly<Record<string, string>> = lookupTable({
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
});

/** How many digits after "point" we read; spoken decimals are short. */
const MAX_SPOKEN_DIGITS = 6;

/** "point six", "point oh five" after a whole number in words: the fraction and where it ends. */
function readSpokenDecimals(tokens: readonly Token[], i: number): { fraction: number; next: number } | null {
  if (!isWord(tokens, i, 'point') || !sameLine(tokens, i + 1)) return null;
  let digits = '';
  let j = i + 1;
  while (digits.length < MAX_SPOKEN_DIGITS && tokens[j]?.kind === 'word' && sameLine(tokens, j) && SPOKEN_DIGITS[tokens[j].text] !== undefined) {
    digits += SPOKEN_DIGITS[tokens[j].text];
    j++;
  }
  return digits ? { fraction: Number(`0.${digits}`), next: j } : null;
}

/**
 * "billions of", "tens of millions of", "several billion", "a few million", and "a few" or
 * "several" with no scale at all, read as one so that "a few dollars" can be money (the way
 * "a few hundred dollars" reads as 100).
 */
function readVague(tokens: readonly Token[], i: number): NumberRead | null {
  let j = i;
  let multiplier = 1;
  if (isWord(tokens, j, 'a') && isWord(tokens, j + 1, 'few')) j++;
  if (VAGUE_DETERMINERS.has(tokens[j]?.text ?? '') && tokens[j].kind === 'word') {
    // "several billion", "a few hundred million", "a few hundred dollars"
    const { scale, next } = readScaleWords(tokens, j + 1, {}, false);
    if (scale === 1 && UNSCALED_COUNTS.has(tokens[j].text)) return { value: 1, next, base: 1, scale, digits: false, vague: true };
    if (scale < 100) return null;
    return { value: scale, next, base: 1, scale, digits: false, vague: true };
  }
  if (j !== i) return null;
  const multiplierWord = VAGUE_MULTIPLIERS[tokens[j].text];
  if (multiplierWord !== undefined && isWord(tokens, j + 1, 'of')) {
    multiplier = multiplierWord;
    j += 2;
  }
  let scale = 1;
  while (tokens[j]?.kind === 'word' && PLURAL_SCALE_WORDS[tokens[j].text] !== undefined && isWord(tokens, j + 1, 'of')) {
    const s = PLURAL_SCALE_WORDS[tokens[j].text];
    if (s < 1e3 && scale === 1 && multiplier === 1) return null;
    scale *= s;
    j += 2;
  }
  if (scale === 1) return null;
  return { value: multiplier * scale, next: j, base: multiplier, scale, digits: false, vague: true };
}

/**
 * Scale words after a number, in rising order: "5 million", "5 hundred thousand", "$5m",
 * "5-million". Abbreviations glued to digits ("5m", "2.5bn") always count; spaced ones only when
 * longer than one letter ("5 mln", "3 bn") or when the caller allows loose scales.
 */
export function readScaleWords(tokens: readonly Token[], i: number, options: ReadNumberOptions, afterDigits: boolean): { scale: number; next: number } {
  let scale = 1;
  let last = 1;
  let j = i;
  for (let n = 0; n < 3; n++) {
    let k = j;
    if (isSym(tokens, k, '-') && glued(tokens, k) && glued(tokens, k + 1)) k++;
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !sameLine(tokens, k)) break;
    let s = SCALE_WORDS[t.text];
    if (s === undefined && (afterDigits || n > 0) && k === j) {
      const abbreviation = SCALE_ABBREVIATIONS[t.text];
      const trusted = t.space === 0 || t.text.length > 1 || options.looseScale;
      if (abbreviation !== undefined && trusted && !(t.text.length === 1 && tokens[k + 1]?.kind === 'word' && glued(tokens, k + 1))) s = abbreviation;
    }
    if (s === undefined || s <= last) break;
    scale *= s;
    last = s;
    j = k + 1;
  }
  return { scale, next: j };
}
