import type { MoneyCandidate, Recognizer, RecognizeContext } from '../pipeline-types';
import { resolveMoney } from '../resolve/money';
import { readMoney, type MoneyPhrase } from './money/read-money';
import { storyCurrencies } from './money/story-currency';
import { scanPhrases } from './numeric/scan';
import { tokensOf } from './numeric/tokens';

/**
 * Money: one left-to-right pass over the token stream, reading the longest money phrase at each
 * token ("about $5 million", "380 billion U.S. dollars", "between $5 and $7 billion") and
 * jumping past it. Every read looks a bounded number of tokens ahead, so the pass is linear.
 * Then the story picks the currency of the cents and pennies no currency qualifies.
 */
export const moneyRecognizer: Recognizer = {
  name: 'money',
  kinds: ['money'],
  recognize(ctx: RecognizeContext): MoneyCandidate[] {
    const tokens = tokensOf(ctx);
    const phrases = scanPhrases(tokens, (i) => readMoney(ctx.text, tokens, i));
    const storyCurrency = storyCurrencies(phrases, tokens, ctx.sentences);
    const candidates: MoneyCandidate[] = [];
    for (const phrase of phrases) {
      const value = resolveMoney(phrase, storyCurrency(phrase));
      if (!value) continue;
      candidates.push({ kind: 'money', start: tokens[phrase.first].start, end: tokens[phrase.next - 1].end, rule: ruleOf(phrase), value });
    }
    return candidates;
  },
};

function ruleOf(phrase: MoneyPhrase): string {
  if (phrase.sides.length === 2) return phrase.between ? 'money/range-between' : 'money/range';
  const side = phrase.sides[0];
  if (phrase.minorAddend) return 'money/major-minor';
  if (side.amount.vague) return 'money/vague-amount';
  const c = side.currency!;
  const prefixed = side.currencyFirst;
  if (c.form === 'minor') return 'money/minor-unit';
  if (c.form === 'word') return prefixed ? 'money/symbol-prefix' : 'money/currency-word';
  return `money/${c.form}-${prefixed ? 'prefix' : 'suffix'}`;
}
