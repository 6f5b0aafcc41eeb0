import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('person', 'a nationality noun before a name is no part of it', [
  {
    expect: { kind: 'person' },
    phrases: [
      'Fourth seed and [[Pieter Hoogland]] lost.',
      'Dutchman [[Pieter Hoogland]] lost in straight sets.',
      'unseeded Briton [[Tom Ashworth]] reached the final.',
      'Frenchman [[Luc Garnier]] won the stage.',
    ],
  },
]);

describeCorpus('organization', 'a party named by its members', [
  {
    expect: { rule: 'organization/party-members' },
    phrases: ['The [[Christian Democrats]] lost seats.', 'a coalition with the [[Free Democrats]] in Bonn', 'The [[Social Democrats]] said they would vote no.'],
  },
]);

describeNegatives('person', 'party members are not people', ['The [[Christian Democrats]] lost seats.', 'The [[Young Republicans]] met on Monday.']);
describeNegatives('person', "one party member named by a qualifier and \"Democrat\", before a post", ['[[Christian Democrat]] deputy Ute Lenz said no.', '[[Free Democrat]] leader Karl Moser spoke.']);
describeNegatives('organization', "the qualifier of one party member, which is no employer", ['He met opposition [[Social]] Democrat leader Jan Novak.']);
describeCorpus('location', "a party's members in a place name the place, not a team or a party", [
  { expect: { rule: 'location/members-place' }, phrases: ['[[Iowa]] Republicans braved the cold.', '[[Texas]] Democrats walked out of the chamber.'] },
]);
describeNegatives('organization', "a party's members in a place", ['[[Iowa Republicans]] braved the cold.']);

describeCorpus('person', "a relative's given name set off by commas after the kin noun", [
  { expect: { rule: 'person/kin-apposition' }, phrases: [
    'Survivors include his wife, [[Patty]], and two sons.',
    'She leaves a son, [[Mark]]; a daughter, [[June]]; and a sister.',
    'His widow, [[Grace]], thanked the nurses.',
  ] },
]);
describeNegatives('person', 'a firm or a place after the kin noun and a comma', [
  'Our partner, [[Deloitte]], declined to comment.',
  'His brother, [[Young]] and restless, left home.',
]);

describeNegatives('person', "a headline's plain noun for a person before an age", [
  '[[Woman]], 88, found safe after overnight search',
  '[[Pensioner]], 79, hurt in fall at bus stop',
  '[[Teenager]], 17, dies in crash on county road',
]);
describeCorpus('person', 'a surname before an age is still a person', [
  { expect: { kind: 'person' }, phrases: ['[[Hartley]], 61, said she would appeal.', 'Police named him as [[Ethan Walsh]], 17, of Danville.'] },
]);
