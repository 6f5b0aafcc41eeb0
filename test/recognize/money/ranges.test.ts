import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'ranges', [
  { expect: { value: { amount: 5e6, min: 5e6, max: 10e6, currency: 'USD' }, rule: 'money/range' }, phrases: ['a fine of [[$5-10 million]]', 'a fine of [[$5 million to $10 million]]', 'a fine of [[$5 million-$10 million]]'] },
  { expect: { value: { amount: 5e9, min: 5e9, max: 7e9, currency: 'USD' }, rule: 'money/range-between' }, phrases: ['it will cost [[between $5 and $7 billion]]', 'it will cost [[between $5 billion and $7 billion]]'] },
  { expect: { value: { amount: 5e6, min: 5e6, max: 7e6, currency: 'EUR' } }, phrases: ['a budget of [[5 to 7 million euros]]'] },
  { expect: { value: { amount: 16e6, min: 16e6, max: 28e6, approximate: true } }, phrases: ['[[about US$16 million to $28 million]] for the search'] },
  // A change verb before two amounts close together and a rate: a guess at the change per share.
  { expect: { value: { amount: 0.05, min: 0.05, max: 0.08, per: 'share' }, rule: 'money/range' }, phrases: ['Fuel costs will cut profit by [[5 cents to 8 cents a share]].', 'Earnings may rise [[5 cents to 8 cents a share]].'] },
]);

describe('money ranges: a change between two amounts', () => {
  it('reads "from $55 billion to $110 billion" as two amounts', () => {
    const { factsOf } = jest.requireActual('../../helpers/corpus');
    const facts = factsOf('money', 'raised its line from US$55 billion to US$110 billion.');
    expect(facts.map((f: { text: string }) => f.text)).toEqual(['US$55 billion', 'US$110 billion']);
  });

  it.each([
    ['Shares rose 50 cents to $23.12 in late trading.', ['50 cents', '$23.12']],
    ['The stock dropped $2 to $30.', ['$2', '$30']],
    ['Revenue increased by $5 million to $40 million.', ['$5 million', '$40 million']],
    ['Its shares were down 80 pence to 3.10 pounds.', ['80 pence', '3.10 pounds']],
    ['Hanbury shares fell four pence to 212.', ['four pence']],
    ['The stock gained 35 cents to 18.40.', ['35 cents']],
    ['The stock fell $1.25 to $2.75 a share.', ['$1.25', '$2.75 a share']],
    ['Its shares rose 40 cents to 65 cents.', ['40 cents', '65 cents']],
    // The verb's object between it and the figures: "raised its dividend".
    ['The utility raised its quarterly dividend 3 cents to 21 cents a share.', ['3 cents', '21 cents a share']],
    ['The chain lowered the price $4 to $26.', ['$4', '$26']],
    ['Ross boosted their payout 5 cents to 40 cents.', ['5 cents', '40 cents']],
    // "by" between the object and the figures, and "lifted" as a change verb.
    ['The bank raised its quarterly dividend by 4 cents to $1.42 a share.', ['4 cents', '$1.42 a share']],
    ['It lifted its interim dividend 5 cents to $2.15 a share.', ['5 cents', '$2.15 a share']],
    // A bare change in points, then the price it reached: only the price names money.
    ['Its stock slid 1.75 to $22.50 on the news.', ['$22.50']],
    ['The shares climbed 1 5/8 to $43 1/4.', ['$43 1/4']],
    ['Kellner fell 3 to $41.', ['$41']],
    ['Harlow closed up 5/8 at $41-1/4 in heavy trading.', ['$41-1/4']],
    // Old wire copy quotes a share's change and price in points alone: no currency, no money.
    ['Shares of Meridian rose 1/2 to 23-3/8 on the exchange.', []],
    ['Vantex rose 1 1/4 to 104 1/2, while Corbel fell 3/8.', []],
    // Written from the larger down, two amounts are no range, whatever the verb.
    ['The jury awarded $5 million to $3 million in damages.', ['$5 million', '$3 million']],
    ['A seat costs £40 to £35 after the sale.', ['£40', '£35']],
  ])('reads a change verb and "X to Y" as two amounts: %s', (sentence, texts) => {
    const { factsOf } = jest.requireActual('../../helpers/corpus');
    expect(factsOf('money', sentence).map((f: { text: string }) => f.text)).toEqual(texts);
  });
});

describeCorpus('money', 'still a range: no change verb, or one currency after it', [
  { expect: { value: { amount: 5e6, min: 5e6, max: 7e6, currency: 'USD' }, rule: 'money/range' }, phrases: ['Costs rose [[$5-7 million]].'] },
  { expect: { value: { amount: 20, min: 20, max: 25, currency: 'USD' }, rule: 'money/range' }, phrases: ['Analysts expect [[$20 to $25 a share]].'] },
  { expect: { value: { amount: 0.3, min: 0.3, max: 0.4, currency: 'USD' }, rule: 'money/range' }, phrases: ['Brokers put the dividend at [[30 cents to 40 cents a share]].', 'Brokers see the dividend [[30 cents to 40 cents a share]].'] },
  { expect: { value: { amount: 10, min: 10, max: 20, currency: 'USD' }, rule: 'money/range' }, phrases: ['Fares range from [[$10 to 20]].', 'Fares range from [[$10 to $20]].', 'Fines ranging from [[$10 to $20]] were imposed.', 'A ticket costs anywhere from [[$10 to $20]].'] },
  { expect: { value: { amount: 6e6, min: 6e6, max: 9e6, currency: 'USD' }, rule: 'money/range' }, phrases: ['Costs will climb [[6 to $9 million]] this year.'] },
]);

describeNegatives('money', 'a range needs one currency', ['between 5 and 7 people came', '5-10 million people']);

describeCorpus('money', 'a fraction in words before "to" is the size of a change, not a range', [
  { expect: { value: { amount: 2.1e6, currency: 'GBP' } }, phrases: ['Profit rose by a third to [[£2.1m]].', 'Sales grew by a quarter to [[£2.1m]].', 'Costs fell by half to [[£2.1m]].'] },
  { expect: { value: { amount: 5e5, min: 5e5, max: 2e6, currency: 'USD' }, rule: 'money/range' }, phrases: ['a fine of [[0.5 to 2 million dollars]]'] },
]);
