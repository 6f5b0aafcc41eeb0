/**
 * Nouns for a person of a nation that the demonyms of the country data do not give, lower-cased
 * ("Dutchman Richard Krajicek", "Briton Tim Henman"). Like a demonym, one before a name
 * qualifies it and is no part of it. "Finn" is left out: it is a given name too.
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'dutchman', 'dutchmen', 'dutchwoman', 'frenchman', 'frenchmen', 'frenchwoman', 'scotsman', 'scotsmen',
  'scotswoman', 'welshman', 'welshmen', 'welshwoman', 'englishwoman', 'irishwoman', 'briton', 'britons', 'brit',
  'brits', 'pole', 'poles', 'turk', 'turks', 'scot', 'scots', 'serb', 'serbs', 'kiwi', 'kiwis', 'swede', 'swedes',
  'dane', 'danes', 'spaniard', 'spaniards', 'argentine', 'argentines', 'filipina', 'kuwaiti', 'yemeni', 'omani',
  'qatari', 'saudi', 'saudis', 'emirati', 'muscovite', 'muscovites', 'londoner', 'londoners', 'parisian', 'parisians',
  'berliner', 'berliners', 'new yorker', 'new yorkers', 'texan', 'texans', 'californian', 'californians',
]);

/**
 * Plurals for a party's members that, after a qualifier, name the party ("Christian Democrats",
 * "Social Democrats", "Free Democrats"): never a person's surname.
 */
export const PARTY_MEMBER_PLURALS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'socialists', 'communists', 'conservatives', 'liberals', 'nationalists', 'greens',
  'unionists', 'separatists', 'loyalists', 'royalists', 'monarchists', 'federalists', 'radicals',
  'progressives', 'reformists', 'islamists', 'maoists', 'marxists', 'leninists', 'populists', 'centrists',
  'peronists', 'gaullists', 'sandinistas', 'zapatistas', 'tories', 'whigs',
]);

/**
 * Ordinary nouns for a person that a local report capitalizes at a headline's start and follows
 * with an age ("Woman, 88, found safe", "Pensioner, 79, hurt"): never a name alone. Words that are
 * also surnames ("Farmer", "Driver", "Walker") are left out.
 */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'pensioner', 'toddler', 'child', 'baby', 'mother', 'father',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'motorist', 'pedestrian', 'cyclist', 'resident',
  'student', 'schoolboy', 'schoolgirl', 'widow', 'widower', 'suspect', 'victim', 'passenger', 'hiker', 'jogger',
  'motorcyclist', 'homeowner', 'landlord', 'tenant', 'teacher',
]);
