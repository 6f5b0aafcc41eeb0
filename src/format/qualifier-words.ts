import type { Qualifier, TimexMod } from '../types';

/** How a bounded number reads: "more-than" → "more than 2%". */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  approximately: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
  'up-to': 'up to',
};

/** How a TIMEX3 mod reads before a date: START → "early 2024", MORE_THAN → "more than 3 years". */
export const TIMEX_MOD_WORDS: Record<TimexMod, string> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
  EQUAL_OR_LESS: 'at most',
  EQUAL_OR_MORE: 'at least',
  APPROX: 'about',
};
