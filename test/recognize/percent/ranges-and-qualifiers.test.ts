import { describeCorpus, factsOf } from '../../helpers/corpus';

describeCorpus('percent', 'ranges', [
  { expect: { value: 2.5, min: 2.5, max: 3, unit: 'percent', rule: 'percent/range' }, phrases: ['inflation of [[2.5-3%]]', 'inflation of [[2.5 to 3 percent]]', 'inflation of [[2.5% to 3%]]'] },
  { expect: { value: 2, min: 2, max: 3, rule: 'percent/range-between' }, phrases: ['[[between 2 and 3 percent]]', '[[between 2% and 3%]]'] },
  { expect: { value: 15, min: 15, max: 20 }, phrases: ['improvements of [[15-20%]] are needed'] },
  { expect: { value: 2, min: 2, max: 3, rule: 'percent/range' }, phrases: ['Shares fell [[2 to 3 percent]] on the news.'] },
  // After a change verb, two figures close together guess at the change: one range, as OntoNotes spans it.
  { expect: { value: 10, min: 10, max: 15, rule: 'percent/range' }, phrases: ['Insurers will raise rates by [[10% to 15%]] next year.', 'Fares could rise [[10% to 15%]] in the spring.'] },
  { expect: { value: 25, min: 25, max: 30 }, phrases: ['Chip sales may fall [[25 percent to 30 percent]] below plan.'] },  // A word that spreads the figure makes "from X to Y" its floor and ceiling, not a change.
  { expect: { value: 5, min: 5, max: 8, rule: 'percent/range' }, phrases: ['Tariffs ranging from [[5% to 8%]] apply.', 'Yields varied from [[5 percent to 8 percent]] across the region.'] },
]);

describeCorpus('percent', 'qualifiers', [
  { expect: { value: 7.3, approximate: true, qualifier: 'more-than' }, phrases: ['fell [[more than 7.3%]]'] },
  { expect: { value: 24, approximate: true, qualifier: 'less-than' }, phrases: ['losing [[nearly 24%]]', 'losing [[almost 24 percent]]'] },
  { expect: { value: 10, approximate: true, qualifier: 'approximately' }, phrases: ['a gain of [[around 10 percent]]', 'a gain of [[about 10%]]'] },
  { expect: { value: 3, approximate: true, qualifier: 'up-to' }, phrases: ['by [[as much as 3%]]', 'by [[up to 3%]]'] },
  { expect: { value: 2, approximate: true, qualifier: 'less-than' }, phrases: ['inflation [[well below 2%]]', 'inflation [[a little under 2 percent]]'] },
  { expect: { value: 2, approximate: true, qualifier: 'more-than' }, phrases: ['inflation [[just above 2%]]', 'inflation [[north of 2 percent]]'] },
]);

describe('percent: a change between two values', () => {
  it('reads "from 14% to 17%" as two values', () => {
    expect(factsOf('percent', 'It rose from 14% to 17% a year later.').map((f) => f.text)).toEqual(['14%', '17%']);
  });

  it.each([
    ['Profit fell 3 percent to 12 percent of sales.', ['3 percent', '12 percent']],
    ['The rate was cut by 0.5% to 4.25%.', ['0.5%', '4.25%']],
    ['Its market share slipped 4% to 11%.', ['4%', '11%']],
    ['Rates went from 5% to 7% in a year.', ['5%', '7%']],
    ['The bank cut its prime rate 1% to 9%.', ['1%', '9%']],
    ['Holt raised its stake 4.9% to 14.9%.', ['4.9%', '14.9%']],
  ])('reads a change verb and "X to Y" as two values: %s', (sentence, texts) => {
    expect(factsOf('percent', sentence).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    ['Exit polls had her ahead by 58 percent to 40 percent.', ['58 percent', '40 percent']],
    ['The measure passed 61% to 39%.', ['61%', '39%']],
  ])('reads a split written from the top down as two values: %s', (sentence, texts) => {
    expect(factsOf('percent', sentence).map((f) => f.text)).toEqual(texts);
  });
});

describeCorpus('percent', 'a range of basis points, in percent', [
  { expect: { value: 0.25, min: 0.25, max: 0.5, unit: 'basis-point' }, phrases: ['a cut of [[25 to 50 basis points]] is priced in', 'a cut of [[25-50 bps]] is priced in'] },
]);
