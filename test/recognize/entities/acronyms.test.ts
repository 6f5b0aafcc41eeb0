import { describeCorpus } from '../../helpers/corpus';

describeCorpus('organization', 'acronyms', [
  { expect: { kind: 'organization' }, phrases: [
    'Officials from [[OPEC]] met in the morning.',
    'The [[IAEA]] sent inspectors.',
    'A report by the [[U.N.]] said otherwise.',
  ] },
]);
