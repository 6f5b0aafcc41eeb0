import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('location', 'capitals that open a dateline, known to no list', [
  { expect: { rule: 'location/dateline' }, phrases: [
    '[[VUKOVAR]] 1996-09-14\nShelling resumed overnight.',
    '[[PRIJEDOR]], Bosnia 1996-09-14\nMiners went on strike.',
    '[[BANJA KOVILJACA]] 1996-09-14\nRefugees waited at the border.',
  ] },
]);

describeCorpus('location', 'capitals that open a modern dateline, before the agency or the dash', [
  { expect: { rule: 'location/dateline' }, phrases: [
    'Troops move north\n[[TOVALI]], Philippines (Reuters) - Troops moved north on Friday.',
    '[[KORVANE]], Nigeria (AP) — Gunmen raided a school.',
    '[[PRIJEDOR]], Bosnia - Miners went on strike.',
    '[[TOVALI]] (Reuters) - Troops moved north on Friday.',
  ] },
]);

describeNegatives('location', 'a word in capitals before a dash, with no country and no agency', ['[[EXCLUSIVE]] - Troops moved north on Friday.', '[[WRAPUP]] - Markets fell.']);

describe('a dateline place lends its kind to the headline', () => {
  it('names the town in the headline above it', () => {
    const text = 'FIGHTING NEAR VUKOVAR\nVUKOVAR 1996-09-14\nShelling resumed overnight.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['VUKOVAR', 'VUKOVAR']);
    expect(factsOf('organization', text)).toEqual([]);
  });
});

describeNegatives('location', 'capitals in running text are no dateline', ['Reporters met [[PRIJEDOR]] officials on 1996-09-14.']);

describeCorpus('location', 'a noun of a kind of place after a name', [
  { expect: { rule: 'location/place-noun' }, phrases: [
    'Lorries queued at the [[Zahony]] checkpoint for a day.',
    'Shells fell on the [[Lasva]] valley overnight.',
    'Refugees massed at the [[Karni]] crossing.',
    'The plane was diverted to [[Vnukovo]] airport.',
    'Rescuers reached [[Qingchuan]] county by road.',
    'Herders in [[Xiahe]] village lost their flocks.',
    'Ash from the [[Varkafjall]] volcano closed airports.',
    'Tankers queued to cross the [[Quorvane]] strait.',
    'Engineers inspected the [[Tarnwick]] dam after the quake.',
    'Protesters camped near the [[Rabaa al-Qarawi]] mosque for weeks.',
    'Inmates rioted inside the [[Abu Tarmis]] prison.',
    'Output at its [[Los Quebrantos]] mine fell after a landslide.',
    'Drilling resumed at the [[Hallvard Moen]] oilfield.',
    'Rents doubled in the [[Ezra Mandell]] neighborhood last year.',
    'She opened a bakery in the [[Aldo Ferrante]] neighbourhood of the city.',
    'Surfers crowded [[Kelvarra]] beach at dawn.',
  ] },
]);

describeNegatives('location', 'a neighborhood before its name is no place', ['Customers at the neighborhood [[Starbucks]] waited.']);

describeCorpus('location', 'a forest or a camp after a name that is no one\'s', [
  { expect: { rule: 'location/place-noun' }, phrases: [
    'The gunmen fled into the [[Tarvuku]] forest.',
    'Food ran short in the [[Korvabi]] camp.',
    'Aid reached the [[Korvabi]] refugee camp on Monday.',
    'Families were moved to the [[Korvabi]] transit camps.',
  ] },
]);
describeNegatives('location', 'a campaign\'s camp, named for its candidate', ['The [[Haley]] camp said it would appeal.', 'Aides in the [[Tom Hale]] camp denied it.']);

describeCorpus('location', 'a name right after a noun of a town and its article', [
  { expect: { rule: 'location/place-class' }, phrases: [
    'Ministers flew to the new capital [[Quorvane]] on Monday.',
    'Drones struck the port city [[Tarnwick]] overnight.',
    'She grew up in the coastal town [[Vellmar]], near the border.',
    'Rebels entered the village [[Kharvosk]] at dawn.',
  ] },
  { expect: { rule: 'location/place-cue' }, phrases: ['Troops held the provincial capital [[Umm Barqa]] for a week.'] },
]);

describeNegatives('location', 'a name after a noun of a town that is no apposition', [
  'Voters in the city [[Council]] race turned out.',
  'A town [[Quorvane]] fan ran onto the pitch.',
  'The port city [[Tom Hale]] loved was in ruins.',
  "The new capital [[Quorvane]]'s plan drew critics.",
]);

