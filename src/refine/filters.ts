import type { Candidate } from '../pipeline-types';

/**
 * The shapes a TIMEX3 value may take ("TMO" for every morning), with a four-place year. Arithmetic far from the reference
 * date can leave it ("3000 years ago" → year -976, "11000 years from now" → 13024); such a value
 * is no date a script can use, so the candidate drops out rather than reach the output.
 */
const WELL_FORMED_TIMEX =
  /^(PRESENT_REF|PAST_REF|FUTURE_REF|P[0-9X.YMWDTHSQECL]+|T[0-9A-Z:.]+|(FY)?[0-9X]{4}(-[0-9A-Z]{1,3}(-[0-9A-Z]{1,3})?)?(T[0-9A-Z:.]+)?)$/;

/**
 * Drops candidates whose span is empty, outside the text, or splits a surrogate pair, and dates
 * whose value is not a well-formed TIMEX3 value.
 */
export function dropMalformed(candidates: Candidate[], length: number, input: string): Candidate[] {
  return candidates.filter(
    (c) =>
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.end <= length &&
      c.start < c.end &&
      !isLowSurrogate(input.charCodeAt(c.start)) &&
      !isLowSurrogate(input.charCodeAt(c.end)) &&
      (c.kind !== 'date' || WELL_FORMED_TIMEX.test(c.value)),
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
