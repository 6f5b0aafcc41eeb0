const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SCALED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A number as news writes it: 3.8e11 → "380 billion", 1250.5 → "1,250.50", 12000 → "12,000". */
export function humanNumber(n: number): string {
  const scale = scaleOf(n);
  if (scale) return `${SCALED.format(n / scale[0])} ${scale[1]}`;
  return Number.isInteger(n) ? GROUPED.format(n) : CENTS.format(n);
}

/** Two numbers that share a scale share its word: 5e6..1e7 → "5–10 million". */
export function humanNumberRange(min: number, max: number): string {
  const a = scaleOf(min);
  const b = scaleOf(max);
  if (a && a === b) return `${SCALED.format(min / a[0])}–${SCALED.format(max / a[0])} ${a[1]}`;
  return `${humanNumber(min)}–${humanNumber(max)}`;
}

function scaleOf(n: number): readonly [number, string] | undefined {
  return SCALES.find(([scale]) => Math.abs(n) >= scale);
}
