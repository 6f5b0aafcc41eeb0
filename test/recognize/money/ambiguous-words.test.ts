import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', '"won" as the currency when a price ends on it', [
  { expect: { value: { amount: 1000, currency: 'KRW' } }, phrases: ['The ticket cost [[1000 won]].', 'Fares rose to [[1000 won]] for adults.'] },
  { expect: { value: { amount: 800, currency: 'KRW' } }, phrases: ['A bowl of noodles costs [[800 won]] each.', 'He paid [[800 won]] for it.'] },
  { expect: { value: { amount: 50000, currency: 'KRW' } }, phrases: ['He paid [[50,000 won]] for dinner.', 'The rate is [[50,000 won]] to the ounce.'] },
]);

describeNegatives('money', '"won" the verb and "mark" the threshold', [
  'They won 1000 votes.',
  'Of the 50 runners, 3 won.',
  'In 2010 won the cup.',
  'Seven won the lottery.',
  'The index passed the 1,000 mark.',
  'The Dow crossed the 10000 mark on Monday.',
  'Deaths passed the 500 mark.',
]);

describeCorpus('money', 'marks in the plural, hyphenated or quoted to hundredths stay money', [
  { expect: { value: { amount: 5000, currency: 'DEM' } }, phrases: ['He was fined [[5,000 marks]].', 'A [[5,000-mark]] fine was imposed.'] },
  { expect: { value: { amount: 1.894, currency: 'DEM' } }, phrases: ['The dollar rose to [[1.8940 marks]].', 'The dollar stood at [[1.8940 mark]].'] },
]);

describeCorpus('money', 'cents, and fractions of a scale', [
  { expect: { value: { amount: 0.5, currency: 'USD' } }, phrases: ['It costs [[50 cents]].', 'A [[50 cent]] coin.', 'PRICE RISES [[50 CENTS]]'] },
  { expect: { value: { amount: 250000, currency: 'USD' } }, phrases: ['They raised [[a quarter of a million dollars]].', 'They raised [[a quarter million dollars]].'] },
  { expect: { value: { amount: 750000, currency: 'USD' } }, phrases: ['They raised [[three quarters of a million dollars]].'] },
  { expect: { value: { amount: 5e8, currency: 'EUR' } }, phrases: ['The fund lost [[half a billion euros]].', 'The fund lost [[half of a billion euros]].'] },
]);

describeCorpus('money', 'a fraction of one unit of a currency', [
  { expect: { value: { amount: 0.25, currency: 'USD' } }, phrases: ['The toll went up by [[a quarter of a dollar]].'] },
  { expect: { value: { amount: 0.875, currency: 'USD' } }, phrases: ['The stock gained [[seven-eighths of a dollar]].', 'The stock gained [[seven eighths of a dollar]].'] },
  { expect: { value: { amount: 0.75, currency: 'EUR' } }, phrases: ['Bread costs [[three quarters of a euro]] more.'] },
]);

describeNegatives('money', 'a capitalized cent after a count is a name', ['50 Cent released a new album.', 'Tickets for 50 Cent sold out.', 'He ate a quarter of a pizza.']);

describeCorpus('money', 'a country-qualified currency name before the number', [
  { expect: { value: { amount: 42, currency: 'MYR' }, rule: 'money/name-prefix' }, phrases: ['It costs [[malaysia ringgit 42]].', 'It costs [[Malaysian ringgit 42]].'] },
  { expect: { value: { amount: 500, currency: 'HKD' } }, phrases: ['He paid [[Hong Kong dollars 500]].'] },
  { expect: { value: { amount: 42, currency: 'USD' } }, phrases: ['It costs [[US dollar 42]].'] },
  { expect: { value: { amount: 2e7, currency: 'HKD' } }, phrases: ['It paid [[HK dollars 20 million]].', 'It paid [[Hong Kong dollars 20 million]].'] },
]);

describeNegatives('money', 'a qualified currency after an article is the currency itself', ['It fell against the US dollar 0.5 percent.', 'The Hong Kong dollar 7.8 peg held.']);

describeCorpus('money', 'a small amount of marks a share price moves by or to is money', [
  { expect: { value: { amount: 1, currency: 'DEM' } }, phrases: ['Kestrelwerk gained [[1 mark]] in Frankfurt.', 'Orvalex shed [[1 mark]] to 43 marks.'] },
  { expect: { value: { amount: 43, currency: 'DEM' } }, phrases: ['Orvalex shed 1 mark to [[43 marks]] and others fell.'] },
  { expect: { value: { amount: 2, currency: 'DEM' } }, phrases: ['The stock closed [[2 marks]] lower at 612 marks.'] },
]);

describeNegatives('money', 'marks that grade or score', ['She got 85 marks in the exam.', 'He scored 8 marks out of 10.']);

describeCorpus('money', 'sterling before a scaled amount', [
  { expect: { value: { amount: 4e8, currency: 'GBP' }, rule: 'money/name-prefix' }, phrases: ['The group raised [[sterling 400 million]].', 'The group raised [[stg 400 mln]].'] },
]);

describeCorpus('money', 'sterling after a determiner, before a scaled amount and the noun it prices', [
  { expect: { value: { amount: 3e8, currency: 'GBP' }, rule: 'money/name-prefix' }, phrases: ['The utility priced a [[sterling 300 million]] bond.', 'It sold the [[stg 300 mln]] notes.'] },
]);

describeNegatives('money', 'sterling before a plain count', ['The chain bought sterling 3 hotels.', 'The chain bought the sterling 3 hotels.']);