describeNegatives('location', 'a post after the noun makes the name an employer', ['[[Hendricks]] area manager Paul Dunn resigned.']);

describeNegatives('location', 'a word, a compound or an adjective before a noun of place', [
  'Prices rose across the [[Euro]] area.',
  'Shells landed near the [[Syrian-Lebanese]] border.',
  'Aid reached the [[Kurdish]] region by truck.',
  'Storms swept the [[Bavarian]] region.',
]);

describeCorpus('location', 'a large city named like a person, alone', [
  { expect: { rule: 'location/large-city', value: 'Orlando' }, phrases: ['Thunderstorms battered [[Orlando]] on Tuesday.'] },
  { expect: { rule: 'location/large-city', value: 'Adelaide' }, phrases: ['[[Adelaide]] will host the final.'] },
]);

describeCorpus('location', 'a city named like a person after the office that governs it', [
  { expect: { rule: 'location/cued-city', value: 'Orlando' }, phrases: ['The mayor of [[Orlando]] declared an emergency.'] },
]);

describeNegatives('location', 'a given name the story gives a person, or a speaker', [
  'Orlando Ruiz scored twice. [[Orlando]] thanked the fans.',
  '[[Orlando]] said he was tired.',
]);

describeCorpus('location', 'a county named like a person, where a place is expected', [
  { expect: { rule: 'location/cued-city', value: 'Kent' }, phrases: ['Floods closed roads in [[Kent]] on Sunday.'] },
  { expect: { rule: 'location/cued-city', value: 'Kerry' }, phrases: ['The family moved from [[Kerry]] to Boston.'] },
]);

describeCorpus('location', 'a county or a city named like a person or a word, listed with places', [
  { expect: { rule: 'location/cued-city', value: 'Kent' }, phrases: [
    'Gales cut power across [[Kent]], Essex and Norfolk.',
    'Hampshire, [[Kent]] and Dorset had the wettest month.',
  ] },
  { expect: { kind: 'location', value: 'Hull' }, phrases: ['Snow closed schools in Leeds, [[Hull]] and York.'] },
  { expect: { rule: 'location/cued-city', value: 'Hull' }, phrases: ['The new ferry sails from [[Hull]] twice a week.'] },
]);

describeNegatives('location', 'a name listed with people, or a person called by the surname', [
  '[[Kent]] and Harlow shared the prize.',
  '[[Hull]] said he would sign the treaty.',
  'The ship was towed into port with a crack in its [[hull]].',
]);

describeCorpus('location', 'a town after a preposition of where things go, before a plural verb', [
  { expect: { kind: 'location' }, phrases: ['Trains from Leeds to [[Bristol]] were cancelled.', 'Flights into [[Lyon]] were diverted.'] },
]);

describe('a county named like a person next to a verb of a match is a side', () => {
  it.each([
    ['Surrey beat Kent by six wickets.', ['Surrey', 'Kent']],
    ['Devon drew with Essex at Exeter.', ['Devon', 'Essex']],
    ['CRICKET - SUSSEX CRUSHED BY KENT\nThe match ended early.', ['SUSSEX', 'KENT']],
  ])('%s', (text, sides) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(sides);
    expect(factsOf('person', text)).toEqual([]);
  });
});

describe('a name before goods sold by brand is a brand', () => {
  it.each(['Sales of Kent cigarettes rose in May.', 'He ordered a Devon lager at the bar.'])('%s', (text) => {
    expect(factsOf('location', text)).toEqual([]);
    expect(factsOf('person', text)).toEqual([]);
  });
});

describeCorpus('location', "a country's alternative name that is a people's adjective names the place as the people's word", [
  { expect: { value: 'Thailand', rule: 'location/people-adjective' }, phrases: ['[[Thai]] farmers blocked the road.'] },
  { expect: { value: 'Saudi Arabia', rule: 'location/people-adjective' }, phrases: ['Two [[Saudi]] princes arrived.'] },
  { expect: { value: 'Laos', rule: 'location/people-adjective' }, phrases: ['The [[Lao]] delegation left early.'] },
]);

describeCorpus('location', 'the Vatican, named for the government inside it', [
  { expect: { rule: 'location/gazetteer', value: 'Vatican' }, phrases: ['The [[Vatican]] denied the report on Monday.'] },
]);

