import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('location', 'provinces, regions and counties (CLDR subdivisions)', [
  { expect: { value: 'Bavaria', rule: 'location/gazetteer' }, phrases: ['Hail damaged vineyards across [[Bavaria]] on Sunday.'] },
  { expect: { value: 'Catalonia' }, phrases: ['Voters in [[Catalonia]] went to the polls.'] },
  { expect: { value: 'Sumatra' }, phrases: ['The ferry sank off [[Sumatra]] overnight.'] },
  { expect: { value: 'Lombardy' }, phrases: ['Factories in [[Lombardy]] reopened.'] },
]);

describeCorpus('location', 'a country called by its first land', [
  { expect: { value: 'Bosnia and Herzegovina' }, phrases: ['Peacekeepers left [[Bosnia]] in March.'] },
  { expect: { value: 'Trinidad and Tobago' }, phrases: ['The storm skirted [[Trinidad]] on Tuesday.'] },
]);

describeCorpus('location', 'older names and short forms', [
  { expect: { value: 'Mumbai' }, phrases: ['Shares fell in [[Bombay]] on Tuesday.'] },
  { expect: { value: 'Incheon' }, phrases: ['Marines landed at [[Inchon]] in September 1950.'] },
  { expect: { value: 'Busan' }, phrases: ['The army fell back on [[Pusan]] that summer.'] },
  { expect: { value: 'Kyiv' }, phrases: ['The delegation flew to [[Kiev]] for talks.'] },
  { expect: { value: 'Los Angeles' }, phrases: ['She opened a studio in [[L.A.]] last year.'] },
  { expect: { value: 'New South Wales' }, phrases: ['Bushfires burned in northern [[NSW]] overnight.'] },
  { expect: { value: 'Persia' }, phrases: ['The carpets came from [[Persia]] a century ago.'] },
]);

describeCorpus('location', 'rivers, ranges and seas named bare', [
  { expect: { value: 'Danube' }, phrases: ['Barges were stranded on the [[Danube]] as water levels fell.'] },
  { expect: { value: 'Alps' }, phrases: ['Heavy snow closed passes in the [[Alps]].'] },
  { expect: { value: 'Adriatic' }, phrases: ['The yacht crossed the [[Adriatic]] in two days.'] },
  { expect: { value: 'Vltava', rule: 'location/gazetteer' }, phrases: ['The [[Vltava]] crested on Friday afternoon.'] },
  { expect: { value: 'Yamuna', rule: 'location/gazetteer' }, phrases: ['The [[Yamuna]] rose above the danger mark.'] },
  { expect: { value: 'Maui', rule: 'location/gazetteer' }, phrases: ['Tourists fled wildfires on [[Maui]] by ferry.'] },
  { expect: { value: 'Sundarbans', rule: 'location/gazetteer' }, phrases: ['The cyclone flattened mud homes in the [[Sundarbans]].'] },
]);
describeNegatives('location', 'rivers whose names are mostly words or people stay out of the list', ['The [[Don]] said he would stay.', 'Prices rose at the [[Main]] branch.']);

describeCorpus('location', 'islands of the Pacific war named bare, whose words read apart as two towns', [
  { expect: { value: 'Iwo Jima', rule: 'location/gazetteer' }, phrases: ['Six men raised the flag on [[Iwo Jima]] in 1945.'] },
  { expect: { value: 'Corregidor', rule: 'location/gazetteer' }, phrases: ['The fall of [[Corregidor]] came in May.'] },
]);

describeCorpus('location', 'Mediterranean and Atlantic islands named bare', [
  { expect: { value: 'Majorca', rule: 'location/gazetteer' }, phrases: ['She trains in Manacor on [[Majorca]] each winter.'] },
  { expect: { value: 'Lampedusa', rule: 'location/gazetteer' }, phrases: ['Two boats reached [[Lampedusa]] overnight.'] },
  { expect: { value: 'Gran Canaria', rule: 'location/gazetteer' }, phrases: ['[[Gran Canaria]] hosts the camp again.'] },
]);

describeCorpus('location', 'a place word that opens the name', [
  { expect: { rule: 'location/leading-head' }, phrases: [
    'Oil slicks spread across the [[Gulf of Mexico]] after the blast.',
    'Tankers queued at the [[Strait of Hormuz]] on Monday.',
    'Fishermen on [[Lake Malawi]] reported a poor catch.',
    'Climbers turned back below the summit of [[Mount Kenya]].',
    'A cyclone formed in the [[Bay of Bengal]] overnight.',
    'The ferry to the [[Isle of Skye]] was cancelled.',
  ] },
  { expect: { rule: 'location/leading-head' }, phrases: [
    '[[Mount Hood]] is far from the coast.',
    '[[Camp Lejeune]] was closed to visitors.',
    '[[Cape Horn]] claimed another yacht.',
  ] },
  { expect: { rule: 'location/leading-head' }, phrases: [
    'Crowds queued outside the [[Tower of Bristol]] all day.',
    'Lawmakers left the [[Palace of Westminster]] at dusk.',
    'Pilgrims gathered at the [[Dome of the Rock]] on Friday.',
  ] },
  { expect: { rule: 'location/leading-head' }, phrases: [
    'The stage ends on [[Mont Varnel]] after 180 kilometres.',
    'Riders crossed [[Mont Aiguillon]] in thick fog.',
    'Their next match is at the [[Estádio Quorvela]] on Sunday.',
  ] },
]);

describeNegatives('location', 'a given name that opens with the letters of a peak word', ['[[Montel Varnick]] scored twice for the visitors.']);

describeCorpus('location', 'a compass word before a place', [
  { expect: { rule: 'location/place-part' }, phrases: [
    'Wildfires raged across [[Southern California]] this week.',
    'Settlers moved into [[East Jerusalem]] last year.',
    'House prices in [[Greater London]] fell again.',
    'Typhoons often reach the [[South Pacific]] in March.',
  ] },
]);

describeCorpus('location', 'natural features and divisions by their last word', [
  { expect: { rule: 'location/place-head' }, phrases: [
    'Floods swamped rice farms in the [[Mekong Delta]].',
    'Drilling began in the [[Tarim Basin]] last spring.',
    'A storm hit the [[Florida Panhandle]] late on Monday.',
    'Firefighters were sent to [[Moscow Oblast]] on Friday.',
    'Trucks crossed the [[Demilitarized Zone]] at dawn.',
  ] },
]);

