import { extract } from '../src';
import { fixtureArticles } from './helpers/fixtures';
import { brokenInvariants } from './helpers/invariants';
import { schemaErrors } from './helpers/schema';

const ODD_TEXTS: Record<string, string> = {
  crlf: 'NATO met in Brussels on Feb. 15, 2024.\r\nIt spent $5 billion, or 2% of GDP.\r\n',
  'lone cr': 'Prices rose 3% in March.\rThe Fed said so.',
  nbsp: 'The deal is worth $5\u00a0billion, said Jens\u00a0Stoltenberg.',
  'zero-width': 'Apple\u200b paid \u200e$3\u00a0million on\u2060 Monday.',
  emoji: '🎉 On Jan. 5, 2024 😀 Acme Corp. raised €40m 🚀 (12%).',
  astral: '𝐓𝐡𝐞 meeting on 3 March 2021 cost £2 million.',
  controls: 'Before \u001b[31mred\u001b[0m and a bell \u0007 on May 1, 2020, $4.',
  tabs: 'Revenue\t$4.5 billion\tup\t3.2%\fPage two: June 2019.',
  empty: '',
  spaces: '   \n\n  \t ',
};

describe('invariants hold on every fixture and on odd text', () => {
  const cases: Array<[string, string]> = [
    ...fixtureArticles().map((a): [string, string] => [a.name, a.text]),
    ...Object.entries(ODD_TEXTS),
  ];
  it.each(cases)('%s', (_name, text) => {
    const result = extract(text, { referenceDate: '2024-02-16' });
    expect(brokenInvariants(text, result)).toEqual([]);
    expect(schemaErrors(result)).toBe('');
  });
});