describeCorpus('location', 'cities the larger city list adds, in the forms news writes', [
  { expect: { rule: 'location/gazetteer', value: 'Grozny' }, phrases: ['Artillery pounded [[Grozny]] at dawn.'] },
  { expect: { rule: 'location/gazetteer', value: 'Fallujah' }, phrases: ['Marines advanced on [[Fallujah]] from the north.'] },
  { expect: { rule: 'location/gazetteer', value: 'Brampton' }, phrases: ['Voters in [[Brampton]] re-elected him.'] },
  { expect: { rule: 'location/gazetteer' }, phrases: ['The team flew home to [[Montreal]] after the loss.'] },
]);

describeNegatives('location', "a capital's name without its accent that is a word", ['[[Male]] voters turned out in numbers.']);

describeNegatives('location', "a place's name with a people's ending before a noun of place", [
  'Troops sealed the [[Dagestani]] border overnight.',
  'The [[Kosovan]] frontier was closed.',
]);

describeNegatives('location', 'a city that is an English word, after a preposition in a headline', ['SOCCER - ROMA HELD IN [[DERBY]] .\nRoma drew on Sunday.']);

describe('counties named like people, listed with a side, are sides too', () => {
  it('makes both names of "X and Y drew" sides', () => {
    expect(factsOf('organization', 'Kerry and Mayo drew in the semi-final.').map((f) => f.text)).toEqual(['Kerry', 'Mayo']);
  });
});

describeCorpus('location', "a country's official name with a possessive in it", [
  { expect: { value: 'China' }, phrases: ['Envoys of the [[People\'s Republic of China]] arrived on Monday.'] },
  { expect: { value: 'North Korea' }, phrases: ['The [[Democratic People\'s Republic of Korea]] tested a rocket.'] },
]);

describeCorpus('location', 'a place word of another language that opens a name', [
  { expect: { rule: 'location/leading-head' }, phrases: [
    'Tanks moved into [[Beit Lahiya]] at dawn.',
    'Hikers were rescued in [[Wadi Mujib]] on Friday.',
    'Crowds prayed at the [[Masjid Nabawi]] all night.',
  ] },
]);

describeNegatives('location', "a country's code before a spaced dollar sign is a currency", ['The bridge cost [[NZ]] $ 40 million to build.']);

describe('a noun of a match makes a city its side', () => {
  it.each([
    ['Bremen celebrated a 2-1 win over Hamburg.', ['Bremen', 'Hamburg']],
    ["Bologna's 3-0 victory lifted them to fourth.", ['Bologna']],
    ['It was their first defeat by Leeds since May.', ['Leeds']],
  ])('%s', (text, sides) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(sides);
  });
  it('keeps a national side a place', () => {
    expect(factsOf('location', "Peru's win over Chile put them top.").map((f) => f.text)).toEqual(['Peru', 'Chile']);
  });
});

describeCorpus('location', 'a name no list knows after a verb of travel', [
  { expect: { rule: 'location/preposition' }, phrases: ['The envoy flew to [[Vlasenica]] on Monday.', 'Thousands fled from [[Srebrenik]] overnight.'] },
]);

describeCorpus('location', 'a name no list knows after "in", before a past the lexicon does not list', [
  { expect: { rule: 'location/preposition' }, phrases: ['The office in [[Quellbrook]] reopened on Monday.', 'A bridge in [[Varnholt]] collapsed overnight.', 'The clinic in [[Ostermoor]] relocated last year.'] },
]);

describeNegatives('location', 'a club a player moves to', ['He was transferred to [[Fiorentina]] in May.']);

describeCorpus('location', 'a camp that names a place', [
  { expect: { rule: 'location/leading-head' }, phrases: ['The leaders met at [[Camp David]] for three days.'] },
]);

describeCorpus('organization', 'a region and a city with no comma name a club', [
  { expect: { rule: 'organization/place-named' }, phrases: ['[[Bayern Munich]] drew at home on Saturday.'] },
]);

describe('a facility named whole before "in" and its place', () => {
  it('keeps the facility whole and the place apart', () => {
    expect(factsOf('location', 'The jet went to the Oregon Aviation Museum in Portland.').map((f) => f.text)).toEqual(['Oregon Aviation Museum', 'Portland']);
  });
});

describeCorpus('location', 'a known place before goods stays a place', [
  { expect: { value: 'Texas' }, phrases: ['Sales of [[Texas]] beer doubled.'] },
]);

