/** A day, or a day with a clock time ("2013-02-12T04:30:00", "2013-02-12 04:30", with seconds, fraction or zone). */
const REFERENCE_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * The day of a reference date as YYYY-MM-DD, or null when it is not a real date. A time of day
 * is accepted and dropped: test suites such as Duckling's give a reference instant, and the
 * recognizers resolve against its day.
 */
export function referenceDay(s: string): string | null {
  const m = REFERENCE_DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return s.slice(0, 10);
}

/** A real calendar date as YYYY-MM-DD, perhaps with a time. Its own module so that the CLI can check options without loading the extractor. */
export function isValidReferenceDate(s: string): boolean {
  return referenceDay(s) !== null;
}
