import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { AFTER_PRICE_WORDS, INVARIANT_CURRENCY_WORDS, PRICE_LEAD_WORDS } from '../../lexicon/currencies';
import type { NumberRead } from '../numeric/read-number';
import { glued, isSym, sameLine, type Token } from '../numeric/tokens';

/**
 * Whether a currency word that is also an English word ("won", "mark", "real") names money after
 * a plain number at `tokens[i]`:
 * - a scale always makes it money ("2 trillion won"), and so does an amount quoted to hundredths;
 * - a singular "mark" or "real" after more than one is a noun ("passed the 1,000 mark"): money
 *   writes "1,000 marks", or "a 1,000-mark fine";
 * - a big number that is no year is money ("paid 50,000 won for dinner"), and so is a year-like
 *   one when the phrase ends on the word ("tickets cost 1000 won.", but "in 2004 won the title");
 * - a small one needs both a price word before it and the phrase to end ("cost 500 won each", not
 *   "3 won the race" or "of 50 runners, 3 won.").
 */
export function ambiguousNameIsMoney(tokens: readonly Token[], i: number, name: string, amount: NumberRead): boolean {
  if (amount.scale !== 1 || quotedToHundredths(tokens, i - 1)) return true;
  if (!amount.digits) return false;
  const hyphenated = isSym(tokens, i - 1, '-') && glued(tokens, i);
  if (!INVARIANT_CURRENCY_WORDS.has(name) && tokens[i].text === name && amount.value !== 1 && !hyphenated) return false;
  const ends = phraseEndsAt(tokens, i + 1);
  const first = firstTokenOf(tokens, hyphenated ? i - 2 : i - 1);
  if (amount.value >= 1000) return ends || !looksLikeYear(tokens, i - 1);
  const before = tokens[first - 1];
  if (before?.kind !== 'word' || !sameLine(tokens, first)) return false;
  return (ends && PRICE_LEAD_WORDS.has(before.text)) || movesPrice(tokens, first, i);
}

// How far back the verb of a change may stand before its "to": "shed 1 mark to 43 marks".
const CHANGE_REACH = 5;
// Words after a price's move: "closed 2 marks lower".
const MOVE_DIRECTIONS = new Set(['higher', 'lower']);

/**
 * "Bayer gained 1 mark", "shed 1 mark to 43 marks", "closed 2 marks lower": a small amount a
 * price moves by, or moves to, in a market report is money, though nothing closes the phrase.
 * `first` is the number's first token and `i` the currency word's.
 */
function movesPrice(tokens: readonly Token[], first: number, i: number): boolean {
  const before = tokens[first - 1].text.toLowerCase();
  if (CHANGE_VERBS.has(before)) return true;
  const after = tokens[i + 1];
  if (after?.kind === 'word' && sameLine(tokens, i + 1) && MOVE_DIRECTIONS.has(after.text.toLowerCase())) return true;
  if (before !== 'to' && before !== 'from') return false;
  for (let k = first - 2; k >= Math.max(0, first - 1 - CHANGE_REACH) && sameLine(tokens, k); k--) {
    if (tokens[k].kind === 'word' && CHANGE_VERBS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

function phraseEndsAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !sameLine(tokens, j)) return true;
  if (t.kind === 'sym') return '.,;:!?)'.includes(t.text);
  return t.kind === 'word' && AFTER_PRICE_WORDS.has(t.text);
}

/** The first token of the number that ends at `last`: "1,000,000" is five tokens. */
function firstTokenOf(tokens: readonly Token[], last: number): number {
  let j = last;
  while (j >= 2 && isSym(tokens, j - 1, ',.') && glued(tokens, j - 1) && glued(tokens, j) && tokens[j - 2].kind === 'num') j -= 2;
  return j;
}

/** "in 2004 won the title", "2024 marks the anniversary": a bare year before a word like "won". */
function looksLikeYear(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t || t.kind !== 'num' || t.text.length !== 4 || isSym(tokens, last - 1, ',.')) return false;
  const year = Number(t.text);
  return year >= 1000 && year <= 2199;
}

/**
 * "1.8940 marks", "2.50 reals": an amount quoted to two or more decimal places is a price or an
 * exchange rate, which a word like "marks" or "won" then names, unlike "3 marks" or "won 2".
 */
function quotedToHundredths(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  return !!t && t.kind === 'num' && t.text.length >= 2 && glued(tokens, last) && isSym(tokens, last - 1, '.') && tokens[last - 2]?.kind === 'num' && glued(tokens, last - 1);
}
