import type { PercentCandidate, Recognizer, RecognizeContext } from '../pipeline-types';
import { resolvePercent } from '../resolve/percent';
import { scanPhrases } from './numeric/scan';
import { tokensOf } from './numeric/tokens';
import { readPercent, type PercentPhrase } from './percent/read-percent';

/**
 * Percentages: one left-to-right pass over the token stream shared with money, reading the
 * longest percentage at each token ("more than 7%", "20 to 25 percent", "a 50-percent stake",
 * "25 basis points") and jumping past it.
 */
export const percentRecognizer: Recognizer = {
  name: 'percent',
  kinds: ['percent'],
  recognize(ctx: RecognizeContext): PercentCandidate[] {
    const tokens = tokensOf(ctx);
    const candidates: PercentCandidate[] = [];
    for (const phrase of scanPhrases(tokens, (i) => readPercent(ctx.text, tokens, i, ctx.sentences))) {
      const value = resolvePercent(phrase);
      if (value) candidates.push({ kind: 'percent', start: tokens[phrase.first].start, end: tokens[phrase.next - 1].end, rule: ruleOf(phrase), ...value });
    }
    return candidates;
  },
};

function ruleOf(phrase: PercentPhrase): string {
  if (phrase.unitFirst) return 'percent/unit-first';
  if (phrase.sides.length === 2) return phrase.between ? 'percent/range-between' : 'percent/range';
  const side = phrase.sides[0];
  if (side.unit === 'basis-point') return 'percent/basis-points';
  if (side.unit === 'percentage-point') return 'percent/percentage-points';
  return side.amount.digits ? 'percent/digits' : 'percent/words';
}
