import type { Qualifier } from '../types';

/**
 * Words before an amount that bound or blur it: "about $5 million", "more than 7%",
 * "up to 25 basis points". News corpora (OntoNotes, MEANTIME) put them inside the MONEY or
 * PERCENT span. Keys are lower-case word sequences.
 */
export const AMOUNT_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  about: 'approximately',
  around: 'approximately',
  approximately: 'approximately',
  approx: 'approximately',
  roughly: 'approximately',
  some: 'approximately',
  circa: 'approximately',
  'close to': 'approximately',
  nearly: 'less-than',
  almost: 'less-than',
  'just under': 'less-than',
  'less than': 'less-than',
  'fewer than': 'less-than',
  under: 'less-than',
  below: 'less-than',
  'more than': 'more-than',
  over: 'more-than',
  'just over': 'more-than',
  'well over': 'more-than',
  above: 'more-than',
  'in excess of': 'more-than',
  'upwards of': 'more-than',
  'upward of': 'more-than',
  'at least': 'at-least',
  'no less than': 'at-least',
  'not less than': 'at-least',
  'at most': 'at-most',
  'no more than': 'at-most',
  'not more than': 'at-most',
  'up to': 'up-to',
  'as much as': 'up-to',
  'as many as': 'up-to',
  'as high as': 'up-to',
  'as little as': 'at-least',
  'as low as': 'at-least',
};
