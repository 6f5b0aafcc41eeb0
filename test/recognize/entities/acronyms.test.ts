import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', 'acronyms', [
  { expect: { kind: 'organization' }, phrases: [
    'Officials from [[OPEC]] met in the morning.',
    'The [[IAEA]] sent inspectors.',
    'A report by the [[U.N.]] said otherwise.',
  ] },
]);

describeCorpus('organization', 'institutions named by one word', [
  { expect: { rule: 'organization/institution' }, phrases: ['The bill now goes to the [[Senate]].', 'A spokesman for the [[Pentagon]] declined to comment.'] },
]);

describeCorpus('organization', 'acronyms that spell a unit of time', [
  { expect: { kind: 'organization' }, phrases: ['The [[SEC]] opened an inquiry.'] },
]);

describeNegatives('organization', 'acronyms of measures, conditions and things', ['Pupils sat an [[IQ]] test.', 'Many [[NGOs]] left the region.', 'Two [[IEDs]] were found.', 'He was treated for [[PTSD]].']);
