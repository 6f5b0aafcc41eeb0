import fc from 'fast-check';
import { extract } from '../../src';
import { ALL_KINDS, type Kind } from '../../src/types';
import { brokenInvariants } from '../helpers/invariants';
import { schemaErrors } from '../helpers/schema';
import { fuzzText } from './fuzz-text';

/**
 * extract() never throws, keeps every invariant and returns schema-valid results, whatever the
 * text. A few hundred cases here with a fixed seed; `npm run fuzz` runs 100,000 and more over
 * two processes (bench/fuzz.js sets FUZZ_RUNS and FUZZ_SEED). A failure prints its seed and
 * path to replay it; keep the shrunk text as a case in test/regressions/.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20240216);

const options = fc.record(
  {
    referenceDate: fc.constantFrom('2024-02-16', '2000-02-29', '1999-12-31'),
    kinds: fc.subarray([...ALL_KINDS], { minLength: 1 }) as fc.Arbitrary<Kind[]>,
  },
  { requiredKeys: [] },
);

jest.setTimeout(Math.max(60_000, RUNS * 50));

it(`extract() keeps its contract on ${RUNS} random and adversarial texts`, () => {
  const started = performance.now();
  fc.assert(
    fc.property(fuzzText, options, (text, opts) => {
      const result = extract(text, opts);
      const broken = brokenInvariants(text, result);
      if (broken.length) throw new Error(broken.join('\n'));
      const errors = schemaErrors(result);
      if (errors) throw new Error(errors);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  if (process.env.FUZZ_RUNS) process.stdout.write(`FUZZ_RESULT ${JSON.stringify({ cases: RUNS, seed: SEED, seconds: (performance.now() - started) / 1000 })}\n`);
});