describeCorpus('location', 'a description of a place after a comma', [
  { expect: { rule: 'location/apposition' }, phrases: [
    'Rebels overran [[Velbrod]], a village near the border, on Sunday.',
    'Shells hit [[Kostrava]], the capital of the breakaway region.',
    'Aid reached [[Zarnovo]], a small mountain town, by truck.',
    'Troops entered [[Harvesk]], 60 km south of the capital, at dawn.',
    'The convoy stopped at [[Olmenka]], about 30 miles (48 km) north-west of the port.',
    'Monitors were sent to [[Drevani]], 40km from the front line.',
  ] },
  { expect: { rule: 'location/place-cue' }, phrases: ['Gunmen attacked [[Kafir Tulsan]], a town in the north.'] },
]);

describeNegatives('location', 'a description of a person or a company after a comma', [
  '[[Velbrod]], the town\'s mayor, said he would resign.',
  '[[Zarnovo]], a state gas monopoly, raised prices.',
  'The police found [[Harvesk]], 45, near the road.',
  '[[Olmenka]], a city investment firm, said profits rose.',
]);

describeCorpus('location', "a metropolitan area's name", [
  { expect: { rule: 'location/place-head' }, phrases: ['Rents in the [[Bay Area]] rose again.', 'Traffic in the [[Greater Toronto Area]] slowed.'] },
]);

describeCorpus('location', "the town of a state university's campus", [
  { expect: { rule: 'location/campus' }, phrases: ['Researchers at the University of North Carolina at [[Chapel Hill]] disagreed.', 'She teaches at the University of Vermont at [[Pine Ridge]].'] },
]);

describeCorpus('location', 'a town before a state abbreviated in the AP style', [
  { expect: { rule: 'location/state-abbreviated' }, phrases: [
    'The chemical maker , based in [[Parsippany]] , N.J. , said sales rose .',
    'The plant is idle , and the [[Buffalo Grove]] , Ill. , unit was sold .',
    'Gannett Co. of [[Silver Spring]] , Md. , will buy the paper.',
    'The plant in [[Carol Stream]] , Ill. , was closed .',
  ] },
]);

describeNegatives('location', 'a person or a firm before a state, or a state spelled out', [
  'The award went to [[Laura Hayes]] , Calif. , a teacher.',
  'Shares of [[Acme Widget Corp.]] , Ohio , fell.',
]);

describeCorpus('location', 'the ground or course a sporting event is held at', [
  {
    expect: { rule: 'location/event-venue' },
    phrases: ['They won the second test at [[Varvak Tarlo]] on Saturday .', "Leading finishers in Sunday 's race at [[Road Quorvane]] :", 'He lost the final at [[Tarlo Wellby]] .'],
  },
]);

describeCorpus('location', 'a ground that "Field" ends, after a preposition of place', [
  { expect: { rule: 'location/event-venue' }, phrases: ['They play at [[Varvak Field]] on Sunday.', 'The team returns to [[Tarlo Life Field]] next week.'] },
]);
describeNegatives('location', 'a person whose surname is "Field"', ['A tribute to [[Sally Field]] aired on Sunday.']);

describeNegatives('location', 'a company or a person after a match noun and "at"', [
  'The match at [[Quorvane Holdings]] was sponsored .',
  'They watched the game at [[Tom Hale]] \'s house .',
]);

describeCorpus('organization', 'what investors put money in is a company, not a place', [
  { expect: { rule: 'organization/shares-of' }, phrases: ['Investors in [[Zelvora]] were told to expect losses.', 'The fund raised its investment in [[Quillmark]] last year.'] },
]);

describeCorpus('location', 'a coast called a riviera', [
  { expect: { kind: 'location' }, phrases: ['Wildfires spread along the [[French Riviera]] on Tuesday.', 'Hotels on the [[Turkish Riviera]] were full.'] },
]);

describeCorpus('location', 'a tunnel or a dam named by its head', [
  { expect: { rule: 'location/place-head' }, phrases: ['Trains were halted in the [[Marlow Tunnel]] overnight.', 'Engineers inspected the [[Kessler Dam]] on Friday.'] },
]);

describeCorpus('location', 'a noun of a kind of place in the plural, before a list of them', [
  { expect: { kind: 'location' }, phrases: [
    'Shelling hit the villages of [[Dolac]] and [[Vrhovine]] overnight.',
    'Troops moved into the towns of [[Kostajnica]], [[Dvor]] and [[Glina]].',
    'Curfews were lifted in the districts of [[Hambantota]] and [[Moneragala]].',
  ] },
]);

describeCorpus('location', 'a word of camps, fighting or arrival before "at" puts the name on the map', [
  { expect: { kind: 'location' }, phrases: [
    'Aid reached the camps at [[Kanyaruchinya]] on Monday.',
    'Two soldiers died in the fighting at [[Velika Kladusa]].',
    'The convoy was turned back at [[Orasje]].',
    'The minister landed at [[Pleso]] after midnight.',
  ] },
]);

