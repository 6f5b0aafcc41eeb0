import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'ranges', [
  { expect: { value: { amount: 5e6, min: 5e6, max: 10e6, currency: 'USD' }, rule: 'money/range' }, phrases: ['a fine of [[$5-10 million]]', 'a fine of [[$5 million to $10 million]]', 'a fine of [[$5 million-$10 million]]'] },
  { expect: { value: { amount: 5e9, min: 5e9, max: 7e9, currency: 'USD' }, rule: 'money/range-between' }, phrases: ['it will cost [[between $5 and $7 billion]]', 'it will cost [[between $5 billion and $7 billion]]'] },
  { expect: { value: { amount: 5e6, min: 5e6, max: 7e6, currency: 'EUR' } }, phrases: ['a budget of [[5 to 7 million euros]]'] },
  { expect: { value: { amount: 16e6, min: 16e6, max: 28e6, approximate: true } }, phrases: ['[[about US$16 million to $28 million]] for the search'] },
]);

describe('money ranges: a change between two amounts', () => {
  it('reads "from $55 billion to $110 billion" as two amounts', () => {
    const { factsOf } = jest.requireActual('../../helpers/corpus');
    const facts = factsOf('money', 'raised its line from US$55 billion to US$110 billion.');
    expect(facts.map((f: { text: string }) => f.text)).toEqual(['US$55 billion', 'US$110 billion']);
  });
});

describeNegatives('money', 'a range needs one currency', ['between 5 and 7 people came', '5-10 million people']);
