import { describeCorpus } from '../../helpers/corpus';

describeCorpus('organization', 'company suffixes and institutional heads', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Shares of [[Quorvane Holdings]] fell sharply.',
    'She joined [[Baltic Ferrous Steel]] in March.',
    'The deal values [[Tellmark Inc.]] at nearly twice its sales.',
    'Passengers of [[Skyvale Airlines]] were stranded.',
  ] },
  { expect: { kind: 'organization' }, phrases: [
    'A statement from the [[Ministry of Fisheries]] was expected.',
    'The [[Supreme Court]] ruled against the plan.',
    'He studied at the [[University of Tartu]] for years.',
    'Members of the [[Green Valley Farmers Association]] protested.',
  ] },
]);

describeCorpus('organization', 'a party whose words are also titles', [
  { expect: { kind: 'organization' }, phrases: ['Officials said the [[Labour Party]] would respond.', 'Voters deserted the [[Conservative Party]] in May.'] },
]);
