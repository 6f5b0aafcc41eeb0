import { describeCorpus } from '../../helpers/corpus';

describeCorpus('person', 'titles are not part of the name', [
  { expect: { value: 'Maria Lindqvist' }, phrases: [
    'The talks were chaired by Secretary General [[Maria Lindqvist]] on Tuesday.',
    'Foreign Minister [[Maria Lindqvist]] arrived late.',
    'Alliance chief Dr. [[Maria Lindqvist]] spoke first.',
    'Police spokeswoman [[Maria Lindqvist]] declined to comment.',
  ] },
  { expect: { value: 'Tomas Berger' }, phrases: [
    'Mr. [[Tomas Berger]] resigned.',
    'The bank hired analyst [[Tomas Berger]] last year.',
    'President [[Tomas Berger]] vetoed the bill.',
  ] },
]);