describeCorpus('location', 'ice, wet land, sea floor and the words for river and lake of Central Asia and the Himalaya', [
  { expect: { rule: 'location/place-head' }, phrases: [
    'A crack opened across the [[Ross Ice Shelf]] in March.',
    'Flights to [[Funafuti Atoll]] were cancelled.',
    'Fires spread through the [[Okefenokee Swamp]] overnight.',
    'Walkers were rescued on [[Bodmin Moor]] after dark.',
    'Wells have drawn down the [[Ogallala Aquifer]] for decades.',
    'Irrigation canals drain the [[Amu Darya]] before it reaches the sea.',
    'Engineers lowered the level of [[Imja Tsho]] by three metres.',
    'Herders graze yaks beside [[Uvs Nuur]] in summer.',
  ] },
]);

describeCorpus('location', 'a small bay and a bank in the sea, where landings and stand-offs happen', [
  { expect: { rule: 'location/place-head' }, phrases: [
    'Boats came ashore at [[Anzac Cove]] before dawn.',
    'Coast guard ships blocked supplies to [[Second Thomas Shoal]] on Monday.',
    'Fishing fleets gathered off [[Scarborough Shoal]] again.',
  ] },
]);

describeNegatives('person', 'a given name before a cove or a shoal names the place', ['Ships were sighted near [[Thomas Shoal]] at noon.', 'They swam at [[Lulworth Cove]] on Sunday.']);

describeNegatives('location', "a given name before a river's or a moor's word in other lands is a person", [
  '[[Darya Kasatkina]] won in straight sets.',
  '[[Ian Bog]] said he would appeal.',
]);

describeNegatives('location', 'organizations that open with a place word', [
  'He studied at [[Lake Forest College]] before the war.',
  'The [[Port Authority]] closed the tunnel.',
  'Investors sold shares of [[Gulf Oil]] on Friday.',
]);

describeNegatives('location', 'words and names that CLDR also lists as divisions', [
  'The [[Western]] allies met in secret.',
  'Leaders of the [[Jewish]] community spoke.',
]);

describeCorpus('organization', 'a company named for a country stays a company', [
  { expect: { rule: 'organization/place-named' }, phrases: ['The deal was signed by [[Ford Australia]] on Monday.'] },
]);

describeCorpus('location', 'US states that are also given names', [
  { expect: { value: 'Virginia' }, phrases: ['The storm moved north toward [[Virginia]] on Friday.'] },
]);

describeCorpus('location', 'a hyphenated name that is one place', [
  { expect: { value: 'Guinea-Bissau' }, phrases: ['Troops were sent to [[Guinea-Bissau]] last year.'] },
  { expect: { value: 'Asia-Pacific' }, phrases: ['Sales in the [[Asia-Pacific]] region rose.'] },
]);

describeCorpus('location', 'a place the gazetteer spells with a lower-case article or conjunction inside', [
  { expect: { value: 'Dar es Salaam', rule: 'location/gazetteer' }, phrases: ['The opposition leader remains in custody in [[Dar es Salaam]].', 'Flights to [[Dar es Salaam]] resumed on Monday.'] },
  { expect: { value: 'Sidi bel Abbes' }, phrases: ['Floods cut the road to [[Sidi bel Abbès]] on Sunday.'] },
]);

describeCorpus('location', 'two places joined by "and" stay two', [
  { expect: { value: 'Lagos' }, phrases: ['Protests spread from [[Lagos]] and Abuja overnight.'] },
  { expect: { value: 'Moshi' }, phrases: ['Buses ran between Arusha and [[Moshi]] again.'] },
]);

describeNegatives('location', 'a name with a lower-case Arabic article that no gazetteer lists', ['Grand Imam [[Ahmed el Tayeb]] said the talks had failed.']);

describeCorpus('location', 'seats of government named for the government', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['The [[White House]] said talks would resume.', 'A spokesman for the [[Kremlin]] denied the report.'] },
]);

describeCorpus('location', 'a compass point after a place names a district of it', [
  { expect: { rule: 'location/place-part' }, phrases: ['Turnout in [[Dublin Central]] was low.'] },
  { expect: { rule: 'location/place-part' }, phrases: ['Rents rose fastest on the [[Upper East Side]].', 'She grew up on the [[Lower East Side]] of Manhattan.', 'Crime fell on the [[Near North Side]] last year.'] },
]);
describeCorpus('location', "a city's district or street that news names with no head word", [
  { expect: { rule: 'location/gazetteer' }, phrases: ['The play transfers to [[Broadway]] in the spring.', 'He bought a flat in [[Mayfair]] last year.', '[[Shinjuku]] bars stayed open late.'] },
]);
describeNegatives('location', "a work named for a city's side", ['Fans of [[West Side Story]] queued for hours.']);

describeCorpus('location', 'a city that is also a given name, after a preposition of place', [
  { expect: { rule: 'location/cued-city', value: 'Austin' }, phrases: ['The band flew from [[Austin]] to Denver.'] },
  { expect: { rule: 'location/cued-city', value: 'Charlotte' }, phrases: ['Protests spread in [[Charlotte]] overnight.'] },
]);

describeNegatives('location', 'a given name that is also a city, without a context of place', [
  '[[Charlotte]] said she would run again.',
  'The award went to [[Austin Powell]] this year.',
]);

describeNegatives('location', 'a name that modifies a noun after "in"', ['Thousands took part in [[Umrah]] rituals on Friday.']);

describeCorpus('location', 'a dateline city that is also a given name', [
  { expect: { rule: 'location/cued-city' }, phrases: ['[[AUSTIN]], Texas 1997-03-02\nLawmakers met on Sunday.', 'Lawmakers in [[Charlotte]], N.C., met on Sunday.'] },
]);

describeCorpus('location', 'a city that is also a given name, qualified by its state in a "-based" modifier', [
  { expect: { rule: 'location/cued-city', value: 'Irving' }, phrases: ['The [[Irving]], Texas-based company cut jobs.'] },
  { expect: { rule: 'location/cued-city', value: 'Kent' }, phrases: ['The [[Kent]], Washington-based firm hired staff.'] },
]);