describeCorpus('location', 'where troops are kept, ships are built, sieges and landings happen, before "at"', [
  { expect: { rule: 'location/preposition' }, phrases: [
    'Shelling went on around the airfield at [[Hostovka]] overnight.',
    'The garrison at [[Varnik]] held out for two weeks.',
    'Frigates were fitted out at the dockyard at [[Kelmore]].',
    'The landings at [[Sarvola]] stalled in the mud.',
  ] },
]);

describeNegatives('location', 'other words before "at" lead to a firm as often', ['He took a job at [[Varvex]] last year.', 'Analysts at [[Kordane]] cut their forecast.']);

describeNegatives('location', '"back at" answers someone unless a verb sends people back', [
  'The governor hit back at [[Dunmore]] in a radio interview.',
  'The startup fired back at [[Kordane]] over the patent claims.',
]);

describeCorpus('location', 'a town after a cue only a place takes, though its name is an English word', [
  { expect: { rule: 'location/place-cue' }, phrases: [
    'Police searched a flat in the suburb of [[Tooting]] on Monday.',
    'Gunmen raided the hamlet of [[Marrow]] at dawn.',
    'Shooting was heard in a village 10 km south of [[Pale]].',
    'Aid trucks were stopped near [[Sake]], 25 km west of Goma.',
  ] },
]);

describeCorpus('location', 'a town a journey heads for by a compass direction', [
  { expect: { kind: 'location' }, phrases: ['Thousands of civilians fled south towards [[Urus-Martan]].'] },
]);

describeNegatives('location', 'a compass direction before what a name owns or qualifies, or a state of affairs', [
  'Marchers gathered west of [[Obama]] \'s rally.',
  'Prices held south of [[Sterling]] levels.',
  'The state of [[Emergency]] was lifted.',
  'He won a settlement of [[Johnson]] claims.',
]);

describeCorpus('location', 'a road named as a whole', [
  { expect: { rule: 'location/place-head' }, phrases: ['Snow closed the [[Marlow Valley Turnpike]] overnight.', 'Traffic on the [[Kessler Expressway]] slowed.', 'Crews repaired the [[Ostermoor Causeway]] in May.'] },
]);

describeNegatives('location', 'a body whose name holds a road word', ['The [[Highway Traffic Safety]] Administration said so.', 'The State [[Highway]] Patrol said so.']);

describeCorpus('location', 'a harbour named for its city', [
  { expect: { rule: 'location/leading-head' }, phrases: ['Containers piled up at the [[Port of Quellbrook]] last week.', 'Ships waited outside the [[Port of Varnholt]] for days.'] },
]);

describeCorpus('organization', "a name before a comma and a country's possessive, which owns the apposition", [
  { expect: { kind: 'organization' }, phrases: ["[[Quorvex]], Kenya's largest telecoms company, said it would appeal."] },
]);

describeCorpus('location', 'a stop named before a railway station noun', [
  { expect: { rule: 'location/station' }, phrases: [
    'Trains were held at [[Tarnby]] station for an hour.',
    'Services between [[Tarnby]] and Farnholm stations resumed.',
    'Services between Tarnby and [[Farnholm]] stations resumed.',
    'He was arrested outside [[Angel]] station.',
  ] },
]);
describeNegatives('location', 'a broadcaster before "station"', ['She reads the news at the [[Fox]] station.', 'Talks between [[Tarnby]] and Farnholm Railway stalled.']);

describeCorpus('location', 'where a person of a given age lives, after "of"', [
  { expect: { rule: 'location/hometown' }, phrases: [
    'Ruth Calder, 34, of [[Thornaby]], was named as the driver.',
    'Owen Pike, 7, of [[Lower Brixham]], was taken to hospital.',
  ] },
]);
describeNegatives('location', 'a firm after the age', ['Sam Green, 29, of [[Acme Holdings]], said the deal was off.']);
describeCorpus('location', 'where a person lives, after "of" and the name\'s comma, with no age, where the clause goes on', [
  { expect: { rule: 'location/hometown' }, phrases: [
    'Marsh, of [[Quincy]], was fined on Friday.',
    'Dale Orwin, of [[Tilbury]], who ran the shop, was cleared.',
    'Mr. Orwin, of [[Avery]], and his wife were hurt.',
  ] },
]);
describeNegatives('location', 'a firm or a longer name after the name\'s comma, or a town the clause does not close', [
  'Mr. Lee, of [[Acme Widgets]], said the deal was off.',
  'Marsh, of [[Quincy]] Partners, declined to comment.',
]);
describeCorpus('location', 'where a person named by an age compound lives, after "from" or "of"', [
  { expect: { rule: 'location/hometown' }, phrases: [
    'A 17-year-old from [[De Torvel]] was charged on Wednesday.',
    'A 42-year-old man of [[Little Brixham]] died at the scene.',
  ] },
]);
describeNegatives('location', 'a name after an age compound that the clause does not close', ['A 17-year-old from [[De Torvel]] Smith Academy won.', 'A letter from [[De Torvel]] was read aloud.']);

