import type { Fact, PercentFact } from '../types';
import { humanMoney, qualifierPrefix } from './human-money';
import { humanDate } from './human-timex';

const PERCENT_UNITS: Record<PercentFact['unit'], [string, string]> = {
  percent: ['%', '%'],
  'percentage-point': [' percentage point', ' percentage points'],
  'basis-point': [' basis point', ' basis points'],
};

/** A fact's value as a reader would write it: "US$380 billion", "2%", "Thu 15 Feb 2024", "3 months". */
export function humanValue(f: Fact): string {
  switch (f.kind) {
    case 'money':
      return humanMoney(f.value);
    case 'percent':
      return humanPercent(f);
    case 'date':
      return humanDate(f);
    default:
      return f.value;
  }
}

/** Basis points in a hundredth of a percent, the unit of a percent fact's value. */
const BASIS_POINTS_PER_PERCENT = 100;

/** "2%", "2–3%", "more than 25 basis points", "1 percentage point": in the unit the text counted in. */
function humanPercent(f: PercentFact): string {
  const inUnit = (n: number) => (f.unit === 'basis-point' ? n * BASIS_POINTS_PER_PERCENT : n);
  const ranged = f.min !== undefined && f.max !== undefined;
  const n = ranged ? `${number(inUnit(f.min!))}–${number(inUnit(f.max!))}` : number(inUnit(f.value));
  const [one, many] = PERCENT_UNITS[f.unit];
  return `${qualifierPrefix(f.qualifier, f.approximate)}${n}${!ranged && inUnit(f.value) === 1 ? one : many}`;
}

function number(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}
