import { describeCorpus } from '../../helpers/corpus';

// OntoNotes keeps the unit of a rate inside the MONEY span: "18 cents a share".
describeCorpus('money', 'rates', [
  { expect: { value: { amount: 4, currency: 'USD', per: 'share' } }, phrases: ['The offer is [[$4 a share]].', 'The offer is [[$4 per share]].', 'a [[$4-a-share]] offer', 'a [[$ 4 - a - share]] offer'] },
  { expect: { value: { amount: 80, currency: 'USD', per: 'barrel' } }, phrases: ['oil at [[$80 per barrel]]', 'oil at [[$80 a barrel]]', 'oil at [[$80/barrel]]'] },
  { expect: { value: { amount: 15, currency: 'USD', per: 'hour' } }, phrases: ['a wage of [[$15 an hour]]'] },
  { expect: { value: { amount: 0.15, per: 'share' } }, phrases: ['earnings of [[fifteen cents per share]]'] },
  { expect: { value: { amount: 4.7, currency: 'GBP', per: 'share' } }, phrases: ['a bid of [[470 pence a share]]', 'a bid of [[470p a share]]'] },
]);

describeCorpus('money', 'a rate before "from" stays a rate, whose start "from" gives', [
  { expect: { value: { amount: 900, currency: 'USD', per: 'month' } }, phrases: ['Tenants will pay [[$900 a month]] from March.'] },
  { expect: { value: { amount: 5e6, currency: 'USD', per: 'year' } }, phrases: ['The site makes [[$5 million a year]] from advertising.'] },
]);

describeCorpus('money', 'a per-share amount before "from" stays a rate', [
  { expect: { value: { amount: 0.34, currency: 'USD', per: 'share' } }, phrases: ['Earnings slid to [[34 cents a share]] from 41 cents.'] },
]);

describeCorpus('money', 'not rates: "a year" that dates the amount', [
  { expect: { value: { amount: 5e6, currency: 'USD' } }, phrases: ['up from [[$5 million]] a year earlier', 'up from [[$5 million]] a year ago', 'to reach [[$5 million]] a year from now'] },
]);
