import { describeCorpus, describeNegatives } from '../../helpers/corpus';

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
  { expect: { value: { amount: 2.4e9, currency: 'SEK' } }, phrases: ['Ericsson earned [[Skr 2.4 billion]] in the half.'] },
  { expect: { value: { amount: 6.5e8, currency: 'NOK' } }, phrases: ['a [[Nkr 650 million]] order'] },
  { expect: { value: { amount: 3e9, currency: 'FRF' } }, phrases: ['Renault lost [[FFr 3 billion]].'] },
  { expect: { value: { amount: 1.1e8, currency: 'NLG' } }, phrases: ['a [[Dfl 110 million]] writedown', 'a [[Hfl 110 million]] writedown'] },
  { expect: { value: { amount: 1.5e10, currency: 'ESP' } }, phrases: ['a [[Ptas 15 billion]] loan'] },
  { expect: { value: { amount: 3.6e12, currency: 'KES' }, rule: 'money/code-prefix' }, phrases: ['The Treasury tabled a [[Sh3.6 trillion]] budget.', 'a [[Sh 3.6 trillion]] budget'] },
  { expect: { value: { amount: 5e10, currency: 'UGX' } }, phrases: ['The council borrowed [[Shs50 billion]].', 'a road worth [[USh 50 billion]]'] },
  { expect: { value: { amount: 2e9, currency: 'TZS' } }, phrases: ['Dar es Salaam paid [[TSh 2 billion]] for it.'] },
  { expect: { value: { amount: 5e10, currency: 'ZAR' } }, phrases: ['Eskom needs [[R50bn]] in fresh capital.', 'a tender worth [[R 50 billion]]'] },
  { expect: { value: { amount: 2.5e9, currency: 'NGN' }, rule: 'money/code-prefix' }, phrases: ['The state raised [[N2.5 billion]] in bonds.', 'a [[N2.5bn]] facility'] },
]);
describeCorpus('money', 'one letter before a number written as a price or with a rate', [
  { expect: { value: { amount: 1600, currency: 'NGN' }, rule: 'money/code-prefix' }, phrases: ['The naira closed at [[N1,600]] to the dollar.'] },
  { expect: { value: { amount: 18.35, currency: 'ZAR' } }, phrases: ['The rand firmed to [[R18.35]] against the dollar.'] },
  { expect: { value: { amount: 30, currency: 'NGN', per: 'share' } }, phrases: ['It recommended a dividend of [[N30 per share]].'] },
  { expect: { value: { amount: 150, currency: 'ZAR', per: 'month' } }, phrases: ['Bills will rise by [[R150 a month]].'] },
]);
describeNegatives('money', 'one letter before a number with no scale', ['They closed the [[R2]] motorway.', 'Grade R 2 pupils sat the test.', 'He drove the R5 hatchback.', 'Nurses wore N95 masks.', 'The N1 road was shut for an hour.', 'Take exit N12 for 3 miles.', 'Grid square R18 was mapped.']);

describeCorpus('money', 'Colombian pesos written with their code', [
  { expect: { value: { amount: 30000, currency: 'COP' } }, phrases: ['Fares rose to [[COP 30,000]].'] },
  { expect: { value: { amount: 30e6, currency: 'COP' } }, phrases: ['The town got [[COP30 million]] in aid.'] },
]);
describeNegatives('money', 'a session of the UN climate talks, named by the code the peso shares', ['Leaders met at the [[COP30]] summit in Belem.', 'Talks at [[COP28]] ran late.']);
