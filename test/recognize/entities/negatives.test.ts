import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, 'days, months, events, nationalities and sentence openers', [
    '[[Thirty-year]] Treasury bond yields fell.',
    'Talks resume on [[Monday]].',
    'Prices rose in [[May]].',
    'Profit fell in [[July-September]].',
    'Shops open [[Monday-Friday]] in winter.',
    'They signed the [[Clean Rivers Pledge]] in 2019.',
    'Fans watched the [[World Cup]] final.',
    'Many [[Europeans]] travel in summer.',
    '[[Attendees]] pose for a photo.',
    '[[While]] prices rose, wages fell.',
    'The [[Anglo-Dutch]] company said sales rose.',
    'The [[Sino-American]] group will meet again.',
    '[[Franco-German]] relations have cooled.',
    'Talks on the [[British-Irish]] agreement resume.',
  ]);
}

for (const kind of ['organization', 'location'] as const) {
  describeNegatives(kind, 'the zone of a time of day', [
    'The quake struck at 5:04 p.m. [[PDT]] on Monday.',
    'Trading resumes at 8 a.m. [[EST]] tomorrow.',
    'Polls close at 8 p.m. [[EST.]]',
    'The strike began at 6 a.m. [[EDT]] Monday.',
    'The polls close at 21:00 ([[CET]]).',
  ]);
}

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, 'an oil benchmark in an oil report', [
    '[[Brent]] crude rose 2% in Asian trade.',
    'By midday [[Brent]] was down $1.50 at $107 a barrel.',
    'U.S. [[WTI]] futures slipped 40 cents.',
  ]);
}

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, "a government's bonds by their market name", [
    'Pension funds bought [[Treasuries]] after the jobs report.',
    'Banks bought Treasuries. Yields on [[Treasuries]] rose for a third day.',
    'Investors sold [[Bunds]] and bought [[JGBs]].',
  ]);
}

describeCorpus('organization', "the issuer of those bonds stays a body", [{ expect: { kind: 'organization' }, phrases: ['The [[Treasury]] sold $40 billion of notes.'] }]);

describeCorpus('person', 'a man named Brent where no oil is reported', [{ expect: { kind: 'person' }, phrases: ['[[Brent Harlow]] said the crude jokes had to stop.', '"We were tired," [[Brent]] said.'] }]);

for (const kind of ['organization', 'location'] as const) {
  describeNegatives(kind, "a pool of a competition's sides", [
    'In the opening match of [[Group D]], Chile faced Ghana.',
    '[[Pool B]] — Fiji 24 – 17 Tonga',
    'Norway top [[Group F]] after two games.',
    'Norway top group [[F]] after two games.',
    'The pool [[C]] leaders lost.',
  ]);
}

describeNegatives('location', 'a place inside a title in quotation marks', [
  'Her single "Dancing in [[Lisbon]] Tonight" topped the charts.',
  'The crates were stamped \u201CMade in [[Portugal]]\u201D in red ink.',
]);
describeCorpus('location', 'a place quoted whole, or quoted in speech', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['"[[Portugal]] will recover," the minister said.', 'Fans chanted "[[Portugal]]" for an hour.'] },
]);
describeCorpus('organization', 'a body quoted whole', [{ expect: {}, phrases: ['Fighters loyal to "[[Islamic State]]" fled the town.'] }]);
describeNegatives('location', 'a place an illness is named after', ['Two cases of [[West Nile]] virus were confirmed.', '[[Rift Valley]] fever spread among herders.', 'The [[Hong Kong]] flu of 1968 killed a million people.']);
describeCorpus('location', 'a place beside an illness named after another', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Two cases of West Nile virus were confirmed in [[Miami]].'] },
]);
describeNegatives('location', 'a country qualifying a currency', ['It cost [[US]]$40 billion.', 'a fee of 380 billion [[U.S.]] dollars']);
describeCorpus('location', "a country owning its currency stays a place", [
  { expect: { value: 'Chile' }, phrases: ["[[Chile]]'s peso weakened against the dollar."] },
  { expect: { value: 'Mexico' }, phrases: ["Traders sold [[Mexico]]'s pesos."] },
]);

describeNegatives('organization', 'a service word that names a colour', ['[[Navy]] blue suits are back.', '[[Army]] green tents lined the field.']);

describeNegatives('person', 'a one-word label before a colon', ['[[Image]]: a crowd outside the court.', '[[Source]]: the ministry.']);
describeNegatives('location', 'a one-word label before a colon is no place', ['[[Source]]: the ministry.', '[[Update]]: the road reopened.']);

