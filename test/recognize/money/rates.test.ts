import { describeCorpus } from '../../helpers/corpus';

describeCorpus('money', 'rates', [
  { expect: { value: { amount: 4, currency: 'USD', per: 'share' } }, phrases: ['The offer is [[$4]] a share.', 'The offer is [[$4]] per share.', 'a [[$4]]-a-share offer', 'a [[$ 4]] - a - share offer'] },
  { expect: { value: { amount: 80, currency: 'USD', per: 'barrel' } }, phrases: ['oil at [[$80]] per barrel', 'oil at [[$80]] a barrel', 'oil at [[$80]]/barrel'] },
  { expect: { value: { amount: 15, currency: 'USD', per: 'hour' } }, phrases: ['a wage of [[$15]] an hour'] },
  { expect: { value: { amount: 0.15, per: 'share' } }, phrases: ['earnings of [[fifteen cents]] per share'] },
]);
