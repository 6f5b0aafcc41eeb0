import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

// A cent or a penny is a hundredth of whichever currency the story deals in; the value stays
// currencyAssumed, since no word beside the amount names that currency.
describeCorpus('money', 'a shared minor unit takes the currency of the amounts beside it', [
  { expect: { value: { amount: 0.04, currency: 'EUR', currencyAssumed: true } }, phrases: ['Diesel in Munich rose [[4 cents]] to 1.72 euros a litre.', 'A stamp went up [[4 cents]], to €1.10.'] },
  { expect: { value: { amount: 0.04, currency: 'USD', currencyAssumed: true } }, phrases: ['The euro lost [[4 cents]] to $1.06 in New York.', 'Wheat rose [[4 cents]] to $6.12 a bushel.'] },
  { expect: { value: { amount: 0.12, currency: 'AUD', currencyAssumed: true } }, phrases: ['The miner rose [[12 cents]] to A$8.40.'] },
  // "$" beside "cents" in the same sentence wins over the story's euros elsewhere.
  { expect: { value: { amount: 0.03, currency: 'USD' } }, phrases: ['Sales reached 40 million euros. Brent rose [[3 cents]] to $81.20.'] },
]);

describeCorpus('money', 'a penny in a story that quotes dollars is a cent, and one that quotes pounds a penny', [
  { expect: { value: { amount: 0.01, currency: 'USD', currencyAssumed: true } }, phrases: ['Gas rose [[a penny]] after the $2 tax.', 'The deal cost $4 million. Bread went up [[a penny]].'] },
  { expect: { value: { amount: 5, currency: 'USD', currencyAssumed: true } }, phrases: ['Each shop gave [[500 pennies]] toward the $2,000 goal.'] },
  { expect: { value: { amount: 0.01, currency: 'GBP', currencyAssumed: true } }, phrases: ['A pint rose [[a penny]] after the brewer faced £3 million in costs.', 'The levy adds £40 a year. Bus fares went up [[a penny]].'] },
]);

describeCorpus('money', 'with no other amount, the country the story names decides', [
  { expect: { value: { amount: 0.01, currency: 'USD', currencyAssumed: true } }, phrases: ['In Nebraska, milk went up [[a penny]] last month.', 'U.S. drivers paid [[a penny]] more at the pump.', 'American drivers paid [[a penny]] more at the pump.', 'In New Mexico, bread rose [[a penny]].'] },
  { expect: { value: { amount: 0.01, currency: 'GBP', currencyAssumed: true } }, phrases: ['British drivers paid [[a penny]] more at the pump.', 'In Glasgow, bread rose [[a penny]].'] },
  { expect: { value: { amount: 0.05, currency: 'EUR', currencyAssumed: true } }, phrases: ['Bakers in Vienna raised rolls by [[5 cents]].'] },
  { expect: { value: { amount: 0.05, currency: 'CAD', currencyAssumed: true } }, phrases: ['Coffee in Ottawa rose [[5 cents]] this week.'] },
]);

// The places and peoples come from the data packages: countries, their peoples and capitals,
// states and provinces, and cities, each pointing to its country's currency.
describeCorpus('money', 'a place or people the gazetteer knows gives its country\'s currency', [
  { expect: { value: { amount: 0.2, currency: 'NZD', currencyAssumed: true } }, phrases: ['In Auckland, bus fares rose [[20 cents]].', 'New Zealand farmers got [[20 cents]] more.'] },
  { expect: { value: { amount: 0.09, currency: 'AUD', currencyAssumed: true } }, phrases: ['Petrol in Brisbane fell [[9 cents]] overnight.', 'New South Wales drivers paid [[9 cents]] more.', 'Australians paid [[9 cents]] more.'] },
  { expect: { value: { amount: 0.05, currency: 'CAD', currencyAssumed: true } }, phrases: ['Ontario cut the fuel tax by [[5 cents]].', 'In Calgary, coffee rose [[5 cents]].', 'French-language papers in Montreal said fares rose [[5 cents]].'] },
  { expect: { value: { amount: 0.01, currency: 'CAD', currencyAssumed: true } }, phrases: ['In Winnipeg, bread rose [[a penny]].'] },
  { expect: { value: { amount: 0.5, currency: 'HKD', currencyAssumed: true } }, phrases: ['Hong Kong taxi fares rose [[50 cents]].'] },
  { expect: { value: { amount: 0.1, currency: 'SGD', currencyAssumed: true } }, phrases: ['Singapore train fares will rise [[10 cents]].'] },
  { expect: { value: { amount: 0.3, currency: 'ZAR', currencyAssumed: true } }, phrases: ['In Johannesburg, bread rose [[30 cents]].'] },
  { expect: { value: { amount: 0.1, currency: 'EUR', currencyAssumed: true } }, phrases: ['Bakers in Lyon added [[10 cents]] to a croissant.', 'Germans paid [[10 cents]] more for milk.', 'Farmers in Cork lost [[10 cents]] on milk.'] },
  { expect: { value: { amount: 0.5, currency: 'USD', currencyAssumed: true } }, phrases: ['The Ohio firm opened a plant in Ontario. In Ohio, pay rose [[50 cents]].'] },
  // An amount the sentence writes still outweighs the places the story names.
  { expect: { value: { amount: 0.05, currency: 'USD', currencyAssumed: true } }, phrases: ['In Auckland, the stock fell [[5 cents]] to $2.'] },
]);