describeCorpus('location', 'a country whose name is a word, opening a headline before a colon', [
  { expect: { value: 'Japan' }, phrases: ['[[Japan]]: fishermen return to sea\nBoats left the port on Saturday.'] },
  { expect: { value: 'Türkiye' }, phrases: ['[[Turkey]]: quake survivors rehoused'] },
]);

describeNegatives('person', 'name-shaped runs that are no people', [
  'Delegates met at the [[Velvoria West]] hall.',
  'Tanks were built by [[Harlech Martin]] for decades.',
  'She is a [[Nobel Prize-winner]] twice over.',
  'Fans of the [[Velvet Underground]] queued all night.',
]);

describeNegatives('person', 'an institution after a title word is no holder', [
  'Fans of [[Major League Baseball]] cheered.',
  'Tickets for [[Major League Soccer]] games sold out.',
]);

describeNegatives('location', "a people's adjective that a data set uses as a region's name", ['[[Chechen]] fighters left the village.', 'Most [[Chuvash]] villages lie on the Volga.'.replace(' on the Volga', '')]);

describeNegatives('person', "a storm's given name, where it is named and where it recurs", [
  '[[Hurricane Marisol]] reached the coast at dawn.',
  'The remnants of [[Tropical Storm Gretchen]] drenched the valley.',
  'Crops were lost when [[Typhoon Ferdie]] passed.',
  'Hurricane Marisol reached the coast. By noon [[Marisol]] had weakened.',
  'The storm, named [[Gretchen]] by forecasters, hit the coast.',
  '[[Gretchen]] made landfall near the border on Thursday.',
]);

describeNegatives('organization', "a product's share of its market", ["[[Skybrowse Navigator]]'s market share is slipping.", 'Users say [[Skybrowse Navigator]] is slow.']);

for (const kind of ['person', 'location'] as const) {
  describeNegatives(kind, 'peoples and faiths that no country names', [
    'Fighting spread to Kirkuk and Mosul, [[Kurdish]] sources said.',
    'Talks in Arusha, Kigali and [[Hutu]] camps stalled.',
    '[[Shiite]] clerics met in Najaf.',
    '[[Basque]] separatists claimed the attack.',
    'Croats, Moslems and [[Serbs]] signed the deal.',
  ]);
}

describeNegatives('person', "a wire service's office that signs a story", [
  'Prices fell on Friday.\n\n-- Sydney Newsroom 61-2 9373-1800',
  'Prices fell on Friday.\n\n-- Sofia Newsroom , 359-2-84561',
]);

describeNegatives('person', "a work's title after the noun of its kind", ['He starred in the film [[Jerry Maguire]] in 1996.', 'She sang the song [[Billie Jean]] twice.', 'Her novel [[Angel Catbird]] sold well.']);
describeNegatives('person', "a work's title quoted after its kind, its maker's possessive, or before what only a work does", [
  'She starred in the musical "[[Evita]]" in London.',
  'The company revived Puccini\'s "[[Tosca]]" last winter.',
  'Last week "[[Annie]]" grossed $1.2 million.',
]);
describeNegatives('location', "a work's title quoted after its maker's possessive", ['Critics loved Dvorak\'s "[[Rusalka]]" this year.', '"[[Hamilton]]" grossed $2 million at the box office.']);
describeCorpus('location', 'a place quoted whole with no cue of a work', [
  { expect: { kind: 'location' }, phrases: ['Protesters chanted "[[Russia]]" outside the embassy.'] },
]);
describeNegatives('person', "a work's title before the year it came out, in brackets", ['She was cast in [[Brewster Holloway]] (1970) at 21.', 'He wrote [[Martin Dune]] (1987) in prison.']);
describeCorpus('person', 'a person before the years of a life, in brackets', [{ expect: { kind: 'person' }, phrases: ['[[Jane Austen]] (1775-1817) wrote six novels.'] }]);
describeCorpus('location', 'a known town before a year in brackets', [{ expect: { kind: 'location' }, phrases: ['The firm was founded in [[Leeds]] (1902).'] }]);

describeNegatives('person', 'a run with a day in it, listed beside a person', ['During Budget [[Questions Wednesday]], Merkel defended the plan.']);

describeNegatives('location', 'a place that closes an event named by a head and "of" or "de"', [
  'He won the eighth stage of the Tour of [[Spain]] on Sunday.',
  'The Tour de [[France]] finished in Paris.',
  'Pilots who flew in the Battle of [[Britain]] met again.',
  'CYCLING - ROMINGER LEADS TOUR OF [[SPAIN]] .\nThe stage ended late .',
]);

