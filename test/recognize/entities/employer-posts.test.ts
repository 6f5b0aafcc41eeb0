import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', 'the name before a post at a club or a company', [
  {
    expect: { rule: 'organization/employer-post' },
    phrases: [
      '"It was a hard game," [[Bayern Munich]] coach Otto Kramer told reporters.',
      '[[Galatasaray]] striker Emre Demir scored twice.',
      '[[Norsk Hydro]] spokesman Lars Eide said output would fall.',
      'said [[Zurich Lions]] manager Hans Egli.',
    ],
  },
]);

describeCorpus('location', 'a national side before a post stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[Italy]] coach Marco Rossi named his squad.', '[[Brazil]] striker Paulo Lima was injured.'] },
]);

describeNegatives('organization', 'no employer where no holder follows the post, or a person holds it', [
  'The [[Bayern]] coach was sacked.',
  '[[Johnson]] coach trips are cheap.',
]);