describeCorpus('location', "a word and a place's head that open a sentence, or that investors are in", [
  { expect: { rule: 'location/place-head' }, phrases: ['[[Pine Valley]] growers lost their crops.', 'Investors in [[Harrow Valley]] pulled out.', '[[Copper Canyon]] was closed to hikers.'] },
]);

describeCorpus('location', "a saint's possessive before a building's or a place's head, and a garden", [
  { expect: { rule: 'location/place-head' }, phrases: [
    "Mourners filled [[St. Aidan's Cathedral]] on Sunday.",
    'The fight was held at [[Varnley Square Garden]].',
  ] },
]);

describeCorpus('person', "a common given name and a place's head that is also a surname, before a verb of saying", [
  { expect: { kind: 'person' }, phrases: ['[[Tom Hall]] said the plan would fail.', 'Later [[Ann Park]] told reporters she was leaving.'] },
]);

describeCorpus('person', "a given name and a place's head that is an English word, with a verb of saying, an age or a post after it", [
  { expect: { kind: 'person' }, phrases: [
    '[[David Lake]] said the offer was too low.',
    '[[Anthony Hall]], 54, a plumber, was fined.',
    '[[Sarah Bridge]], a nurse at the clinic, said nothing.',
    '[[Paul Castle]], who owns the bar, filed a claim.',
  ] },
]);

describeCorpus('location', "a given name and a place's head with no cue of a person stay a place", [
  { expect: { kind: 'location' }, phrases: ['Fans packed [[Victoria Park]] on Sunday.', 'The concert at [[Albert Hall]] sold out.', 'Officials at [[Victoria Station]] said trains were late.'] },
]);

describeCorpus('location', "a dateline's capitals undone for a city whose name is a word or a given name", [
  { expect: { value: 'Adelaide' }, phrases: ['[[ADELAIDE]], Australia - Rescuers searched the hills on Tuesday.'] },
  // A place the gazetteer lacks loses its capitals too; a short acronym keeps them.
  { expect: { value: 'Port Varnow' }, phrases: ['[[PORT VARNOW]], Fla. (AP) - Rescuers searched the coast on Tuesday.'] },
]);

describeCorpus('location', 'ranges and trails', [
  { expect: { rule: 'location/place-head' }, phrases: ['Two hikers went missing in the [[Varnow Ranges]].', 'They walked the [[Kestrel Trail]] for a week.'] },
]);


describeNegatives('person', 'a place that opens a name after "the"', ['Witnesses told the [[Sydney Clarion]] they saw him run.', 'She was treated at the [[Bristol Royal]] Infirmary.']);

describeCorpus('location', "a venue named for a body's sponsorship", [
  { expect: { rule: 'location/place-head' }, phrases: ['The final was played at [[Bank of Lisbon Stadium]] on Sunday.', 'Fans packed the [[College of Wessex Arena]].'] },
]);

describeCorpus('location', 'a name no list knows where a place is expected', [
  { expect: { rule: 'location/place-cue' }, phrases: ['Gunfire was heard in [[Umm Mawas]] overnight.', 'Aid reached the village of [[Aita Tebnit]] on Monday.'] },
  {
    expect: { rule: 'location/place-cue' },
    phrases: ['Settlers marched through the town of [[Abu Dis]] at dawn.', 'Leaders will meet in the Red Sea resort of [[Sharm el-Sheikh]].'],
  },
  { expect: { rule: 'location/place-class' }, phrases: ['A bomb ripped through a bar in the Bali resort of [[Kuta]].', 'Rents rose in the Brooklyn neighborhood of [[Bushwick]].'] },
  { expect: { rule: 'location/place-cue' }, phrases: ['The cabinet approved 300 homes in the hilltop settlement of [[Givat Oren]].'] },
]);

describeNegatives('person', 'a name after a kind of place and "of"', [
  'The cabinet approved 300 homes in the hilltop settlement of [[Givat Oren]].','Settlers marched through the town of [[Abu Dis]] at dawn.', 'Leaders will meet in the resort of [[Sharm el-Sheikh]].']);

describeNegatives('location', 'a group of English words after "in"', ['He lost his seat in [[Green Voice]] last year.']);

describeCorpus('location', 'a compass word before a place in a headline in capitals', [
  { expect: { rule: 'location/place-part' }, phrases: ['STORMS LASH [[NORTHERN ITALY]] .\nRain fell all week .'] },
]);

describeCorpus('organization', 'a county or city next to a verb of a match in a headline', [
  { expect: { rule: 'organization/team' }, phrases: ['CRICKET - [[DERBYSHIRE]] BEAT KENT .\nThe match ended early .'] },
]);

describeNegatives('organization', 'a country next to a verb of a match stays a place', ['SOCCER - [[PERU]] BEAT BOLIVIA .\nThe match ended early .']);

describeCorpus('location', 'towns named for saints', [
  { expect: { rule: 'location/gazetteer', value: 'Saint Helier' }, phrases: ['The ferry docked at [[St. Helier]] before dawn.'] },
  { expect: { rule: 'location/leading-head' }, phrases: [
    'Levees held at [[Ste. Genevieve]] overnight.',
    'Police in [[San Ysidro]] made two arrests.',
    'The crew reached [[Santa Rosalia]] by noon.',
  ] },
  { expect: { value: 'Sault Ste. Marie' }, phrases: ['Snow closed roads near [[Sault Ste. Marie]], Ontario.'] },
]);

describeCorpus('location', 'waters named a sound', [
  { expect: { rule: 'location/place-head' }, phrases: ['Ferries crossed [[Puget Sound]] all day.', 'Storms closed [[Howe Sound]] to ferries.'] },
]);

describeCorpus('location', 'states in the forms US news abbreviates them', [
  { expect: { value: 'Kansas' }, phrases: ['The plant in Salina, [[Kan.]], will close.'] },
  { expect: { value: 'West Virginia' }, phrases: ['Miners in Beckley, [[W.Va.]], went on strike.'] },
]);

describeCorpus('location', 'a compass region after "the"', [
  { expect: { rule: 'location/compass-region' }, phrases: ['Gasoline prices rose in the [[Southeast]] last week.', 'Drought hit farms across the [[Northwest]].'] },
]);

describeNegatives('location', 'compass words that name no region', ['Southwest said fares would rise.', 'The Southeast Bank of Georgia said it would cut jobs.']);

