import { extract } from '../../../src';
import { describeCorpus, REFERENCE_DATE } from '../../helpers/corpus';

describeCorpus('money', 'a bare dollar sign beside another dollar written out', [
  { expect: { value: { amount: 1.2e9, currency: 'USD', currencyAssumed: true } }, phrases: ['The bid of C$1.4 billion is worth [[$1.2 billion]].', 'It earned [[$1.2 billion]]; the rival offered 2 billion Canadian dollars.'] },
  { expect: { value: { amount: 2e9, currency: 'AUD' } }, phrases: ['It earned $1.2 billion; the rival offered [[2 billion Australian dollars]].'] },
]);

describeCorpus('money', 'currency signs', [
  { expect: { value: { amount: 5, currency: 'USD', currencyAssumed: true }, rule: 'money/symbol-prefix' }, phrases: ['The ticket cost [[$5]].', 'It costs [[$ 5]] now', 'only [[$5.00]]'] },
  { expect: { value: { amount: 40e6, currency: 'EUR' } }, phrases: ['a [[€40m]] deal', 'a [[€ 40 million]] deal', 'a [[40 million €]] deal'] },
  { expect: { value: { amount: 8.1e6, currency: 'GBP' } }, phrases: ['worth [[£8.1 million]] in 2014', 'worth [[£ 8.10 million]] last year'] },
  { expect: { value: { amount: 1200, currency: 'JPY' } }, phrases: ['a lunch at [[¥1,200]]'] },
  { expect: { value: { amount: 500, currency: 'INR' } }, phrases: ['He paid [[₹500]] for it.'] },
  { expect: { value: { amount: 10, currency: 'EUR' } }, phrases: ['Entry is [[10 €]] today.', 'Entry is [[10€]].'] },
  { expect: { value: { amount: 100, currency: 'CNY' } }, phrases: ['The fee is [[100元]].'] },
  { expect: { value: { amount: 2e6, currency: 'KRW' } }, phrases: ['a fine of [[₩2,000,000]] was set'] },
  { expect: { value: { amount: 40e9, currency: 'USD' } }, phrases: ['the firm won a [[US$40 billion]] contract', 'a [[US $40 billion]] contract', 'a [[U.S. $40 billion]] contract'] },
  { expect: { value: { amount: 16.4e6, currency: 'CAD' } }, phrases: ['it cost [[C$16.4 million]]', 'it cost [[c $ 16.4 million]]'] },
  { expect: { value: { amount: 52.5e6, currency: 'AUD' } }, phrases: ['a [[A$52.5 million]] package', 'a [[AU$52.5 million]] package'] },
  { expect: { value: { amount: 10.05e9, currency: 'HKD' } }, phrases: ['exports fell to [[HK$10.05 billion]]', 'exports fell to [[hk $ 10.05 billion]] .'] },
  { expect: { value: { amount: 3e6, currency: 'NZD' } }, phrases: ['a [[NZ$3 million]] grant'] },
  { expect: { value: { amount: 10e6, currency: 'MXN' } }, phrases: ['sell [[Mex$ 10 million]] forward'] },
  { expect: { value: { amount: 2, currency: 'BRL' } }, phrases: ['a coffee for [[R$2]]'] },
  { expect: { value: { amount: 20.1e9, currency: 'GBP' } }, phrases: ['a deal worth [[GB£20.1 billion]]', 'a deal worth [[GB #20.1 billion]] (old wire)'] },
  { expect: { value: { amount: 24.375, currency: 'USD' } }, phrases: ['it closed at [[$ 24 3/8]] , up 1/2', 'it closed at [[$24-3/8]], up 1/2', 'it closed at [[$24 3/8]].'] },
  { expect: { value: { amount: 4500000, currency: 'GBP' } }, phrases: ['the club paid [[£4½m]] for him', 'a fee of [[£4½ million]] was agreed'] },
  { expect: { value: { amount: 41.25, currency: 'USD' } }, phrases: ['the offer was [[US$41-1/4]] in cash', 'it ended at [[$41 1/4]], up 3/8'] },
  { expect: { value: { amount: 23.375e6, currency: 'USD' } }, phrases: ['a [[$23-3/8 million]] note'] },
  { expect: { value: { amount: 0.125, currency: 'USD', per: 'share' } }, phrases: ['a dividend of [[12 1/2 cents a share]]'] },
  { expect: { value: { amount: 5e9, currency: 'USD' } }, phrases: ['The group raised [[$US5 billion]].'] },
  { expect: { value: { amount: 312e6, currency: 'GBP' } }, phrases: ['pretax profit climbed to [[# 312 million]] .', 'a bid worth [[#312 million]] for the brewer'] },
  { expect: { value: { amount: 6.85, currency: 'GBP' } }, phrases: ['the shares slipped to [[# 6.85]] in London'] },
  { expect: { value: { amount: 20e6, currency: 'AUD' } }, phrases: ['a [[$A20 million]] upgrade'] },
]);

describeCorpus('money', 'a place named before the dollar sign says which dollar', [
  { expect: { value: { amount: 3e6, currency: 'HKD' }, rule: 'money/symbol-prefix' }, phrases: ['It placed [[Hong Kong $ 3 million]] of notes.', 'It placed [[Hong Kong $3 million]] of notes.'] },
  { expect: { value: { amount: 7.5e6, currency: 'SGD' } }, phrases: ['The fund raised [[Singapore $7.5 million]].'] },
  { expect: { value: { amount: 1.2e9, currency: 'CAD' } }, phrases: ['a [[Canadian $1.2 billion]] takeover'] },
  { expect: { value: { amount: 40e6, currency: 'NZD' } }, phrases: ['the [[New Zealand $ 40 million]] contract'] },
]);

describeCorpus('money', 'a place spent in is no qualifier of the dollar', [
  { expect: { value: { amount: 5e6, currency: 'USD', currencyAssumed: true } }, phrases: ['The chain invested in Singapore [[$5 million]] last year.'] },
]);

describe('money: a place inside the amount is no place fact of its own', () => {
  it.each(['It placed Hong Kong $ 3 million of notes.', 'It paid U.S. $ 5 million for it.'])('%s', (text) => {
    const facts = extract(text, { referenceDate: REFERENCE_DATE, kinds: ['money', 'location'] }).facts;
    expect(facts.map((f) => f.kind)).toEqual(['money']);
  });
});
