import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'spoken amounts: an article, "a couple", "grand"', [
  { expect: { value: { amount: 1, currency: 'USD', currencyAssumed: true } }, phrases: ['he owes me [[a dollar]]', 'it was [[a buck]] at the stall'] },
  { expect: { value: { amount: 2, currency: 'USD' } }, phrases: ['lend me [[a couple of bucks]]', 'only [[a couple bucks]] left'] },
  { expect: { value: { amount: 0.01, currency: 'GBP' } }, phrases: ['not worth [[a penny]]'] },
  { expect: { value: { amount: 1000, currency: 'USD' } }, phrases: ['[[a grand]] for the car', 'it cost [[1 grand]]'] },
  { expect: { value: { amount: 3000, currency: 'USD' }, rule: 'money/currency-word' }, phrases: ['paid [[3 grand]] for it', 'paid [[three grand]].'] },
  { expect: { value: { amount: 1.42, qualifier: 'more-than' } }, phrases: ['[[above a dollar and 42 cents]]'] },
  { expect: { value: { amount: 7, currency: 'EUR', qualifier: 'less-than' } }, phrases: ['[[lower than 7€]]'] },
  { expect: { value: { amount: 1.5, currency: 'USD' }, rule: 'money/major-minor' }, phrases: ['a coffee is [[a dollar fifty]], they say', 'a coffee is [[a buck fifty]], they say', 'a coffee is [[a dollar and a half]], they say', 'a coffee is [[a buck 50]], they say'] },
  { expect: { value: { amount: 6.5, currency: 'EUR' } }, phrases: ['the ticket was [[six euros and a half]]'] },
]);

describeCorpus('money', 'no cents after a spoken amount that a noun or hyphen takes', [
  { expect: { value: { amount: 1 } }, phrases: ['[[a dollar]] and a half-hour wait'] },
]);

describeNegatives('money', 'an article or "grand" that counts no money', [
  'It was a grand total of 5 points.',
  'She won two grand slams.',
  'He won the Monaco Grand Prix.',
  'He lost a pound last week.',
  'We adopted a dollar sign.',
  'The euro zone grew.',
  'He has a yen for travel.',
  'He shot a buck after dawn.',
  'We saw a buck in the woods.',
]);
