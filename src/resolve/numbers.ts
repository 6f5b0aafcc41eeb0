import { CARDINAL_WORDS, FRACTION_WORDS, ORDINAL_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words';

/**
 * Shared numeral parsing for every kind: digits with grouping and decimals ("1,234.5",
 * "12,34,567.89", "1.234.567"), number words ("twenty-five", "three hundred thousand",
 * "half a million", "one and a half") and scale words and abbreviations ("million", "bn", "lakh").
 *
 * Values are always finite: numerals with more than MAX_INTEGER_DIGITS digits before the
 * decimal point are refused rather than turned into huge or imprecise numbers.
 */

export const MAX_INTEGER_DIGITS = 18;

/** A number read from the start of a word list, and how many words it used. */
export interface ParsedNumber {
  value: number;
  length: number;
}

const DIGIT_NUMERAL = /^\d+(?:[.,]\d+)*$/;
const DIGITS_WITH_SCALE = /^(\d+(?:[.,]\d+)*)([a-z]+)?$/;
const WORD_SEPARATORS = /[\s-]+/;

/**
 * Reads a digit numeral with optional grouping and one decimal separator. Commas group
 * thousands ("1,234,567") or Indian lakhs ("12,34,567"); dots group only in runs of three
 * ("1.234.567"); when both occur the later one is the decimal mark ("1.234,5"). A lone comma
 * followed by one or two digits is a decimal comma ("€1,5 million"). Returns null when the
 * grouping is not a number ("1,1,1", "1.2.3") or the integer part is too long.
 */
export function parseDigitNumeral(numeral: string): number | null {
  // Plain digits, by far the commonest numeral ("5", "2024"), need no grouping rules.
  if (isPlainDigits(numeral)) return numeral.length > MAX_INTEGER_DIGITS ? null : Number(numeral);
  if (!DIGIT_NUMERAL.test(numeral)) return null;
  const lastDot = numeral.lastIndexOf('.');
  const lastComma = numeral.lastIndexOf(',');
  let integer = numeral;
  let fraction = '';
  let groupMark = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    integer = numeral.slice(0, decimalAt);
    fraction = numeral.slice(decimalAt + 1);
    groupMark = lastDot > lastComma ? ',' : '.';
    if (integer.includes(numeral[decimalAt])) return null;
  } else if (lastComma >= 0) {
    const groups = numeral.split(',');
    if (groups.length === 2 && groups[1].length <= 2) {
      integer = groups[0];
      fraction = groups[1];
    } else groupMark = ',';
  } else if (lastDot >= 0) {
    const groups = numeral.split('.');
    if (groups.length === 2) {
      integer = groups[0];
      fraction = groups[1];
    } else groupMark = '.';
  }
  const digits = groupMark ? ungroup(integer, groupMark) : integer;
  if (digits === null || digits.length > MAX_INTEGER_DIGITS) return null;
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  return Number.isFinite(value) ? value : null;
}

function isPlainDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "1,234,567" → "1234567"; Indian "12,34,567" too; null for any other grouping. */
function ungroup(integer: string, mark: string): string | null {
  const groups = integer.split(mark);
  const first = groups[0].length;
  const rest = groups.slice(1);
  if (first < 1 || first > 3) return null;
  const western = rest.every((g) => g.length === 3);
  const indian = mark === ',' && first <= 2 && rest.length >= 2 && rest[rest.length - 1].length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
  return western || indian ? groups.join('') : null;
}

/** The multiplier of a scale word or abbreviation ("million", "bn", "lakh"), or undefined. */
export function scaleValue(word: string): number | undefined {
  return SCALE_WORDS[word] ?? SCALE_ABBREVIATIONS[word];
}

type Last = 'start' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction';

const GROUP_WORD: ReadonlySet<Last> = new Set(['unit', 'teen', 'tens', 'hundred']);
const COUNTED: ReadonlySet<Last> = new Set(['unit', 'teen', 'tens']);

/**
 * Reads the longest number spelled in words from `words[from]` on (lower-case, hyphens split
 * off): "twenty five" → 25, "three hundred thousand" → 300000, "a billion" → 1e9,
 * "half a million" → 500000, "half a" → 0.5, "one and a half" → 1.5, "three quarters" → 0.75,
 * "one-half" → 0.5.
 * A lone "a" or "half" is not a number. The grammar admits no repetition ("one one" reads 1),
 * so a read never looks more than a few words ahead.
 */
