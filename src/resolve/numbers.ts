import { CARDINAL_WORDS, ORDINAL_WORDS } from '../lexicon/number-words';

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
const WORD_SPLIT = /[\s-]+/;

/**
 * The value of a cardinal written in digits ("1,200", "2.5") or words ("twenty-five",
 * "a dozen", "three hundred"), or null when it is not one.
 */
export function parseCardinal(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (DIGITS.test(s)) return Number(s.replace(/,/g, ''));
  const whole = CARDINAL_WORDS.get(s);
  if (whole !== undefined) return whole;
  let total = 0;
  let current = 0;
  for (const word of s.split(WORD_SPLIT)) {
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
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS.get(s.replace(/\s+/g, '-')) ?? null;
}