// A name that points to two currencies counts for neither ("Georgia", the country and the US
// state), nor does a longer place name that contains a country's ("Latin America").
describeCorpus('money', 'an ambiguous place or a region names no currency', [
  { expect: { value: { amount: 0.01, currency: 'GBP', currencyAssumed: true } }, phrases: ['In Georgia, bread rose [[a penny]].', 'In Latin America, coffee rose [[a penny]].'] },
]);

describeCorpus('money', 'no clue at all: the unit keeps its own guess', [
  { expect: { value: { amount: 0.01, currency: 'GBP', currencyAssumed: true } }, phrases: ['It is not worth [[a penny]].'] },
  { expect: { value: { amount: 0.3, currency: 'USD', currencyAssumed: true } }, phrases: ['Pupils saved [[30 pennies]] each.', 'Pupils saved [[30 cents]] each.'] },
]);

describe('money: a minor unit or name that says its currency is not assumed, whatever the story quotes', () => {
  it.each([
    ['The loonie rose 3 U.S. cents to C$1.36.', 0.03, 'USD'],
    ['It is worth 3 US cents.', 0.03, 'USD'],
    ['Shares rose to 68 Australian cents as the $ fell.', 0.68, 'AUD'],
    ['It gained 20 euro cents in London.', 0.2, 'EUR'],
    ['It gained 20 pence in New York.', 0.2, 'GBP'],
    ['It gained 20p in Ohio.', 0.2, 'GBP'],
    ['It paid 5 billion U.S. dollars in London.', 5e9, 'USD'],
    ['It raised 3 billion Hong Kong dollars in New York.', 3e9, 'HKD'],
    ['Stamps went up 5 eurocents in London.', 0.05, 'EUR'],
    // A sign's prefix in capitals before cents, as Australasian copy quotes its dollar.
    ['The Australian dollar was buying US75.12 cents.', 0.7512, 'USD'],
    ['The kiwi ended at U.S. 58.2 cents.', 0.582, 'USD'],
    ['The kiwi ended at US58c.', 0.58, 'USD'],
    ['The coin is worth NZ 50 cents.', 0.5, 'NZD'],
  ])('%s', (text, amount, currency) => {
    const [fact] = factsOf('money', text);
    expect(fact.value).toMatchObject({ amount, currency });
    expect(fact.value).not.toHaveProperty('currencyAssumed');
  });
});

describeCorpus('money', 'a spoken amount ends before a word that modifies no noun', [
  { expect: { value: { amount: 0.01 } }, phrases: ['Gas climbed [[a penny]] overnight in Ohio.', 'Gas rose [[a penny]] after the vote in Ohio.', 'Bread in Ohio is up [[a penny]] since May.'] },
]);

describeNegatives('money', 'a prefix with no sign counts nothing but cents', ['The US 75 million program ended.', 'The US 12 team won.']);

describeCorpus('money', 'a pronoun before cents is no prefix', [
  { expect: { value: { amount: 0.75, currency: 'USD', currencyAssumed: true } }, phrases: ['give us [[75 cents]] more'] },
]);
