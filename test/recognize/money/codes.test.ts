import { describeCorpus } from '../../helpers/corpus';

describeCorpus('money', 'ISO codes', [
  { expect: { value: { amount: 10, currency: 'SEK' } }, phrases: ['[[kr 10]]', 'only [[10 kr]]', '[[Kr 10]] each'] },
  { expect: { value: { amount: 42, currency: 'SAR' } }, phrases: ['[[42 SAR]]', '[[SAR 42]]'] },
  { expect: { value: { amount: 42, currency: 'MYR' } }, phrases: ['[[42 RM]]', '[[42RM]]', '[[42 malaysia ringgit]]'] },
  { expect: { value: { amount: 20, currency: 'INR' } }, phrases: ['[[20Rs]]', '[[rs 20]]'] },
  { expect: { value: { amount: 3.14, currency: 'USD' } }, phrases: ['[[3.14US$]]'] },
  { expect: { value: { amount: 10, currency: 'MNT' } }, phrases: ['[[ten tugriks]]', '[[10 Tugrik]]'] },
  { expect: { value: { amount: 5e6, currency: 'USD' }, rule: 'money/code-prefix' }, phrases: ['a fund of [[USD 5m]]', 'a fund of [[USD5 million]]'] },
  { expect: { value: { amount: 5e6, currency: 'EUR' }, rule: 'money/code-suffix' }, phrases: ['a fund of [[5 million EUR]]'] },
  { expect: { value: { amount: 125, currency: 'EUR' } }, phrases: ['Buy it for [[EUR 125]].'] },
  { expect: { value: { amount: 115.5, currency: 'USD' } }, phrases: ['[[115.5USD]]', '[[USD115.5]]'] },
  { expect: { value: { amount: 75e6, currency: 'USD' } }, phrases: ['They lost [[75 USD million]] last year.'] },
  { expect: { value: { amount: 30e6, currency: 'USD' } }, phrases: ['five losses of [[30 MUSD]] were reported'] },
  { expect: { value: { amount: 60e6, currency: 'AUD' } }, phrases: ['revenues of [[MAUD 60]]'] },
  { expect: { value: { amount: 23e9, currency: 'USD' } }, phrases: ['a [[USD$23 billion]] deal', 'a [[usd$ 23 billion]] deal'] },
  { expect: { value: { amount: 40, currency: 'CNY' } }, phrases: ['it was [[40 rmb]]', 'it was [[RMB 40]]'] },
  { expect: { value: { amount: 2e9, currency: 'MYR' } }, phrases: ['a [[RM2 billion]] highway'] },
  { expect: { value: { amount: 500, currency: 'INR' } }, phrases: ['a ticket at [[Rs. 500]]', 'a ticket at [[Rs 500]]'] },
]);