describeCorpus('location', 'grounds named gardens', [
  { expect: { rule: 'location/place-head' }, phrases: ['The test starts at [[Eden Gardens]] on Friday.'] },
]);

describeCorpus('location', 'short forms of the cold war and of wire copy', [
  { expect: { value: 'Soviet Union' }, phrases: ['Grain sales to the [[U.S.S.R.]] resumed.'] },
  { expect: { value: 'East Germany' }, phrases: ['Refugees left the [[GDR]] through Hungary.'] },
  { expect: { value: 'South Korea' }, phrases: ['Car exports to [[S. Korea]] rose.'] },
  { expect: { value: 'Hong Kong' }, phrases: ['Bankers in [[Hongkong]] were cautious.'] },
]);

describeCorpus('person', 'a given name of another land where no place is expected', [
  { expect: { rule: 'person/given-name' }, phrases: ['The village elder, [[Aita Morrow]], agreed.'] },
]);

describeCorpus('location', 'a place whose name holds its article', [
  { expect: { value: 'The Hague', rule: 'location/gazetteer' }, phrases: [
    'Judges in [[The Hague]] adjourned the trial.',
    'The envoy flew to [[the Hague]] on Monday.',
    '[[The Hague]] said it would appeal the ruling.',
  ] },
  { expect: { value: 'The Woodlands' }, phrases: ['The firm moved its offices to [[The Woodlands]] last year.'] },
]);

describeNegatives('location', 'a surname a place without its article shares', ['Foreign Secretary William [[Hague]] arrived late.']);

describeCorpus('location', "China's special administrative regions and a coast as a region", [
  { expect: { kind: 'location' }, phrases: [
    'Visitors to [[Hong Kong SAR]] must show a passport.',
    'The [[Macau SAR]] government raised taxes.',
    'Heavy snow fell along the [[Eastern Seaboard]] overnight.',
  ] },
]);

describeNegatives('person', 'a family name and a given name that name a place', ['[[Hong Kong]] Image: Reuters', 'Officials in [[Hong Kong SAR]] agreed.']);
describeCorpus('person', 'a surname written like a region\'s abbreviation', [
  { expect: { kind: 'person' }, phrases: ['Former goalkeeper [[Edwin van der Sar]] said the club must change.'] },
]);

describeCorpus('location', 'a place after "of" with no event head before it', [
  { expect: { value: 'Spain' }, phrases: ['Their tour of [[Spain]] ended early.', 'The Tour of Duty left [[Spain]] in May.'] },
]);

describeCorpus('location', "a city by its own language's name", [
  { expect: { value: 'Genoa' }, phrases: ['The ferry from [[Genova]] docked at dawn.'] },
  { expect: { value: 'Milan' }, phrases: ['Fashion buyers crowded into [[Milano]] this week.'] },
  { expect: { value: 'Munich' }, phrases: ['The summit in [[München]] ended without a deal.'] },
  { expect: { value: 'The Hague' }, phrases: ['Judges in [[Den Haag]] rejected the appeal.'] },
  { expect: { value: 'Gent' }, phrases: ['Students marched through [[Ghent]] on Friday.'] },
]);

describeCorpus('location', 'regions of a country named like places', [
  { expect: { rule: 'location/gazetteer' }, phrases: [
    'A blizzard shut airports along the [[East Coast]] overnight.',
    'Refineries on the [[Gulf Coast]] closed ahead of the storm.',
    'Factory towns across the [[Rust Belt]] lost jobs.',
  ] },
]);

describeCorpus('location', 'a city better known by another name, where a place cue vouches for it', [
  { expect: { value: 'Batman' }, phrases: ['Police in [[Batman]], in southeastern Turkey, detained five people.'] },
  { expect: { value: 'Columbia' }, phrases: ['She moved to [[Columbia]], South Carolina, in 1990.'] },
  { expect: { value: 'Meta' }, phrases: ['Rebels in [[Meta]] clashed with troops.'] },
]);

describeNegatives('location', 'a city name that news gives more often to something else', [
  'The actor who voiced [[Batman]] signed autographs.',
  'The shuttle [[Columbia]] broke apart on re-entry.',
  'Shares of [[Meta]] fell after the report.',
]);

describeNegatives('location', 'a work named after a preposition, by its title and subtitle', [
  'Teams faced off in [[Counter-Strike]]: Global Offensive on Sunday.',
  'Fans lined up to play [[Zorbax]]: Lost Legends at the expo.',
]);

describeCorpus('location', 'a group of buildings by its last word', [
  { expect: { rule: 'location/place-head' }, phrases: ['Crowds filled the [[Olympic Sports Complex]] for the final.'] },
]);

describeCorpus('location', 'a sports ground named with no head word', [
  { expect: { rule: 'location/gazetteer' }, phrases: [
    'Scotland meet Fiji at [[Murrayfield]] in November.',
    'The fifth test at [[The Oval]] was drawn.',
    'United were held at [[Old Trafford]] on Saturday.',
    'Rain stopped play at [[Headingley]] after lunch.',
    'He took pole position at [[Silverstone]] on Saturday.',
  ] },
]);

describeCorpus('location', 'a sports ground by its last word', [
  { expect: { rule: 'location/place-head' }, phrases: [
    'Australia batted first at the [[Sydney Cricket Ground]].',
    'The one-day match at [[Kensington Oval]] was abandoned.',
  ] },
]);

describeCorpus('location', 'the blocs news names by a compass point', [
  { expect: { rule: 'location/compass-region' }, phrases: ['Warsaw asked the [[West]] for credits.', 'Exports to the [[East]] fell.'] },
]);

describeNegatives('location', 'a compass point naming a divided country\'s side', [
  'Talks between the [[North]] and the South resumed.',
]);

describeCorpus('location', 'a place named for a royal, closed by a head of place', [
  { expect: { rule: 'location/place-head' }, phrases: [
    'Tankers crossed [[Prince Albert Sound]] in the fog .',
    'The shop stood on [[Queen Adelaide Street]] for decades .',
  ] },
]);

describeNegatives('location', 'a royal and a name with no head of place', ['[[Prince Albert]] opened the hall .']);

describeCorpus('location', 'a road that a number names', [
  { expect: { rule: 'location/numbered-road' }, phrases: [
    'A truck overturned on [[Interstate 80]] near Reno.',
    '[[Highway 17]] reopened after the slide.',
    'Crews closed [[State Route 9]] overnight.',
  ] },
]);

