import type { NumberRead } from '../recognize/numeric/read-number';
import type { PercentPhrase } from '../recognize/percent/read-percent';
import type { PercentFact } from '../types';
import { tidyNumber } from './tidy-number';

export type PercentValue = Pick<PercentFact, 'value' | 'unit' | 'min' | 'max' | 'approximate' | 'qualifier'>;

/** A basis point is a hundredth of a percentage point. */
const PERCENT_PER_BASIS_POINT = 0.01;

/**
 * The value of a percentage phrase, in percent whatever unit the text counts in: "2.5-3%" → 2.5
 * with min 2.5 and max 3; "-0.4%" → -0.4; "25 basis points" → 0.25 with unit basis-point.
 */
export function resolvePercent(phrase: PercentPhrase): PercentValue | null {
  const [side1, side2] = phrase.sides;
  const unit = side2?.unit ?? side1.unit;
  if (!unit) return null;
  const per = unit === 'basis-point' ? PERCENT_PER_BASIS_POINT : 1;
  let value = signed(side1.sign, side1.amount, per);
  const out: PercentValue = { value, unit };
  if (side2) {
    const second = signed(side2.sign, side2.amount, per);
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

/** Scaled numbers ("a 1.1 thousand percent rise"), fractions in words ("three-tenths") and basis points can carry floating-point noise. */
function signed(sign: number, amount: NumberRead, per: number): number {
  const value = sign * amount.value * per;
  return amount.scale === 1 && amount.digits && per === 1 ? value : tidyNumber(value);
}
