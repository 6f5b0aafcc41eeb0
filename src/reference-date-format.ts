const REFERENCE_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date as YYYY-MM-DD. Its own module so that the CLI can check options without loading the extractor. */
export function isValidReferenceDate(s: string): boolean {
  if (!REFERENCE_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