describeNegatives('location', 'a number after a road word that names no road', [
  'The [[Route]] 2010 plan was shelved.',
  'He took the route 66 times.',
  '[[Road]] 5 of the rally was cancelled.',
]);

describeCorpus('location', "a lawmaker's state after the party's letter", [
  { expect: { value: 'Oregon', rule: 'location/party-state' }, phrases: ['Sen. Ann Weld (D-[[Ore.]]) objected.', 'Rep. Tom Ash, R-[[Ore.]], voted no.'] },
  { expect: { value: 'Utah' }, phrases: ['Sen. Ann Weld (R-[[Utah]]) objected.'] },
]);

describeNegatives('location', 'a letter and a hyphen before no state', ['The [[D-Day]] landings began at dawn.', 'It was an [[R-Rated]] film.']);

describeCorpus('location', 'a count word that opens a place name at a sentence start', [
  { expect: { value: 'Five Mile Creek' }, phrases: ['[[Five Mile Creek]] flooded the road overnight.'] },
  { expect: { value: 'Eight Mile Road' }, phrases: ['[[Eight Mile Road]] was closed to traffic.'] },
]);

describeNegatives('location', 'a count of people opening a sentence', ['Three Navy sailors were hurt.']);

describeCorpus('location', 'a division, then "of" and the larger place', [
  { expect: {}, phrases: ['Factories in the [[Binhai New Area]] of Tianjin reopened.', 'Oil output in the [[Kurdistan Region]] of Iraq fell.'] },
]);

describeCorpus('location', 'a rural region named a country', [
  { expect: {}, phrases: ['Cattle prices in the [[Nebraska Sand Hills Country]] rose.', 'Tourists packed the [[Basque Country]] coast.'] },
]);

describeCorpus('location', 'a building named with "of" and what it holds', [
  { expect: {}, phrases: ['The painting hangs in the [[Museum of Modern Art]].', 'Visitors crowded the [[National Gallery of Ireland]] on Sunday.', 'The [[Philadelphia Museum of Art]] reopened.'] },
  { expect: {}, phrases: ['The premier met the envoy at the [[Great Hall of the People]] on Monday.', 'Leaders signed the treaty in the [[Hall of Mirrors]].'] },
]);

describeCorpus('location', 'objects in the sky', [
  { expect: {}, phrases: ['The telescope photographed the [[Crab Nebula]].', 'Light from the [[Triangulum Galaxy]] was faint.'] },
]);

describeCorpus('location', 'an unknown town listed after a known one, after a preposition', [
  { expect: {}, phrases: ['Parents in Round Rock and [[Hutto]] said the buses were late.'] },
]);

describeNegatives('location', "a name listed after a place that ends a body's name", [
  'Researchers at the University of Tokyo and [[Quorvex]] built the chip.',
  'Staff from the Bank of England and [[Tarnwick]] met in June.',
]);

describeCorpus('person', 'a speaker listed after a place with no preposition before it', [
  { expect: {}, phrases: ['Britain and [[Kinnock]] said the vote would wait.'] },
]);

describeCorpus('location', 'a Romance place word before a particle, or after "the"', [
  { expect: { rule: 'location/romance-place' }, phrases: [
    'Hotels on the [[Costa del Sol]] were fully booked.',
    'Pilgrims walked to [[Santiago de Compostela]] in the rain.',
    'Crews from [[Puerto de la Cruz]] joined the search.',
    'The airline added flights to [[Palma de Mallorca]].',
    'Beaches along the [[Costa Brava]] were closed.',
  ] },
]);

describeNegatives('location', 'a given name before a particle opens a person', [
  'Bishop [[Juan de la Cruz]] led the procession.',
  'Prime Minister [[Antonio Costa]] resigned.',
]);

describeCorpus('location', 'an Andean salt flat, hill, lagoon, ravine or snow peak before a particle, or after "the"', [
  { expect: { rule: 'location/romance-place' }, phrases: [
    'Lithium output at the [[Salar de Olaroz]] rose.',
    'Miners in [[Cerro de Pasco]] went on strike.',
    'Flamingos crowd the [[Laguna Colorada]] in spring.',
    'Floods cut roads through the [[Quebrada de Humahuaca]].',
    'Ash fell from [[Nevado del Ruiz]] on Monday.',
  ] },
]);

describeNegatives('location', 'a given name before an Andean place word and a particle opens a person', [
  'Former president [[Carlos Salinas de Gortari]] spoke.',
]);

describeCorpus('location', 'a town no list knows before an affix of place', [
  { expect: { rule: 'location/affixed-modifier' }, phrases: [
    'The [[Bentonville]]-based retailer raised its forecast.',
    'A [[Lathrop]]-headquartered supplier doubled its orders.',
    'The [[Lake Forest]]-based drugmaker cut jobs.',
  ] },
]);

describeNegatives('location', 'an ordinary word before an affix of place names a thing', [
  'A [[Windows]]-based server crashed.',
  'The [[Cloud]]-based service grew.',
]);

describeCorpus('location', 'a state that qualifies a town the lexicon gives a person', [
  { expect: { rule: 'location/qualified-place' }, phrases: [
    'The chipmaker is building a plant in [[Taylor]], Texas, next year.',
    'Micron picked [[Clay]], New York, for its new fab.',
  ] },
]);

describeCorpus('location', 'a town that opens with a given name, where something happens and a state or country set off by commas follows', [
  { expect: { rule: 'location/qualified-place' }, phrases: [
    'The chairman will speak at [[Jackson Hole]], Wyoming, next month.',
    'The firm opened an office in [[Martin Creek]], Ontario, in May.',
  ] },
]);

describeNegatives('location', 'a given name and a surname, or a country that goes on as a subject', [
  'The award went to [[Tom Hale]], Texas, last year.',
  'In [[Tom Baker]], Britain has a star.',
  'The talks in [[Rose Marlow]], Britain said, went well.',
]);

describeCorpus('location', 'peaks climbers name without "Mount"', [
  { expect: { value: 'Everest', rule: 'location/gazetteer' }, phrases: ['Sherpas fixed ropes below [[Everest]] before the season opened.'] },
  { expect: { value: 'Matterhorn' }, phrases: ['Two hikers fell from the [[Matterhorn]] on Sunday.'] },
  { expect: { value: 'Denali' }, phrases: ['The pair reached the top of [[Denali]] after nine days.'] },
]);