describeCorpus('location', 'a town too small for the city list, with a strong cue', [
  { expect: { rule: 'location/cued-town' }, phrases: [
    'The gallery in [[Bath]] will lend two paintings.',
    'Police in [[Wells]], Somerset, are appealing for witnesses.',
    'A man from [[Glastonbury]] had been arrested.',
    'A woman from [[Knaresborough]] was injured in the crash.',
    'Crowds gathered near [[Bath]] on Sunday.',
    'Flooding hit [[Tewkesbury]], Gloucestershire, overnight.',
  ] },
]);

describeNegatives('location', 'a small town\'s name without a strong cue, or as a word or a person', [
  'They bought [[Bath]] stone in a quarry.',
  'A spokesman for [[Wells]] Fargo declined to comment.',
  'The vote went to [[Bath]] and the rest of the council.',
  '[[Wells]] said the plan would work.',
]);

describeCorpus('location', 'a small town\'s whole name of words no list knows, where only its shape reads as a person', [
  { expect: { rule: 'location/town-name' }, phrases: ['The pope rested at [[Castel Gandolfo]] for a month.', 'Workers marched at [[Montecatini Terme]] on Sunday.'] },
]);

describeNegatives('location', 'a town\'s name that a given name opens', ['[[Vittorio Veneto]] said he would stay.']);

describeCorpus('location', 'an oil or gas field named by the word before it', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Chevron will expand output at the [[Tengiz]] field.', 'Output from the [[Kashagan]] oilfield was delayed again.'] },
]);

describeNegatives('location', 'a field of candidates that an adjective names', ['He won easily in a crowded [[Republican]] field.']);

describeCorpus('location', 'a mine, a field or a formation named before what it yields', [
  { expect: { rule: 'location/place-noun' }, phrases: [
    'The [[Tara]] zinc mine near Navan employs 600 people.',
    'Output at the [[Escondida]] copper mine rose 4%.',
    'Oil from the [[Vaca Muerta]] shale formation hit a record.',
    'The [[Rosebank]] oil field lies west of Shetland.',
    'Trucks left the [[Koolyanobbing]] iron ore mine.',
    'Two mines will open in the [[Talcher]] coalfield.',
  ] },
]);

describeNegatives('location', 'a resource word before a noun that is no site', [
  'He met [[Tara]] gold traders in Dubai.',
  'The [[Kerry]] oil company raised its prices.',
]);

describeCorpus('location', 'a name a place\'s possessive describes after a comma', [
  { expect: { rule: 'location/place-cue' }, phrases: [
    'Storms flooded homes on [[Tavua Lailai]], Fiji\'s third-largest island, on Friday.',
    'Rebels held [[Kampung Seruat]], Malaysia\'s most remote village, for a week.',
  ] },
]);

describeNegatives('location', 'a person or a firm a place\'s possessive describes', [
  'The award went to [[Tavita Lailai]], Samoa\'s foreign minister.',
  'Shares of [[Kordexa Varn]], Norway\'s biggest shipper, fell.',
]);

describeCorpus('location', 'a name of several words after "residents of" or "the mayor of"', [
  { expect: { rule: 'location/place-cue' }, phrases: ['Police told residents of [[Castel Ombreto]] to stay indoors.', 'The mayor of [[Villa Orsenigo]] resigned.'] },
]);

describeNegatives('location', 'a name after "residents of" that qualifies a noun', ['The residents of [[Ombreto Vallino]] estate were angry.']);

describeCorpus('location', 'a French place word and a particle', [
  { expect: { rule: 'location/romance-place' }, phrases: ['The stage finished at [[Plateau de Beille]] on Sunday.', 'Riders climbed the [[Puy de Dôme]] in fog.', 'Boats crossed the [[Lac de Joux]] at dawn.'] },
]);

describeCorpus('location', 'volcanoes and peaks named bare, and an Indonesian regency', [
  { expect: { value: 'Etna' }, phrases: ['Ash from [[Etna]] closed the airport.'] },
  { expect: { rule: 'location/place-noun' }, phrases: ['Floods hit villages in [[Tanah Lomba]] regency.'] },
]);

