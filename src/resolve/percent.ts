import type { NumberRead } from '../recognize/numeric/read-number';
import type { PercentPhrase } from '../recognize/percent/read-percent';
import type { PercentFact } from '../types';
import { tidyNumber } from './tidy-number';

export type PercentValue = Pick<PercentFact, 'value' | 'unit' | 'min' | 'max' | 'approximate' | 'qualifier'>;

/** The value of a percentage phrase: "2.5-3%" → 2.5 with min 2.5 and max 3; "-0.4%" → -0.4. */
export function resolvePercent(phrase: PercentPhrase): PercentValue | null {
  const [side1, side2] = phrase.sides;
  const unit = side2?.unit ?? side1.unit;
  if (!unit) return null;
  let value = signed(side1.sign, side1.amount);
  const out: PercentValue = { value, unit };
  if (side2) {
    const second = signed(side2.sign, side2.amount);
    out.min = Math.min(value, second);
    out.max = Math.max(value, second);
    value = out.min;
    out.value = value;
  }
  if (phrase.qualifier) {
    out.approximate = true;
    out.qualifier = phrase.qualifier;
  }
  return [out.value, out.min ?? 0, out.max ?? 0].every(Number.isFinite) ? out : null;
}

/** Only scaled numbers ("a 1.1 thousand percent rise") and fractions in words ("three-tenths") can carry floating-point noise. */
function signed(sign: number, amount: NumberRead): number {
  const value = sign * amount.value;
  return amount.scale === 1 && amount.digits ? value : tidyNumber(value);
}
