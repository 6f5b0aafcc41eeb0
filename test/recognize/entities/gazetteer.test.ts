import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('location', 'gazetteer hits', [
  { expect: { value: 'United States' }, phrases: ['Exports to the [[U.S.]] slowed.', 'Exports to the [[United States]] slowed.', 'Exports to [[USA]] slowed.'] },
  { expect: { value: 'Kenya' }, phrases: ['Rains flooded parts of [[Kenya]] this week.'] },
  { expect: { value: 'Osaka' }, phrases: ['The plant near [[Osaka]] closed.'] },
  { expect: { value: 'South America' }, phrases: ['Sales grew across [[South America]].'] },
  { expect: { value: 'Ontario' }, phrases: ['Wildfires spread in northern [[Ontario]].'] },
]);

// The package's common name is "Türkiye"; its official "Republic of Turkey" gives the short name.
describeCorpus('location', 'a country by the short name its official name gives', [
  { expect: { value: 'Türkiye', rule: 'location/gazetteer' }, phrases: ['Exports to [[Turkey]] slowed.', 'The envoy left [[Turkey]] on Monday.'] },
  { expect: { value: 'Cape Verde' }, phrases: ['The ferry sailed for [[Cabo Verde]].'] },
]);

// "Korea" closes the official names of both Koreas, so it alone is neither country.
describeCorpus('location', 'a short name two countries share', [{ expect: { value: 'Korea' }, phrases: ['Talks on [[Korea]] resumed.'] }]);

describeCorpus('location', 'the plural of a name two states or countries share', [
  { expect: { kind: 'location' }, phrases: ['Storms soaked the [[Carolinas]] on Friday.', 'Ranchers in the [[Dakotas]] lost cattle.', 'Relations between the two [[Koreas]] thawed.'] },
]);

describeNegatives('location', 'no plural of a province pair or an adjective', ['The [[Kazakhstans]] of the future.', 'Two [[Pomeranians]] barked.']);

describeCorpus('location', 'a place its state or country qualifies', [
  { expect: { rule: 'location/qualified-place' }, phrases: ['The boy from [[Dunmore]], Texas, was released.', 'She moved to [[Kanata]], Ontario, in 2001.'] },
]);

describeCorpus('location', 'US states as AP style abbreviates them', [
  { expect: { value: 'California' }, phrases: ['The firm, based in Fresno, [[Calif.]], cut jobs.'] },
  { expect: { value: 'Massachusetts' }, phrases: ['Sen. Ruth Adler (D., [[Mass.]]) voted no.'] },
  { expect: { value: 'Mississippi' }, phrases: ['He grew up in Tupelo, [[Miss.]], and left at 18.'] },
  { expect: { value: 'New York' }, phrases: ['Officials in Utica, [[N.Y.]], declined to comment.'] },
]);

describeNegatives('location', 'party initials before a state', ['Sen. Ruth Adler ([[D.]], Mass.) voted no.']);

// Data sets spell a saint's town one way; wire datelines drop the dot ("ST PETERSBURG 1996-08-30").
describeCorpus('location', "a saint's town however its first word is spelled", [
  { expect: { value: 'St. Petersburg' }, phrases: ['[[ST PETERSBURG]] 1997-03-04\nShips sat idle.', 'The ferry reached [[St Petersburg]] at dawn.'] },
  { expect: { value: 'St. Louis' }, phrases: ['[[ST LOUIS]] 1997-03-04\nRiver levels rose.', 'Storms hit [[St Louis]] on Monday.'] },
  { expect: { value: 'Saint-Etienne' }, phrases: ['Fans gathered in [[St Etienne]] overnight.', 'Fans gathered in [[Saint Etienne]] overnight.'] },
]);

describeNegatives('location', "a state's dotted abbreviation spelled as an English word, with no place before it", [
  'More than 300 people attended the first [[Mass.]]',
]);
describeCorpus('location', "a state's dotted abbreviation after its city or a party", [
  { expect: { kind: 'location' }, phrases: ['He grew up in Boston, [[Mass.]], and moved west.', 'Sen. Edward Kennedy (D., [[Mass.]]) spoke first.', 'She was born in Salem, [[Ore.]] She left.'] },
]);

describeCorpus('location', 'a Turkish, Polish or Norwegian name written without its dotless i or stroked letter', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Troops searched villages in [[Sirnak]] province.', 'Snow closed roads near [[Sirnak]] on Monday.', '[[Sirnak]] governor Ahmet Kaya said.'] },
]);
describeCorpus('location', 'Kurdish, Afghan, Russian and Arabic cities as 1990s wire copy spelled them', [
  { expect: { rule: 'location/gazetteer' }, phrases: [
    'Tanks moved towards [[Arbil]] on Sunday.',
    'Refugees fled to [[Sulaimaniya]] overnight.',
    'Fighting broke out near [[Mazar-i-Sharif]].',
    'Tankers loaded crude at [[Novorossiisk]].',
    'The blast at [[Khobar]] killed 19 airmen.',
    'Rebels advanced on [[Damazin]].',
    'Refugees returned to [[Eastern Slavonia]] in the spring.',
  ] },
]);
