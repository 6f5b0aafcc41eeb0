import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('location', 'metonymy stays a place', [
  { expect: { value: 'Washington' }, phrases: ['[[Washington]] said the sanctions would stay.'] },
  { expect: { value: 'Moscow' }, phrases: ['Officials in [[Moscow]] rejected the offer.'] },
]);

describeCorpus('organization', 'a firm the lexicon knows, whose name a small region or city also bears, after a preposition', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Chipmakers said demand from [[Meta]] remained strong.',
    'Parts suppliers to [[Toyota]] cut output.',
    'Orders from [[Hitachi]] rose in March.',
  ] },
]);

describeNegatives('location', 'a firm the lexicon knows is no place after "from"', ['Chipmakers said demand from [[Meta]] remained strong.']);
