import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'amounts below zero', [
  { expect: { value: { amount: -2500, currency: 'USD' }, rule: 'money/symbol-prefix' }, phrases: ['the account shows [[-$2,500]] after the withdrawal', 'the balance was [[minus $2,500]]', 'a balance of [[negative $2,500]]'] },
  { expect: { value: { amount: -2e6, currency: 'USD' } }, phrases: ['net cash flow of [[-$2 million]] in the quarter', 'net cash flow of ([[-$2 million]])'] },
  { expect: { value: { amount: -40, currency: 'EUR' } }, phrases: ['the fund stood at [[minus 40 euros]]'] },
  { expect: { value: { amount: -5, currency: 'USD', per: 'share' } }, phrases: ['earnings of [[minus $5 per share]]'] },
]);

describeCorpus('money', 'a hyphen that is no minus sign', [
  { expect: { value: { amount: 3, min: 3, max: 5, currency: 'USD' }, rule: 'money/range' }, phrases: ['tickets cost [[$3-$5]] each'] },
  { expect: { value: { amount: 5, currency: 'USD' } }, phrases: ['the COVID-[[$5]] surcharge'] },
]);

describeNegatives('money', 'a minus with no amount after it', ['It was minus 5 degrees.', 'The score was -5.']);
