import { describeCorpus } from '../../helpers/corpus';

describeCorpus('location', 'metonymy stays a place', [
  { expect: { value: 'Washington' }, phrases: ['[[Washington]] said the sanctions would stay.'] },
  { expect: { value: 'Moscow' }, phrases: ['Officials in [[Moscow]] rejected the offer.'] },
]);