for (const kind of ['organization', 'location'] as const) {
  describeNegatives(kind, 'a place that opens the name of a sporting event', [
    'She won the [[Qatar Masters]] by two shots.',
    'He finished third in the [[Sahara Desert Classic]].',
    'The [[Acropolis Rally]] starts on Sunday.',
    'His colt won the [[Irish Derby]] easily.',
  ]);
}

describeCorpus('person', "an event's head that is also a surname, after a given name", [
  { expect: { rule: 'person/given-name' }, phrases: ['Police said [[Tom Masters]] left.', 'Officials said [[John Derby]] resigned.'] },
]);

describeNegatives('location', 'a work titled with a capital article inside a sentence', ['She wrote The Dead Zone in a year.', 'He starred in The Lonely Island last spring.']);

describeNegatives('organization', 'a credit rating', ['The agency affirmed its [[AAA]] rating.', 'Its debt was cut to [[BBB]] on Friday.']);
describeNegatives('organization', 'a credit grade with its notch sign', ['Fitch cut the bonds to [[AA]]+ from AAA.', 'The loan is rated [[BB]]- by S&P.', 'The AA said breakdowns rose, and its bonds are [[AA]]- rated.']);
describeCorpus('organization', 'a body whose acronym is also a grade, without a notch sign', [
  { expect: { rule: 'organization/acronym' }, phrases: ['The [[AA]] said breakdowns rose on Monday.'] },
]);

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, 'a bracket written as the treebank names it', [
    'It paid 1.8 billion yen -[[LRB]]- $ 12.5 million -RRB- for the stake .',
    'It paid 1.8 billion yen -LRB- $ 12.5 million -[[RRB]]- for the stake .',
  ]);
}

describeNegatives('person', "a branch's name before a place of two words", [
  'Crowds filled the Guggenheim [[Abu Dhabi]] on its first day.',
  'She teaches at Sorbonne [[Abu Dhabi]] now.',
  'He studied at Marvenne [[Abu Dhabi]] for a year.',
  'She lectured at Sorbonne [[Los Angeles]] once.',
]);

describeNegatives('organization', "capitals after a product line written lower-case first name its model", [
  'The update drops support for the iPhone [[XR]], released in 2018.',
  'Reviewers liked the eQuill [[SE]] more than its rivals.',
]);

describeCorpus('location', 'a place after such a product line stays a place', [
  { expect: { kind: 'location' }, phrases: ['iPhone [[UK]] sales fell 4% in May.'] },
]);

describeCorpus('organization', 'a body after such a product line stays a body', [
  { expect: { kind: 'organization' }, phrases: ['iPhone [[EU]] sales fell 4% in May.'] },
]);

describeNegatives('person', 'a make and model before a noun of a vehicle', [
  'The recall covers some [[Marlow Aviator]] SUVs built in 2024.',
  'Dealers will fix 2023 [[Ford Ranger]] pickups for free.',
  'Police seized two [[Hale Tarnwick]] motorcycles.',
]);

describeCorpus('organization', 'the maker the lists know, before its model and a noun of a vehicle', [
  { expect: { rule: 'organization/prefix' }, phrases: ['Dealers will fix 2023 [[Ford]] Ranger pickups for free.', 'The recall covers some [[Ford]] Bronco Sport SUVs.'] },
  { expect: { rule: 'organization/lexicon' }, phrases: ['Ryanair ordered 150 [[Boeing]] 737 MAX jets.', '[[Jaguar Land Rover]] cars were stuck at the port.'] },
]);

describeCorpus('person', 'a person whose name stands before no vehicle', [
  { expect: {}, phrases: ['[[Tom Ranger]] sold cars for a living.', 'Cars made by [[Tom Hale]] sold well.'] },
]);

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, "a product's release named with its version number", [
    'The lab released [[Claude Opus]] 4.1 on Thursday.',
    'Rivals answered with [[Gemini]] 2.5 Pro and GPT-5.',
    'Servers still run [[Ubuntu]] 24.04 in the lab.',
  ]);
}

describeCorpus('person', 'a name before a figure that counts a unit is no release', [
  { expect: { rule: 'person/given-name' }, phrases: ['[[Marcus Hale]] 28.5 points a game led the league.'] },
]);

for (const kind of ['organization', 'location'] as const) {
  describeNegatives(kind, 'a competition a shield or a trophy closes, in mixed case and in capitals', [
    'Queensland have never won the [[Sheffield Shield]] in Hobart.',
    'Everton won the [[Charity Shield]] at Wembley.',
    'CRICKET - [[SHEFFIELD SHIELD]] SCORES',
    'CRICKET - BOMBAY WIN [[RANJI TROPHY]]',
  ]);
}