describeCorpus('location', 'an English word capitalized inside a sentence before a river or a valley', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Troops crossed the [[Swat]] river on Monday.', 'Farms in the [[Heron]] valley were flooded.'] },
]);

describeCorpus('location', 'a name before an electoral or civic division', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Speaking in his [[Dunmarsh]] constituency, he thanked voters.', 'She won the [[Quenby]] electorate by 300 votes.', 'He lost the [[Outremont]] riding in 2019.', 'Turnout in the [[Kilnworth]] ward was low.'] },
]);

describeCorpus('location', 'a name opened by a capitalized article before a place noun', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Output fell at its [[El Quemado]] mine.', 'Crews reached the [[La Piedra]] district.'] },
]);

describeNegatives('location', 'a party or a run held by "of the" before a division', [
  'The [[Tory]] ward councillors resigned.',
  'Lam Wai-keung of the Social Welfare constituency won.',
]);

describeNegatives('location', 'an English word before a division, or opening the sentence before a river', [
  'Growth in the [[Euro]] area slowed.',
  '[[Silver]] river boats were sold at auction.',
]);

describeCorpus('location', 'English words after "residents of", a cue only a town takes', [
  { expect: { rule: 'location/place-cue' }, phrases: ['Residents of [[Harrow Landing]] were told to leave.', 'The mayor of [[Pleasant Grove]] resigned on Monday.'] },
]);

describeNegatives('location', 'English words after "residents of" that qualify a noun', ['Residents of [[Harrow Landing]] estates were angry.']);

describeCorpus('location', 'an electoral division after "the seat of", "the riding of" or "the constituency of"', [
  { expect: { kind: 'location' }, phrases: ['Labor won the seat of [[Tarrawong]] on Saturday.', 'He lost the riding of [[Carleton]] to a newcomer.', 'She held the constituency of [[Hexham]] easily.'] },
]);
describeCorpus('location', 'a town "of" a mayor or residents before a verb of a person, or an adverb', [
  { expect: { rule: 'location/place-class' }, phrases: ['The mayor of [[Hexwick]] resigned on Monday.', 'The mayor of [[Hexwick]] said the roads were shut.', 'Residents of [[Tarrow]] narrowly escaped.'] },
]);
describeNegatives('location', 'an institution\'s head alone after a noun of a town', ['The seat of [[Government]] moved inland.', 'It sits at the heart of [[Parliament]].']);

describeCorpus('location', "a town between an article and a plain noun for a person", [
  { expect: { rule: 'location/hometown' }, phrases: [
    'A [[Fairview]] man has been charged with burglary.',
    'Police said a [[Castlebar]] woman was hurt.',
    'A 17-year-old [[Wexley]] boy died on Friday.',
  ] },
]);
describeNegatives('location', 'a people, a faith, a common word or a family before the noun', [
  'A [[Sikh]] man won the seat.',
  'A [[Black]] woman sued the city.',
  'He met a [[Smith]] family member.',
]);

describeCorpus('location', 'towns after a plural for the people who live there and "from"', [
  { expect: { rule: 'location/hometown' }, phrases: [
    'Families from [[Corio]] and [[Norlane]] were queuing.',
    'She said vendors from [[Putney]] wanted more space.',
  ] },
]);
describeNegatives('location', 'a university after students and "from"', ['Students from [[Harvard]] came.']);

describeCorpus('location', 'a town between a firm and the site it works from', [
  { expect: { kind: 'location', rule: 'location/owners-site' }, phrases: [
    'The chipmaker showed the phone at its [[Cupertino]] headquarters on Monday.',
    'Hundreds of staff left the retailer\'s [[Bentonville]] offices early.',
    'The software group hired 300 engineers for its [[Mountain View]] campus.',
    'The founder met the engineers at his [[Cupertino]] office.',
  ] },
  { expect: { kind: 'location' }, phrases: ['The lender\'s [[London]] office will close in June.', 'The insurer\'s [[Paris]] branch was fined.'] },
]);
describeNegatives('organization', 'a town between a firm and its site is no firm', [
  'The chipmaker showed the phone at its [[Cupertino]] headquarters on Monday.',
  'The lender\'s [[London]] office will close in June.',
]);
describeCorpus('organization', 'a firm before a site of its owner\'s stays a firm', [
  { expect: { kind: 'organization' }, phrases: ['Carmaker GM said its [[Opel]] plant would close.'] },
]);

