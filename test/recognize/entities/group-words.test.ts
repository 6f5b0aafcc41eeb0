import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', "a group's word in its own tongue names the group", [
  { expect: { rule: 'organization/group-word-abroad' }, phrases: [
    'Officials blamed [[Jabhat al-Nusra]] for the ambush.',
    'Members of [[Hizb ut-Tahrir]] marched in the old town.',
    'The opposition [[Pakatan Harapan]] won 82 seats.',
    'Leaders of [[Gerakan Aceh Merdeka]] signed the accord.',
    'Voters turned to [[Janatha Vimukthi Peramuna]] in the south.',
    'The ruling [[Chama Cha Mapinduzi]] named its candidate.',
    'A rally by [[Palang Pracharath]] drew thousands.',
    'Militias such as [[Kataib Hezbollah]] fired rockets.',
  ] },
]);

describeCorpus('organization', 'a group\'s word joined to the rest of its name by the izafe or an article', [
  { expect: { rule: 'organization/group-word-abroad' }, phrases: [
    'India blamed [[Lashkar-e-Taiba]] for the raid.',
    'The cleric once led [[Harkat-ul-Mujahideen]] in Kashmir.',
    'He had joined [[Pakistan Tehreek-e-Insaf]] in 2011.',
  ] },
]);

describeCorpus('person', 'a name joined by an assimilated article', [
  { expect: { kind: 'person' }, phrases: ['[[Zia ul-Haq]] seized power in 1977.'] },
]);

describeNegatives('organization', "a group's word that names a place, or stands alone", [
  'Crowds filled [[Tahrir Square]] by noon.',
  'Crowds filled [[Tahrir]] by noon.',
]);

describeCorpus('organization', '"Ansar" (supporters) before a word that is no name', [
  { expect: { rule: 'organization/group-word-abroad' }, phrases: ['[[Ansar al-Tawhid]] claimed the attack.', 'Fighters of [[Ansar Dine]] left the town.', '[[Ansar Beit al-Qudsi]] denied it.'] },
]);
describeCorpus('person', '"Ansar" as a given name', [
  { expect: { rule: 'person/given-name' }, phrases: ['[[Ansar Mahmood]] said he was fine.', 'Police questioned [[Ansar Ali]] on Monday.'] },
]);

describeCorpus('organization', "a drug cartel named for its state or town", [
  { expect: { rule: 'organization/head' }, phrases: [
    'Soldiers seized cash from the [[Gulf Cartel]] in Reynosa.',
    'Prosecutors say the [[Tijuana Cartel]] paid the officers.',
  ] },
]);
describeNegatives('location', "a cartel's state or town inside its name", ['Soldiers seized cash from the [[Gulf Cartel]] in Reynosa.']);

describeCorpus('organization', 'a plural Spanish article before names no list places opens a gang\'s, a band\'s or a side\'s name', [
  { expect: { rule: 'organization/plural-article' }, phrases: [
    'Police blamed [[Los Rojos]] for the killings.',
    'The government named 12 gangs, including [[Los Tiburones]], as terrorist groups.',
  ] },
]);
describeNegatives('organization', 'a town that a plural article opens stays a place', ['Flights to [[Las Vegas]] resumed.', 'Rain fell in [[Los Mochis]] overnight.', 'Tourists returned to [[Los Palmitos]] on Friday.']);
