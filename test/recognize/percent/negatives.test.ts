import { describeNegatives, factsOf } from '../../helpers/corpus';

describeNegatives('percent', 'not percentages', [
  'He scored in the 90th percentile.',
  'She is in the 5 percentile band.',
  'Only a small percent attain the top ranks',
  'The table shows the % of increase in the last month',
  'How do I calculate a percentage?',
  'Go to https://www.test.com/search?q=30%25%2020% now',
  'See http://x.org/a?b=issn%280024%2D9114%29%20and for more',
  'It happened in 2014.',
  'Version COVID-19 spread.',
  'On 2/16 the score was 3/5.',
]);

const HOSTILE_BUDGET_MS = 20_000;

describe('percent on hostile input', () => {
  it.each([
    ['percent signs', '%'.repeat(200000)],
    ['digits then a sign', `${'9'.repeat(100000)}%`],
    ['digit-percent pairs', '1%'.repeat(25000)],
  ])('%s: finishes fast with finite values', (_name, text) => {
    const started = process.hrtime.bigint();
    const facts = factsOf('percent', text);
    // Wall time, on a runner that may be shared: a loaded CI runner ran linear cases four times
    // slower than a quiet machine; the super-linear ones found took minutes.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(HOSTILE_BUDGET_MS);
    for (const f of facts) expect(Number.isFinite(f.value)).toBe(true);
  });
});
