import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'words only company names are made of', [
  {
    expect: { rule: 'organization/company-name' },
    phrases: [
      'Investors sold shares after [[Chrysler]] warned on earnings.',
      'The union said [[Opel]] would keep both plants open.',
      '[[Northrop Grumman]] and its partners bid for the contract.',
      'A deal with [[Bouygues]] is expected next month.',
    ],
  },
]);

describeNegatives('organization', 'company words that are something else here', [
  'The [[General]] said the troops would stay.',
  'She flew to [[Antwerp]] on Tuesday.',
  'Buyers wanted the new [[Mac]] laptops.',
]);

describe('a company word that the document makes a surname', () => {
  it('a person named in full earlier keeps the surname alone', () => {
    const text = 'Investor Karl Opel bought the stake. Opel said he would hold it for years.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Karl Opel', 'Opel']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([]);
  });

  it('a known company yields its one-word name to the surname only where a cue only people take follows', () => {
    const person = 'Lawyer Mark Hanson said the case was weak. Hanson added that he would appeal.';
    expect(factsOf('person', person).map((f) => f.text)).toEqual(['Mark Hanson', 'Hanson']);
    const company = 'Michael Dell founded the firm in 1984. Dell said it would cut jobs.';
    expect(factsOf('organization', company).map((f) => f.text)).toEqual(['Dell']);
  });
});

describeNegatives('organization', 'a maker before a model number names a product', [
  'The [[Boeing]] 737-800 landed safely.',
  'Orders for the [[Airbus]] A380 slowed.',
]);

describeCorpus('organization', 'a maker before a year is the company', [
  { expect: { kind: 'organization' }, phrases: ['[[Boeing]] 2008 results beat forecasts.'] },
]);
