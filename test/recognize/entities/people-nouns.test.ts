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
