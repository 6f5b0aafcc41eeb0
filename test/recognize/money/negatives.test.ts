import { describeNegatives } from '../../helpers/corpus';

describeNegatives('money', 'not money', [
  'It happened in 2014.',
  'Hong Kong SAR 10 years on',
  'SARS killed 10 people.',
  'She bought 3 apples.',
  'They will deliver one million drones to Ukraine.',
  'Call 555-1234 or 1-800-555-0199 today.',
  'Shares of $AAPL rose.',
  'Run echo $HOME in the shell.',
  "Use replace(/a/, '$1') here.",
  'All 70 of us.',
  'ALL 5 solutions are wrong.',
  'I tried to call Bob 3 times already.',
  'The team won 3 games.',
  'He lost 20 pounds of weight.',
  'He weighs 180 pounds of muscle.',
  'The newborn weighed 7 pounds 5 ounces.',
  'The catch weighed about 12 pounds.',
  'a lineman weighing more than 300 pounds',
  'a 300-pound linebacker',
  'They dropped a 500-pound bomb.',
  'It was 5 m long.',
  'a sum of money',
  'millions of people',
  'the A380 and 3D printers',
  'See https://example.com/pay?amount=$50 for details.',
  'Give us a $ sign.',
  'Call me at 9p tonight.',
  'Be there by 8p.m. sharp.',
  'It was 5C outside.',
  'Federer, who in 2004 won Wimbledon, retired.',
  '2024 marks the 75th anniversary.',
  'The 3 real reasons.',
  'She was ranked #1 in the poll and # 4 a year ago.',
  'Fans tagged their posts #2026 and # 12.5 percent agreed.',
  'The essay earned 7.5 marks out of ten.',
]);

const HOSTILE_BUDGET_MS = 20_000;

describe('money on hostile input', () => {
  const { factsOf } = jest.requireActual('../../helpers/corpus');
  const lines: Array<[string, string]> = [
    ['dollar signs', '$'.repeat(200000)],
    ['digits', '7'.repeat(200000)],
    ['ones and commas', '1,'.repeat(100000)],
    ['dots', '.'.repeat(200000)],
    ['a 10,000-digit amount', `$${'9'.repeat(10000)} million`],
    ['signs and digits', '$1$'.repeat(20000)],
  ];
  it.each(lines)('%s: finishes fast with finite values', (_name, text) => {
    const started = process.hrtime.bigint();
    const facts = factsOf('money', text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Wall time, on a runner that may be shared: linear cases take about a second here and ran
    // four times slower on a loaded CI runner; the super-linear ones found took minutes.
    expect(ms).toBeLessThan(HOSTILE_BUDGET_MS);
    for (const f of facts) expect(Number.isFinite(f.value.amount)).toBe(true);
  });
});

describeNegatives('money', 'a currency name before a number that it does not price', [
  'The euro rose against the dollar 0.5 percent.',
  'The yen fell 3 percent and the dollar 2%.',
  'In dollars 50 years ago it cost less.',
  'Euro 2016 kicked off in Paris.',
  'The team will host Euro 2028 games.',
  'His punt 40 yards downfield was blocked.',
  'Dollar 5 stores opened across the state.',
  'The Democrats won 52 seats and Republicans 48.',
  'The vote was 52-48, Sen. John Thune said.',
  'He won 3 of 5 races; Sen. Smith won 2.',
  'The yen 10 years ago was stronger.',
]);

describeNegatives('money', 'won, sen and RM in news prose', [
  'South Korea won 2 golds in the relay.',
  'The team won 1000 to 2 in a rout.',
  'Sen. 42 days later, the bill passed.',
  'Marines of RM 42 Commando landed at dawn.',
]);