describeCorpus('location', 'historic and tourist regions no administrative list names', [
  { expect: { value: 'Brittany' }, phrases: ['Oyster farms across [[Brittany]] were closed after the spill.'] },
  { expect: { value: 'Provence' }, phrases: ['Lavender growers in [[Provence]] expect a small harvest.'] },
  { expect: { value: 'Cotswolds' }, phrases: ['Second homes in the [[Cotswolds]] will pay double tax.'] },
]);

describeCorpus('person', 'a region named like a person, before a surname', [
  { expect: { kind: 'person' }, phrases: ['Lawyers for [[Brittany Higgins]] asked for more time.'] },
]);

describeCorpus('location', 'a place that takes the article before a plural verb stays a place', [
  { expect: { value: 'Punjab' }, phrases: ['Wheat growers in the [[Punjab]] have lost half their crop.'] },
  { expect: { value: 'Outer Hebrides' }, phrases: ['Islanders in the [[Outer Hebrides]] have waited months for a ferry.'] },
  { expect: { value: 'Serengeti' }, phrases: ['Herds in the [[Serengeti]] are moving north early.'] },
]);

describeCorpus('location', 'a river or forest named after "the"', [
  { expect: { rule: 'location/feature-after-article', value: 'Amazon' }, phrases: [
    'Cattle ranchers cleared more land in the [[Amazon]] last year.',
    'Rangers in the [[Amazon]] this week found new clearings.',
    'Fires spread through the [[Amazon]] rainforest in August.',
    'Logging in the [[Amazon]] rose sharply.',
  ] },
  { expect: { rule: 'location/feature-after-article', value: 'Hudson' }, phrases: ['Barges on the [[Hudson]] were halted by ice.'] },
]);

describeCorpus('location', 'a river or forest before a lower-case word for land or water, with no article', [
  { expect: { rule: 'location/feature-before-landform', value: 'Amazon' }, phrases: [
    "Deforestation in Brazil's [[Amazon]] rainforest fell by half.",
    '[[Amazon]] rainforest fires rose sharply in August.',
    'Ranchers have cleared land across [[Amazon]] river towns.',
  ] },
  { expect: { rule: 'location/feature-before-landform', value: 'Hudson' }, phrases: ['Barges sailed past [[Hudson]] river docks at dawn.'] },
]);

describeNegatives('location', 'a firm named like a river before a word for its trade or market', [
  '[[Amazon]] warehouse workers voted to join a union.',
  '[[Amazon]] region managers met in Seattle.',
]);

describeNegatives('location', 'a firm named like a river, before a noun it qualifies or without the article', [
  'Workers at the [[Amazon]] warehouse voted to join a union.',
  'The [[Amazon]] founder gave a rare interview.',
  '[[Amazon]] said it would hire more drivers.',
]);

describeCorpus('location', 'a place before a post that titles the name after it', [
  { expect: { rule: 'location/place-head' }, phrases: ['Gunmen robbed a bank on [[Varlo Island]], spokesman Ade Bello said.'] },
]);

describeCorpus('location', 'a country whose name goes on through "and"', [
  { expect: { kind: 'location' }, phrases: ['She moved to [[Trinidad and Tobago]] in 2019.', '[[Bosnia and Herzegovina]] joined the talks on Monday.', '[[Antigua and Barbuda]] beat Jamaica 2-1.'] },
]);

describeCorpus('organization', 'a body such a country opens', [
  { expect: { kind: 'organization' }, phrases: ['The [[Trinidad and Tobago Football Association]] fined him.'] },
]);

describeCorpus('location', 'two places joined by "and" stay two', [
  { expect: { kind: 'location' }, phrases: ['[[France]] and Germany agreed on Tuesday.', 'Researchers in [[Stockholm]] and Uppsala University said so.'] },
]);

describeCorpus('location', 'a county named with its word first', [
  { expect: { rule: 'location/leading-head' }, phrases: ['The film was shot on the coast of [[County Kerry]].', 'Storms hit [[County Galway]] overnight.'] },
]);
describeNegatives('location', 'a body or a post that the word opens', ['[[County Council]] leaders met on Monday.']);

describeCorpus('location', 'an Irish county after "Co" or "Co."', [
  { expect: { rule: 'location/leading-head' }, phrases: [
    'The data centre is in Clonee, [[Co Meath]], near the M3.',
    'A [[Co Clare]] farmer won his challenge on Friday.',
    'Dairygold, the [[Co Cork]] co-operative, raised its milk price.',
    'She grew up in Letterkenny, [[Co. Donegal]], and studied law.',
    'Flooding closed roads across [[Co Tyrone]] overnight.',
  ] },
]);
describeNegatives('location', '"Co" that closes a firm\'s name or opens no county', [
  'Shares in [[Acme Co]] fell on Monday.',
  'The shop sold [[Ajax Co Ltd]] tools.',
  '[[Co Bank]] said profits rose.',
]);

describeCorpus('location', 'a river named the British way, its head first', [
  { expect: { rule: 'location/leading-head' }, phrases: ['Flood warnings were issued for the [[River Severn]] on Monday.', 'The [[River Wye]] burst its banks.'] },
]);

describeCorpus('location', 'a place the lexicon gives as a given name, listed with a place', [
  { expect: { value: 'Kent' }, phrases: ['The fraud cost elderly investors in Surrey and [[Kent]] their savings.', 'Storms brought down trees across [[Kent]] and Sussex overnight.'] },
]);

describeNegatives('location', 'a given name the gazetteer holds, with no place listed beside it', ['[[Kent]] said he would stand again.', '[[Brian Kent]] and Tom Paris met on Monday.']);

describeCorpus('location', "a town's name that a Romance particle and a word go on with", [
  { expect: { rule: 'location/particle-tail' }, phrases: ['Two soldiers died in the fighting near [[Cartagena del Chaira]].', 'The army moved into [[Cartagena del Chaira]] on Monday.'] },
]);

describeNegatives('location', 'a given name that is also a town, before a particle and a surname', ['[[Lima de Souza]] scored twice for the visitors.']);