describeCorpus('location', 'a town of two words that a given name opens, after a preposition of place', [
  { expect: { kind: 'location' }, phrases: [
    'Police arrested the smuggler in [[Mae Sot]] on Friday.',
    'The family has lived in [[Glen Ellyn]] since 2004.',
  ] },
]);
describeCorpus('person', 'a given name and a surname after "in" stay a person', [
  { expect: { kind: 'person' }, phrases: ['The meeting was held in [[Jim Smith]]\'s kitchen.'] },
]);

describe('a town a cue placed once stays a place where only its shape says person', () => {
  it('keeps the later mention a place', () => {
    const text = 'Police arrested the smuggler in Mae Sot on Friday. Mae Sot is a busy border town.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Mae Sot', 'Mae Sot']);
    expect(factsOf('person', text)).toEqual([]);
  });
  it('leaves a person the document never placed a person', () => {
    expect(factsOf('person', 'Jim Smith met the mayor in Glen Ellyn. Jim Smith left early.').map((f) => f.text)).toEqual(['Jim Smith', 'Jim Smith']);
  });
});

describeCorpus('location', 'a park, square, palace, museum, theatre or church of a Romance-speaking town, head first', [
  { expect: { rule: 'location/leading-head' }, phrases: ['The concert at [[Parque Quinteros Alba]] drew 40,000 fans.', 'Tickets for [[Teatro Vellani]] sold out.'] },
  { expect: { rule: 'location/romance-place' }, phrases: ['Police cleared the [[Plaza de Armas]] overnight.', 'The [[Palacio de Ombreto]] reopened in May.', 'Crowds queued outside the [[Museo del Varnal]].'] },
]);

describeNegatives('location', 'a surname that is a Romance site word', ['[[Antonio Plaza]] said the team would appeal.']);

describeCorpus('location', 'the last of a list of names before a plural noun of division', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Snow closed roads in Toyama and [[Ishikawa]] prefectures.', 'Inspectors visited Niigata, Toyama and [[Ishikawa]] prefectures.'] },
]);
describeCorpus('person', 'a surname beside a plural noun of division with no list before it', [
  { expect: { kind: 'person' }, phrases: ['[[Ishikawa]] said the prefectures would share the cost.'] },
]);

describeCorpus('location', 'a pass named before "tunnel"', [
  { expect: { rule: 'location/place-noun' }, phrases: ['Snow shut the [[Varzob]] tunnel for a week.', 'Rebels held the northern end of the [[Khinjan]] tunnel.'] },
]);
describeNegatives('location', 'a surname before "tunnel"', ['Workers dug the [[Smith]] tunnel by hand.']);

describeCorpus('location', 'the last of a list of names before a plural noun of land, water or town quarters', [
  {
    expect: { rule: 'location/place-noun' },
    phrases: [
      'Floods sent the Tarrow and [[Middle Fork]] rivers over their banks.',
      'Mud poured down the Sacobia and [[Pasig-Potrero]] rivers.',
      'The ground in the Petobo and [[Balaroa]] neighbourhoods liquefied.',
    ],
  },
]);
describeCorpus('location', "the first of such a list, named with the list's last", [
  { expect: { rule: 'location/list' }, phrases: ['Floods sent the [[Tarrow]] and Middle Fork rivers over their banks.'] },
]);
describeNegatives('location', "peoples' adjectives joined before a plural noun of place", ['Troops shelled the Syrian-Lebanese and [[Turkish-Iraqi]] villages.']);

describeCorpus('location', 'a name right before "resident" or "residents" is where they live', [
  {
    expect: { rule: 'location/hometown' },
    phrases: [
      '"We heard the tanks explode," said [[Cobbarra]] resident Jenny Lowe.',
      '[[Tarrowby]] residents fled down the only road.',
      'Jenny Lowe, a [[Cobbarra]] resident, lost her barn.',
    ],
  },
]);
describeNegatives('location', 'a firm before a resident post', ['The [[Quorvex]] resident engineer said the dam was safe.']);

describeCorpus('location', "a small town before \"in\" and its own county or state, or after \"above\" or \"toward\"", [
  {
    expect: { rule: 'location/cued-town' },
    phrases: [
      'The weather agency said [[Hakone]] in Kanagawa prefecture had the most rain.',
      'Smoke rose from the hills above [[Altadena]] overnight.',
      'The convoy turned back toward [[Bertioga]] at dusk.',
    ],
  },
]);
describeNegatives('location', "a small town's name with its region but as a person", ['[[Wells]] in Somerset Council said the plan would work.']);
