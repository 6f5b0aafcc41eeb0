/**
 * Rounds away binary floating-point noise from scaled decimals, so that "$48.2 million" is
 * 48200000 and not 48200000.00000001. Fifteen significant digits is what a double holds exactly.
 */
export function tidyNumber(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  const rounded = Math.round(value);
  if (Math.abs(value - rounded) <= 1e-9 * Math.abs(value)) return rounded;
  return Number(value.toPrecision(15));
}
