import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', 'organizations that news names often', [
  { expect: { kind: 'organization' }, phrases: [
    'Officials blamed [[Hezbollah]] for the attack.',
    'Talks between [[Hamas]] and [[Fatah]] stalled.',
    'A report by [[Human Rights Watch]] was released on Monday.',
    '[[Airbus]] delivered fewer jets this year.',
    'Shares in [[Apple]] rose after the launch.',
    'Reporters for [[Wikinews]] attended the opening.',
  ] },
  { expect: { value: 'al-Qaeda' }, phrases: ['The group pledged loyalty to [[al-Qaeda]] in 2014.'] },
]);

describeCorpus('person', 'an Arabic article inside a name', [
  { expect: { value: 'Bashar al-Assad' }, phrases: ['Troops loyal to [[Bashar al-Assad]] advanced.'] },
]);

describeNegatives('organization', 'the same words as ordinary words', ['She ate an apple and a pear.', 'The taliban-style rules were lowercase here.']);

describeCorpus('organization', 'firms named for their founders', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['Analysts at [[Merrill Lynch]] cut the rating.', '[[Morgan Stanley]] led the offering.'] },
]);

describeCorpus('organization', 'companies whose name is a possessive', [
  { expect: { rule: 'organization/possessive-name' }, phrases: ["[[Moody]]'s lowered the rating.", "The vase was sold at [[Sotheby]]'s on Monday."] },
  { expect: { kind: 'organization' }, phrases: ["[[Moody's Investors Service]] cut its outlook."] },
]);

describeNegatives('organization', "a person's possessive with the same name", ["[[Lloyd]]'s wife said he was ill."]);
