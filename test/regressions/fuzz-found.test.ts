import { extract } from '../../src';
import { brokenInvariants } from '../helpers/invariants';
import { schemaErrors } from '../helpers/schema';

/**
 * Texts on which fuzzing (test/robustness/extract.fuzz.test.ts, npm run fuzz) once broke the
 * contract, shrunk by fast-check. Each stays here so that the fix cannot regress.
 */
const FOUND: Array<[string, string]> = [
  ['a quarter duration, "P2Q", was outside the schema\'s TIMEX3 pattern', '0-0-0 quarter '],
  ['a fiscal year, "FY1000", was outside the schema\'s TIMEX3 pattern', 'fiscal 1000-0-0 '],
  ['"3000 years ago" resolved to the year -976', '3000 years ago '],
  ['"2100 years ago" resolved to the year "0-76"', '2100 years ago'],
  ['"11000 years from now" resolved to the five-digit year 13024', '11000 years from now'],
];

describe('fuzz regressions', () => {
  it.each(FOUND)('%s', (_why, text) => {
    const result = extract(text, { referenceDate: '2024-02-16' });
    expect(brokenInvariants(text, result)).toEqual([]);
    expect(schemaErrors(result)).toBe('');
  });
});
