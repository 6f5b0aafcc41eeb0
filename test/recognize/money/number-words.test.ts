import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'number words', [
  { expect: { value: { amount: 5e6, currency: 'USD' } }, phrases: ['[[five million dollars]] was raised'] },
  { expect: { value: { amount: 1e9, currency: 'USD' } }, phrases: ['It would cost [[a billion dollars]].', 'It would cost [[one billion dollars]].'] },
  { expect: { value: { amount: 5e5, currency: 'USD' } }, phrases: ['It costs [[half a million dollars]].', 'It costs [[half million usd]].'] },
  { expect: { value: { amount: 2.5e5, currency: 'USD' } }, phrases: ['It costs [[a quarter million us dollars]].'] },
  { expect: { value: { amount: 7.5e8, currency: 'USD' } }, phrases: ['It costs [[three quarters billion us dollars]].'] },
  { expect: { value: { amount: 0.25, currency: 'USD' } }, phrases: ['a stamp for [[twenty-five cents]]'] },
  { expect: { value: { amount: 13.45, currency: 'USD' } }, phrases: ['it only cost [[thirteen dollars and forty-five cents]]', 'it only cost [[thirteen dollars forty-five cents]]'] },
  { expect: { value: { amount: 2.5e9, currency: 'EUR' } }, phrases: ['[[two and a half billion euros]] in aid'] },
  { expect: { value: { amount: 1e9, approximate: true }, rule: 'money/vague-amount' }, phrases: ['Cerberus took on [[billions of dollars]] in pension costs'] },
  { expect: { value: { amount: 1e7, approximate: true } }, phrases: ['It cost [[tens of millions of dollars]].'] },
  { expect: { value: { amount: 1e8, approximate: true } }, phrases: ['It cost [[several hundred million dollars]].'] },
  { expect: { value: { amount: 1e9, approximate: true, currency: 'EUR' } }, phrases: ['It cost [[several billion euros]].'] },
  { expect: { value: { amount: 100, approximate: true, currency: 'USD' } }, phrases: ['Repairs cost [[a few hundred dollars]].', 'Repairs cost [[several hundred dollars]].'] },
  // With no scale the count is one of the unit, as "a few hundred dollars" is 100 (OntoNotes marks these MONEY).
  { expect: { value: { amount: 1, approximate: true, currency: 'USD' }, rule: 'money/vague-amount' }, phrases: ['Fans paid [[a few dollars]] more for seats.', 'A ticket costs [[several dollars]].'] },
  { expect: { value: { amount: 0.01, approximate: true, per: 'share' } }, phrases: ['The miner expects to lose [[a few cents a share]] this year.'] },
  { expect: { value: { amount: 1, approximate: true, currency: 'EUR' } }, phrases: ['Tourists spend [[a few euros]] on coffee.'] },
  { expect: { value: { amount: 2.5e6, currency: 'USD' } }, phrases: ['a fine of [[two point five million dollars]]'] },
  { expect: { value: { amount: 10, currency: 'JPY' } }, phrases: ['it cost [[10 yens]]'] },
  { expect: { value: { amount: 6, currency: 'USD' } }, phrases: ['They won by one point. [[Six dollars]] were left on the table.'] },
]);

describeNegatives('money', 'a point that starts no decimal', ['He scored five points six times.', 'They won by one point six times in a row.']);
describeNegatives('money', 'a vague count before a word that is not money everywhere', [
  'He lost a few pounds over the summer.',
  'Several Bucks players were hurt.',
  'The bank sold a few marks of respect.',
  'Many dollars were spent.',
  'A few yen for travel.',
]);