export function parseNumberWords(words: readonly string[], from = 0): ParsedNumber | null {
  let total = 0;
  let group = 0;
  let last: Last = 'start';
  let lastScale = Infinity;
  let best: ParsedNumber | null = null;
  let i = from;
  const record = () => {
    best = { value: total + group, length: i - from };
  };
  const w0 = words[i];
  if (w0 === 'a' || w0 === 'an') {
    group = 1;
    last = 'article';
    i++;
  } else if (w0 === 'half' || w0 === 'quarter') {
    group = FRACTION_WORDS[w0];
    last = 'fraction';
    i++;
    // "half a million", and "half a percentage point" where a unit, not a scale, follows.
    if (words[i] === 'a' || words[i] === 'an') {
      i++;
      record();
    }
  }
  while (i < words.length) {
    const w = words[i];
    const unit = UNIT_WORDS[w];
    const tens = TENS_WORDS[w];
    const scale = SCALE_WORDS[w];
    const fraction = FRACTION_WORDS[w];
    if (unit !== undefined) {
      if (last === 'tens' ? unit >= 10 || unit === 0 : last !== 'start' && last !== 'hundred' && last !== 'scale') break;
      group += unit;
      last = unit < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      if (last !== 'start' && last !== 'hundred' && last !== 'scale') break;
      group += tens;
      last = 'tens';
    } else if (scale === 100) {
      if (!COUNTED.has(last) && last !== 'article') break;
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if ((!GROUP_WORD.has(last) && last !== 'article' && last !== 'fraction') || scale >= lastScale || group === 0) break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    } else if (w === 'and') {
      if (GROUP_WORD.has(last) && words[i + 1] === 'a' && words[i + 2] === 'half') {
        group += 0.5;
        last = 'fraction';
        i += 3;
        record();
        continue;
      }
      const next = words[i + 1];
      if ((last === 'hundred' || last === 'scale') && (UNIT_WORDS[next] !== undefined || TENS_WORDS[next] !== undefined)) {
        i++;
        continue;
      }
      break;
    } else if (w === 'of' && last === 'fraction' && (words[i + 1] === 'a' || words[i + 1] === 'an') && (SCALE_WORDS[words[i + 2]] ?? 0) >= 1000) {
      // "a quarter of a million", "half of a billion", "three quarters of a million"
      i += 2;
      continue;
    } else if (fraction !== undefined && fraction < 1) {
      if (last === 'article') group = fraction;
      else if (last === 'unit' && w.endsWith('s') === group > 1) group *= fraction;
      else break;
      last = 'fraction';
    } else break;
    i++;
    if (!(last === 'fraction' && i - from === 1)) record();
  }
  return best;
}

/**
 * Reads a whole string as one number: "1,250", "2.5bn", "5 million", "twenty-five",
 * "half a million", "1.5 trillion". Returns null unless every word is part of the number.
 */
export function parseNumeral(text: string): number | null {
  const words = text.trim().toLowerCase().split(WORD_SEPARATORS).filter(Boolean);
  if (words.length === 0) return null;
  const digits = DIGITS_WITH_SCALE.exec(words[0]);
  if (digits) {
    let value = parseDigitNumeral(digits[1]);
    if (value === null) return null;
    if (digits[2] !== undefined) {
      const glued = scaleValue(digits[2]);
      if (glued === undefined) return null;
      value *= glued;
    }
    for (const w of words.slice(1)) {
      const scale = scaleValue(w);
      if (scale === undefined) return null;
      value *= scale;
    }
    return Number.isFinite(value) ? value : null;
  }
  const parsed = parseNumberWords(words);
  return parsed && parsed.length === words.length ? parsed.value : null;
}

const CARDINAL_DIGITS = /^\d[\d,]*(?:\.\d+)?$/;

/** "1 1/2", "2 3/4", "2-1/2": a whole number and a fraction. */
const MIXED_FRACTION = /^(\d+)[\s-](\d)\/(\d)$/;
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;

/**
 * The value of a cardinal written in digits ("1,200", "2.5") or words ("twenty-five",
 * "a dozen", "three hundred"), or null when it is not one.
 */
export function parseCardinal(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (CARDINAL_DIGITS.test(s)) return Number(s.replace(/,/g, ''));
  const mixed = MIXED_FRACTION.exec(s);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const whole = CARDINAL_WORDS.get(s);
  if (whole !== undefined) return whole;
  let total = 0;
  let current = 0;
  for (const word of s.split(WORD_SEPARATORS)) {
    if (word === 'and') continue;
    const n = CARDINAL_WORDS.get(word);
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return total;
}

/** The value of an ordinal in digits ("21st") or words ("twenty-first"), or null. */
export function parseOrdinal(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const digits = ORDINAL_DIGITS.exec(s);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS.get(s.replace(/\s+/g, '-')) ?? null;
}
