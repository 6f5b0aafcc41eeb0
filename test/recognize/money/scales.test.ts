import { describeCorpus } from '../../helpers/corpus';

describeCorpus('money', 'scale words and abbreviations', [
  { expect: { value: { amount: 5.2e9, currency: 'USD' } }, phrases: ['a [[$5.2 billion]] loss', 'a [[$5.2bn]] loss', 'a [[$5.2 bn]] loss', 'a [[$5.2b]] loss', 'a [[$5.2-billion]] loss'] },
  { expect: { value: { amount: 40e6, currency: 'EUR' } }, phrases: ['[[€40m]]', '[[€40mn]]', '[[€40 mln]]', '[[€40 million]]'] },
  { expect: { value: { amount: 10000, currency: 'USD' } }, phrases: ['a [[$10k]] bonus', 'a [[$10 thousand]] bonus', 'I want to loan [[$10000]] over 3 years'] },
  { expect: { value: { amount: 1.2e12, currency: 'USD' } }, phrases: ['a [[$1.2tn]] package', 'a [[$1.2 trillion]] package'] },
  { expect: { value: { amount: 2e7, currency: 'INR' } }, phrases: ['a [[Rs 2 crore]] grant', 'a grant of [[2 crore rupees]]'] },
  { expect: { value: { amount: 1.5e12, currency: 'JPY' } }, phrases: ['a stimulus of [[1.5 trillion yen]]'] },
  { expect: { value: { amount: 1234567.89, currency: 'INR' } }, phrases: ['a loan of [[12,34,567.89 rupees]]'] },
]);