describeCorpus('location', 'streets, grounds, peaks and districts named by a foreign place word first', [
  { expect: { rule: 'location/leading-head' }, phrases: [
    'Cafes on [[Calle Serrano Alto]] stayed open late.',
    'Marchers filled [[Avenida Paulo Freire]] on Sunday.',
    'The final was played at the [[Stade Ahmed Zaki]] in front of 30,000.',
    'Fans left the [[Estadio Ramiro Vela]] before the end.',
    'Snow fell on the summit of [[Mauna Loa]] overnight.',
    'Fires burned on the slopes of [[Doi Pha Hom]] for a week.',
    'Climbers were rescued on [[Gunung Merbabu]] on Tuesday.',
    'Voters in [[Landkreis Altenbrück]] backed the plan.',
  ] },
  { expect: { rule: 'location/romance-place' }, phrases: ['Shops on the [[Rue de Vaugirard]] were shut.'] },
]);

describeNegatives('location', 'a given name that a French street word also is', ['The role went to [[Rue Hallmark]] in 1985.']);

describeCorpus('location', 'worlds of the solar system', [
  { expect: { value: 'Mars', rule: 'location/gazetteer' }, phrases: ['The rover found clay on [[Mars]] last year.'] },
  { expect: { value: 'Venus' }, phrases: ['The probe swung past [[Venus]] on Sunday.'] },
  { expect: { value: 'Ganymede' }, phrases: ['The craft will orbit [[Ganymede]] in 2034.'] },
  { expect: { value: 'Kuiper Belt' }, phrases: ['The comet came from the [[Kuiper Belt]], astronomers said.'] },
  { expect: { rule: 'location/feature-after-article' }, phrases: ['The lander is bound for the [[Moon]] next month.', 'Ice lies near the [[Moon]]\'s south pole.'] },
]);

describeNegatives('location', 'a person or a firm whose name a world opens or closes', [
  'The tickets for [[Bruno Mars]] sold out in an hour.',
  '[[Venus Williams]] won in straight sets.',
  'The [[Moon]] administration said talks would go on.',
  '[[Moon]] told reporters he would visit Tokyo.',
]);

describeCorpus('location', 'a foreign name before a lower-case place noun', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Schools in [[Mae Tang]] district closed for two days.', 'Floods cut the road to [[Nong Rim]] village.'] },
]);

describeCorpus('location', 'an object in the sky named by a place word', [
  { expect: { rule: 'location/place-head' }, phrases: ['Astronomers imaged the [[Tarlo Nebula]] in May.', 'The [[Varvak Galaxy]] lies far away.'] },
]);
describeCorpus('organization', "a firm's name before a word of the sky names the firm, and its product line no place", [
  { expect: { rule: 'organization/lexicon' }, phrases: ['[[Samsung]] Galaxy phones sold well.'] },
]);
describeNegatives('location', "a firm's product line", ['[[Samsung Galaxy]] phones sold well.']);

describeCorpus('location', 'a place of worship named by its town or saint', [
  { expect: { rule: 'location/place-head' }, phrases: ['The king spoke at [[Westminster Abbey]] on Monday.', 'Crowds filled [[York Minster]] for the service.', 'The couple wed at the [[Sistine Chapel]].'] },
]);
describeNegatives('person', 'a place of worship with a saint\'s or a given name', ['Mass was said at [[Mary Chapel]] on Sunday.']);

describeCorpus('location', "a jail, a prison or a courthouse named by its county or town", [
  { expect: { kind: 'location', rule: 'location/place-head' }, phrases: [
    'He was held at the [[Macon County Jail]] on $1 million bond.',
    'The inmate was moved to [[Belmarsh Prison]] on Friday.',
    'Crowds gathered outside the [[Fulton County Courthouse]].',
  ] },
]);
describeCorpus('organization', 'the service that runs prisons stays a body', [
  { expect: { kind: 'organization' }, phrases: ['The [[Prison Service]] said the inmate had been moved.'] },
]);

describeCorpus('location', "South Asia's gardens, squares and grounds close places' names", [
  { expect: { kind: 'location', rule: 'location/place-head' }, phrases: [
    'Protesters gathered at [[Shaheen Bagh]] on Sunday.',
    'Traffic was diverted at [[Chandni Chowk]] for the march.',
    'A rally was held at [[Azad Maidan]] in Mumbai.',
  ] },
]);

describeCorpus('location', 'a town linked to its river or its place by a word', [
  { expect: { rule: 'location/linked-town' }, phrases: [
    'The [[Stratford-upon-Avon]] company said it would tour.',
    'The [[Henley-on-Thames]] firm said profits rose.',
    'The [[Ross-on-Wye]] festival opened on Friday.',
    'The squad trained in [[Burton upon Trent]] last week.',
    '[[Walton upon Trent]] residents opposed the plan.',
    'The bank moved staff to [[Frankfurt am Main]] after the vote.',
  ] },
  { expect: { rule: 'location/linked-town' }, phrases: [
    'The flood crest reached [[Frankfurt an der Oder]] by the weekend.',
    'Crews piled sandbags in [[Halle an der Saale]] overnight.',
    'Tourists returned to [[Rothenburg ob der Tauber]] in May.',
  ] },
]);
describeNegatives('location', 'a given name before a German link opens a person', ['She met [[Jan an der Berg]] in Utrecht.']);

describeNegatives('location', 'an English "am" between names, and a place a person is "upon"', ['I am Sam, the driver said.', 'Upon [[Arrival]], Ann Tate was met by police.']);
describeCorpus('person', 'the name after "I am" stays a person', [{ expect: { kind: 'person' }, phrases: ['"I am [[Sam Hale]]," he said.'] }]);

describeNegatives('location', 'a name of words linked by hyphens that is no town', [
  '[[Jack-in-the-Box]] said sales rose.',
  'The [[Stop-and-Go]] chain said sales rose.',
]);

describeCorpus('location', 'farming regions named by what they grow', [
  { expect: { kind: 'location' }, phrases: [
    'Yields across the [[Corn Belt]] beat forecasts.',
    'Frost hit the [[Wheat Belt]] last week.',
    'Growers on the [[Pampas]] held back their soybeans.',
    'Boll weevils once ravaged the [[Cotton Belt]].',
  ] },
]);