describeCorpus('location', 'a place before a shield that is no competition', [
  { expect: { value: 'Sheffield' }, phrases: ['Police in [[Sheffield]] carried a riot shield.'] },
]);
describeNegatives('person', 'a feast named in two words', ['Muslims will celebrate [[Eid al-Fitr]] in April.', 'Schools close for [[Yom Kippur]].', 'Shops closed for [[Rosh Hashanah]].']);

describeCorpus('organization', 'the league before a round of its competition or its draft, not the round', [
  { expect: { rule: 'organization/prefix' }, phrases: ['The [[NBA]] Finals start on June 6.', 'He was picked first in the [[NFL]] Draft.', 'The [[NHL]] Playoffs began on Saturday.'] },
]);

describeNegatives('organization', 'a round of a competition is no body', ['Fans flew in for the [[Finals]] in June.', 'Liverpool reached the FA [[Cup Final]].']);

describeNegatives('person', 'two words after a lower-case "the", closed by a common word no surname list holds, before no noun', [
  'Demand for the [[Yaris Cross]] had outrun supply.',
  'Dealers sold out of the [[Ruby Dawn]] in May.',
]);

describeCorpus('person', 'a name after "the" before the noun it qualifies, or closed by a surname, stays a person', [
  { expect: { kind: 'person' }, phrases: ['He sued over the [[Tom Cruise]] video.', 'He is the [[Tony Blair]] of his generation.'] },
]);

describeNegatives('person', "a numeral after an event's head numbers the event", ['Her father fought in [[World War II]] as a pilot.', 'The [[Gulf War II]] veterans met.']);
describeCorpus('person', 'a numeral after a surname is a generation', [
  { expect: { rule: 'person/generational' }, phrases: ['[[Henry Ford II]] ran the firm for decades.'] },
]);

const NUMBERED_EVENTS = ['He served in [[World War II]] as a medic.', 'The teams met in [[Super Bowl LIX]] on Sunday.', 'Fans stayed home during [[Super Bowl XLI]].'];
for (const kind of ['location', 'organization', 'person'] as const) describeNegatives(kind, 'an event numbered by a roman numeral after its head', NUMBERED_EVENTS);

describeNegatives('location', 'a region\'s word that names a time zone', [
  'The call starts at 5 p.m. [[Eastern]] time.',
  'Trading ends at 4 p.m. [[Pacific]] Time on Friday.',
  'Clocks go back to [[Pacific Standard Time]] on Sunday.',
]);
describeCorpus('location', 'the ocean named by the same word', [{ expect: { value: 'Pacific' }, phrases: ['Fishing in the [[Pacific]] is banned.'] }]);

describe('a ship named after a navy\'s or a register\'s prefix is no entity', () => {
  it.each([
    ['a carrier named for a royal title and a place', 'HMS Prince of Wales sailed from Portsmouth on Monday.', ['Portsmouth']],
    ['a frigate named for a town', 'The frigate HMS Tarnwick fired a warning shot.', []],
    ['a carrier named for a president', 'The USS Harlan J. Voss arrived in the gulf.', []],
    ['a cargo ship', 'The cargo ship MV Kestrel Star sank off Aden.', ['Aden']],
  ])('%s', (_name, text, places) => {
    const facts = (['person', 'organization', 'location'] as const).flatMap((kind) => factsOf(kind, text));
    expect(facts.map((f) => f.text)).toEqual(places);
  });
});

describeNegatives('organization', 'a kind of listed landlord named by its initials', ['Shares in the office [[REIT]] fell 3 percent.', 'Investors sold [[REITs]] after the rate rise.']);
for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, "Russia's treasury bills and bonds, and bonds named for a plan's author", [
    'Foreign funds bought [[GKOs]] at the weekly auction.',
    'Yields on three-month [[GKO]] bills fell to 40 percent.',
    'Banks sold [[OFZ]] paper after the auction.',
    'Venezuelan [[Brady]] bonds eased in thin trade.',
  ]);
}
describeCorpus('person', "the plan's author alone stays a man", [{ expect: { kind: 'person' }, phrases: ['"The plan will work," [[Brady]] said.'] }]);

for (const kind of ['person', 'organization', 'location'] as const) {
  describeNegatives(kind, 'peoples that 1990s wire copy names before officials, rebels and activists', [
    '[[Azeri]] officials said the swap went well.',
    '[[Ogoni]] activists marched on the oil terminal.',
    '[[Baluchi]] tribesmen blocked the highway.',
  ]);
}
describeCorpus('location', 'a country after "storm" used as a verb, which names no storm', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Police storm [[Peru]] embassy in La Paz', 'Police storm Peru embassy\nLA PAZ (AP) — Police entered the [[Peru]] embassy on Friday.'] },
]);