describeCorpus('location', 'a ground named by a common word before a colon that closes a line', [
  { expect: { kind: 'location' }, phrases: ['Scoreboard on the second day of the test at [[The Oval]]:', 'Close of play on the first day at [[Headingley]]:'] },
]);

describeNegatives('location', 'a one-word label that opens a caption or a line, or follows its last word', ['[[Image]]: Kent Police', '[[Source]]: company filings', 'A drone demo [[Image]]: Kent Police']);
describeNegatives('person', 'a caption label after the caption\'s last word', ['A drone demo [[Image]]: Kent Police']);

describeCorpus('location', 'a place named by the cliffs or bluffs it stands on', [
  { expect: { rule: 'location/place-head' }, phrases: ['Fires ravaged [[Pacific Palisades]] overnight.', 'The hikers crossed [[Seven Sisters Cliffs]] at dawn.'] },
]);
describeCorpus('location', 'districts named for old rail yards and docks', [
  { expect: { rule: 'location/place-head' }, phrases: ['Offices at [[Hudson Yards]] are leasing well.', 'Ferries leave from [[Circular Quay]] every hour.', 'Banks moved east to [[Canary Wharf]].'] },
]);
describeNegatives('location', "a firm named for such a district", ['[[Canary Wharf Group]] said occupancy rose.']);
describeCorpus('location', 'a town the lists hold whole, whose first words name its province', [
  { expect: { kind: 'location' }, phrases: ['Tourists flew to [[Dien Bien Phu]] on Sunday.'] },
]);
describeCorpus('location', "a river or forest after a country's possessive, as after \"the\"", [
  { expect: { rule: 'location/feature-after-article', value: 'Amazon' }, phrases: ['Logging in Colombia\'s [[Amazon]] rose sharply.', 'Cattle ranchers cleared land in Peru\'s [[Amazon]] last year.'] },
]);
describeNegatives('location', "the firm after a country's possessive, before a noun it qualifies", ["Peru's [[Amazon]] warehouse opened."]);

describeCorpus('location', "South America's savannas, wetlands and high plains, named bare", [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Soy farms spread across the [[Cerrado]] last year.', 'Fires burned in the [[Pantanal]] for weeks.', 'Herders on the [[Altiplano]] lost llamas.', 'Drought hit the [[Caatinga]] again.'] },
]);

describeCorpus('organization', 'a party or an alliance named in French by its head first', [
  { expect: { rule: 'organization/leading-head' }, phrases: ['Polls put [[Coalition Avenir Québec]] third.', 'The [[Union Nationale]] ruled for 16 years.', 'Leaders of [[Alliance Québec]] protested.'] },
]);
describeNegatives('organization', 'a coalition or a union before a word in lower case', ['[[Coalition]] forces advanced on Friday.', '[[Union]] leaders met on Friday.']);

describeCorpus('organization', 'a stock exchange named by its word before its city', [
  { expect: { rule: 'organization/leading-head' }, phrases: ["[[Borsa Istanbul]]'s main index rose 1.2%.", 'Shares on the [[Bolsa de Madrid]] fell.'] },
]);

describe('a city that names an exchange is no side of a match', () => {
  it('keeps the city a place in a story that also names the exchange and its index', () => {
    const text = "Istanbul Mayor Ekrem Imamoglu was detained. Borsa Istanbul's Quorv 100 index rose 1.2%.";
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Istanbul']);
  });
});

describeCorpus('location', 'a motor racing track closed by "Circuit" or opened by "Circuito" or "Autodromo"', [
  { expect: { kind: 'location' }, phrases: [
    'Norris finished third at the [[Yas Marina Circuit]] on Sunday .',
    'Rain fell on [[Marina Velden Circuit]] before qualifying .',
    'Bagnaia won at the [[Circuito de Jerez]] on Sunday .',
    'The race at the [[Autodromo Hermanos Rodriguez]] was delayed .',
  ] },
]);
describeCorpus('organization', 'a circuit of the courts that an ordinal numbers stays the court', [
  { expect: { kind: 'organization' }, phrases: ['The ruling was upheld by the [[U.S. Court of Appeals for the Eleventh Circuit]] on Monday .', 'The [[9th Circuit]] agreed on Tuesday .'] },
]);

describeCorpus('location', 'a street named by its number, with a compass word before it', [
  {
    expect: { rule: 'location/numbered-street' },
    phrases: [
      'Power was out south of [[39th Street]] until dawn.',
      'A transformer blew on [[East 14th Street]] at noon.',
      'The parade turned onto [[2nd Avenue]] after the bridge.',
    ],
  },
]);
describeNegatives('location', 'an ordinal that ends a sentence before a street word', ['She finished 3rd. [[Street]] vendors cheered her.']);

describeCorpus('location', 'ice, mountain and flood-channel words after a name', [
  { expect: { rule: 'location/place-head' }, phrases: ['Climbers were trapped above the [[Khumbu Icefall]].', 'Rain fell across the [[Yorkshire Dales]] all night.'] },
  { expect: { rule: 'location/place-noun' }, phrases: ['Snow buried the slopes of the [[Gran Sasso]] massif.', 'Water rushed down the [[Poyo]] ravine into the town.'] },
]);

describeCorpus('location', "a Thai hill's word that opens a place's name", [
  { expect: { rule: 'location/leading-head' }, phrases: ['Tourists were killed at [[Khao Lak]] on the coast.', 'Rangers closed [[Khao Sok]] after the floods.'] },
]);
describeNegatives('person', "a Thai hill's word with a place after it", ['Tourists were killed at [[Khao Lak]] on the coast.']);

describeCorpus('location', "a road's code of letters and a number before a lower-case noun of a road", [
  { expect: { rule: 'location/coded-road' }, phrases: [
    'Traffic backed up for miles on the [[M4]] motorway.',
    'The [[A-7]] motorway was closed at the river.',
    'Landslides cut the coastal [[BR-101]] highway in several places.',
  ] },
]);
describeNegatives('location', 'the same shape before a jet, a rifle or a group', ['The [[A320]] jets were grounded.', 'Police seized two [[M16]] rifles.', 'The [[M23]] rebels seized the town.']);

describeCorpus('location', 'French hill country that "Massif" opens', [
  { expect: { rule: 'location/romance-place' }, phrases: ['Fires burned across the [[Massif des Maures]] overnight.', 'Snow closed roads across the [[Massif Central]] on Sunday.'] },
]);
