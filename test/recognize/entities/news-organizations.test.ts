import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'organizations that news names often', [
  { expect: { kind: 'organization' }, phrases: [
    'Officials blamed [[Hezbollah]] for the attack.',
    'Talks between [[Hamas]] and [[Fatah]] stalled.',
    'A report by [[Human Rights Watch]] was released on Monday.',
    '[[Airbus]] delivered fewer jets this year.',
    'Shares in [[Apple]] rose after the launch.',
    'Reporters for [[Wikinews]] attended the opening.',
    '[[Meta]] said it would cut 5 percent of its staff.',
    'Regulators fined [[Shein]] over its labels.',
    '[[Anthropic]] and [[Novo Nordisk]] were named.',
    'Property stocks dragged the [[Hang Seng]] lower.',
    'Delays hit trains run by [[National Rail]] on Sunday.',
    'Officers from [[Avon and Somerset Constabulary]] arrested two men.',
    'Aid was cut, according to the [[World Food Programme]].',
    'Voters backed the [[National Rally]] in the north.',
    'Lawyers for [[Friends of the Earth]] said they would appeal.',
    'Students marched with [[Fridays for Future]] in the rain.',
    '[[Earthjustice]] sued the agency on Monday.',
    'A study by [[World Weather Attribution]] found the heat was made likelier.',
  ] },
  { expect: { value: 'al-Qaeda' }, phrases: ['The group pledged loyalty to [[al-Qaeda]] in 2014.'] },
  { expect: { value: 'Al-Jazeera', rule: 'organization/lexicon' }, phrases: ['The tape was aired by [[Al-Jazeera]] on Sunday.'] },
]);

describeCorpus('person', 'an Arabic article inside a name', [
  { expect: { value: 'Bashar al-Assad' }, phrases: ['Troops loyal to [[Bashar al-Assad]] advanced.'] },
]);

describeNegatives('organization', 'the same words as ordinary words', ['She ate an apple and a pear.', 'The taliban-style rules were lowercase here.']);

describeCorpus('organization', 'defence firms named by a coined word or a surname', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Shells made by [[Rheinmetall]] were delivered in March.',
    'Frigates built by [[Babcock]] will enter service in 2030.',
    'A plant run by [[Nammo]] in Norway doubled output.',
  ] },
]);

describeCorpus('organization', 'military commands and services whose names close on no head', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'The admiral who heads [[Allied Command Transformation]] spoke in Riga.',
    'The general leading [[Allied Command Operations]] retired.',
    'A spokesman for [[Inter-Services Public Relations]] denied the report.',
  ] },
]);

describeCorpus('organization', 'armed movements of wars past, whose first word reads as a given name', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Units of the [[Viet Cong]] attacked the airfield.',
    'The [[Viet Minh]] hauled guns over the hills.',
    'The [[Khmer Rouge]] emptied the cities in 1975.',
  ] },
]);

describeNegatives('person', 'an armed movement is no person', ['Units of the [[Viet Cong]] attacked the airfield.', 'The [[Viet Minh]] hauled guns over the hills.']);

describeCorpus('organization', 'firms named for their founders', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['Analysts at [[Merrill Lynch]] cut the rating.', '[[Morgan Stanley]] led the offering.'] },
]);

describeCorpus('organization', 'companies whose name is a possessive', [
  { expect: { rule: 'organization/possessive-name' }, phrases: ["[[Moody's]] lowered the rating.", "The vase was sold at [[Sotheby's]] on Monday."] },
  { expect: { kind: 'organization' }, phrases: ["[[Moody's Investors Service]] cut its outlook."] },
  { expect: { value: 'Sotheby\u2019s' }, phrases: ['The vase was sold at [[Sotheby\u2019s]] on Monday.'] },
]);

describeNegatives('organization', "a person's possessive with the same name", ["[[Lloyd]]'s wife said he was ill."]);

describeCorpus('organization', 'known names that hold a capitalized function word', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'A surgeon with [[Doctors Without Borders]] treated the wounded.',
    'The arrest was condemned by [[Reporters Without Borders]] on Friday.',
    'Food was flown in by [[Save the Children]] last week.',
  ] },
]);

describeNegatives('organization', 'function words between names that no known name holds', [
  'Pilots [[Without]] Licences were grounded.',
  'Doctors [[Without]] Pay went on strike.',
]);

describeCorpus('organization', 'bands and sports bodies that no suffix marks', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'A lawsuit over the catalogue of the [[Beatles]] was settled.',
    'Fans queued for hours to see the [[Rolling Stones]] in Lisbon.',
    'The pitcher was suspended by [[Major League Baseball]] for ten games.',
    'TENNIS - [[MAJOR LEAGUE SOCCER]] RESULTS',
  ] },
]);

describeCorpus('organization', 'newspapers of other lands', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'The leak was first reported by [[Le Monde]] on Sunday.',
    'An editorial in the [[Yomiuri Shimbun]] urged calm.',
    'A columnist at Rome\'s la [[Repubblica]] disagreed.',
  ] },
  { expect: { rule: 'organization/suffix' }, phrases: ['A survey by the [[Hokkaido Shimbun]] found support falling.', 'The [[Badische Zeitung]] printed the letter.'] },
]);

describeNegatives('organization', 'a name with the same article that is a person\'s', ['The far-right leader [[Le Pen]] spoke in Nice.']);

describeCorpus('organization', "outlets whose initials are a currency's code or whose name closes on a weekday", [
  { expect: { rule: 'organization/lexicon' }, phrases: ['The senator told [[NPR]] he would run again.', 'He gave an interview to the [[Mail on Sunday]].', 'She wrote a column for the [[Observer]] last year.'] },
]);
describeNegatives('organization', 'the word for a watcher', ['An [[observer]] said the vote was fair.', '[[Observers]] said the count was slow.']);

describeCorpus('organization', 'an institution named by one word', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['The capsule will go on show at the [[Smithsonian]] next spring.'] },
]);

describeCorpus('organization', 'lenders named like people', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['A loan from [[Freddie Mac]] paid for the house.', 'Lawyers for [[Enron]] asked for a delay.'] },
]);

describeNegatives('organization', 'a person with a given name of such a lender', ['[[Freddie Mercer]] sang at the gala.']);

describeCorpus('organization', 'car makers named like a person', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['The [[Alfa Romeo]] driver took pole.', '[[Rolls-Royce]] said profits fell.', 'Fans cheered [[Aston Martin]] at the show.'] },
]);

describeCorpus('organization', "papers and bodies named with 'People's' or a workers' plural", [
  { expect: { kind: 'organization' }, phrases: [
    "The editorial in the [[People's Daily]] was unsigned.",
    "A unit of the [[People's Liberation Army]] moved north.",
    "A letter in [[Workers' Daily]] said so.",
    "The [[Chinese People's Political Consultative Conference]] opened its session.",
  ] },
]);

describeCorpus('organization', 'exchanges and bodies named by a clipped word or an event head', [
  { expect: { kind: 'organization' }, phrases: ['The [[Amex]] said trading would resume.', 'The [[Conference Board]] said confidence fell.'] },
]);

describeCorpus('organization', 'a police force named by its building', [
  { expect: { value: 'Scotland Yard' }, phrases: ['[[Scotland Yard]] said five men had been arrested.'] },
]);

describeCorpus('organization', 'a political group between "the" and its kind', [
  { expect: { rule: 'organization/political-group' }, phrases: [
    'The [[Herri Batasuna]] party condemned the arrests.',
    'Members of the [[Jatiya Samajtantrik Andolan]] party walked out.',
    'The [[United Quarrymen]] union called a strike.',
    'Members of the [[Tarnwick]] union voted to accept the offer.',
    "The former leader's new [[uTarlo weVarvak]] party drew crowds.",
    'The new [[Tarlo Varvak]] (TV) party won four seats.',
  ] },
]);
describeNegatives('organization', "a person's possessive right before a person's name and a kind of body", ["The senator's [[Tom Hale]] agency story ran."]);
describeNegatives('organization', 'a word that describes a body before its kind and its name', ['The [[Indigenous]] organization Varvak criticized the plan.', 'The [[Aboriginal]] group Tarnwick sued.']);

describeCorpus('organization', 'a political group after its stance or "whose", before its kind', [
  { expect: { rule: 'organization/political-group' }, phrases: [
    'Voters backed the centrist [[Blue Horizon]] party in May.',
    'Delegates of the nationalist [[Golden Dawn]] movement met in Athens.',
    'The senator, whose [[National Renewal]] party lost, resigned.',
    'Crowds rallied against the ruling [[Georgian Dream]] party\'s plan.',
  ] },
  { expect: { kind: 'organization' }, phrases: ['She quit the opposition [[Democratic Center]] party in March.'] },
]);
describeCorpus('organization', 'a word of what a body does between its name and its kind', [
  { expect: { rule: 'organization/political-group' }, phrases: [
    'The [[Foro Penal]] rights group said 800 people remain jailed.',
    'The [[Tarvex]] militant group claimed the attack.',
    'Fighters of the [[Wagner]] mercenary group withdrew.',
  ] },
]);
describeNegatives('organization', "a person's name before a body's trade and kind", ['The [[John Smith]] rights group said.']);
describeCorpus('organization', "a creed in a group's name before its kind outweighs a place's head in it", [
  { expect: { kind: 'organization' }, phrases: [
    'Maria Cabal of the [[Democratic Centre]] party demanded a debate.',
    'Lawmakers from the [[Popular Centre]] party walked out.',
    'Members of the [[National Harbour]] movement marched on the capital.',
  ] },
]);
describeNegatives('organization', 'a place or an event before a host\'s party', [
  'She spoke at the [[Hyde Park]] party on Sunday.',
  'They threw their [[Super Bowl]] party early.',
  'Guests at the [[Green Park]] party danced until dawn.',
]);

describeCorpus('person', 'a group named for its leader keeps the leader', [
  { expect: { kind: 'person' }, phrases: ['Fighters of the [[Jose Ramos]] faction withdrew.'] },
]);

describe('a digest of the press', () => {
  const digest = [
    'PRESS DIGEST - Varvakia - Aug 30',
    'TARLO 1996-08-30',
    'These are the leading stories in the Varvakian press on Friday .',
    'DAILY QUORVANE',
    '- The opposition said it would boycott parliament .',
    'Tarlo Evening Post',
    '- Prices rose .',
  ].join('\n');
  it('names a paper on each line that holds only its name', () => {
    const papers = factsOf('organization', digest).filter((f) => f.rule === 'organization/newspaper-line');
    expect(papers.map((f) => f.text)).toEqual(['DAILY QUORVANE', 'Tarlo Evening Post']);
  });
  it('the dateline stays a place', () => {
    expect(factsOf('location', digest).map((f) => f.text)).toContain('TARLO');
  });
  it('a story with no digest headline names no paper by its lines', () => {
    const story = digest.replace('PRESS DIGEST', 'FLOODS HIT');
    expect(factsOf('organization', story).filter((f) => f.rule === 'organization/newspaper-line')).toEqual([]);
  });
});

describeCorpus('organization', 'firms of two partners and public bodies the lexicon knows, wherever they stand', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    '[[Marks and Spencer]] will shut 30 stores.',
    'Queues formed outside [[Barnes & Noble]] on Fifth Avenue.',
    '[[Network Rail]] blamed the delays on a broken signal.',
    '[[Cal Fire]] said the blaze was 19% contained.',
    'Crews from [[Caltrans]] reopened the highway.',
    'The accounts were filed at [[Companies House]] in May.',
    '[[Ofwat]] ordered the firms to cut bills.',
    '[[Acas]] said talks had broken down.',
    'Regulators said [[Credit Suisse]] needed more capital.',
    'Doctors from [[Médecins Sans Frontières]] treated the wounded.',
    'Leaders of [[Mercosur]] met in Asunción.',
  ] },
]);

describeCorpus('organization', 'American firms and unions that late-1980s business news names bare', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Analysts expect [[Pacific Telesis]] to raise its dividend.',
    'The bid by [[First Boston]] was rejected.',
    '[[Nynex]] is also expected to bid.',
    'Leaders of the [[AFL-CIO]] met on Monday.',
  ] },
]);

describeCorpus('organization', 'a laboratory named with the clipped head', [
  { expect: { rule: 'organization/head' }, phrases: ['Researchers at the [[Quorvane Lab]] traced the spyware.', '[[Tarnwick Lab]] researcher Ana Ruiz said.'] },
]);

describeCorpus('organization', 'a journal named by one ordinary word after a cue of publishing', [
  { expect: { rule: 'organization/journal' }, phrases: [
    'The results were published in [[Nature]] on Wednesday.',
    'Writing in [[Science]], the team said the bones were older.',
    'An editorial in the journal [[Cell]] urged caution.',
    'Doctors reported in the [[Lancet]] that the trial had failed.',
  ] },
  { expect: { kind: 'organization' }, phrases: ['The findings, published in [[Nature Medicine]], were welcomed.'] },
]);
describeNegatives('organization', 'the same words outside a cue of publishing', [
  '[[Nature]] is slowly returning to the valley.',
  'Pupils in [[Science]] class built a rocket.',
  'She found peace in [[Nature]], she said.',
]);

describeCorpus('organization', 'a journal after a dating phrase between the publishing and the "in", and a family title with its field', [
  { expect: { rule: 'organization/journal' }, phrases: [
    'The study was published on Tuesday in The [[Lancet]].',
    'Astronomers reported last week in [[Science]] that the burst was far away.',
    'The team wrote today in [[Cell]] that mice recovered.',
    'The geologists reported in [[Nature Geoscience]] that the river had dried up.',
    'A paper published in [[Cell Metabolism]] found the same.',
  ] },
]);
describeNegatives('organization', 'a family title goes on with no place, and a dating phrase without a publishing word cues no journal', [
  'The study was carried out in [[Science Park]] last year.',
  'He arrived on Tuesday in [[Nature]], a village on the coast.',
]);

describeCorpus('organization', "a people's adjective or a country's name before the Red Cross or the Red Crescent names a national society", [
  { expect: { rule: 'organization/national-society' }, phrases: [
    'The [[Mexican Red Cross]] will send patients to the clinic.',
    'The [[South African Red Cross]] said it would help.',
    'Volunteers from the [[Kenya Red Cross]] handed out water.',
    'The [[Palestine Red Crescent]] said two ambulances were hit.',
  ] },
]);
describeNegatives('location', 'the adjective of a national society is no place of its own', ['The [[Mexican]] Red Cross will send patients to the clinic.']);
describeNegatives('organization', 'a place after the movement stays apart from it', ['Officials of the Red Cross in [[Kenya]] said so.']);

describeCorpus('organization', 'airlines and movements named by a plural', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['[[Emirates]] said it would order more jets.', 'The [[Houthis]] fired a drone at the tanker.', 'The [[Africa CDC]] declared an emergency.'] },
]);

describeCorpus('organization', 'a firm named like a river, without the article', [
  { expect: { rule: 'organization/lexicon', value: 'Amazon' }, phrases: ['The startup is backed by [[Amazon]] and Google.', '[[Amazon]] and Google bid for the contract.'] },
]);
describeCorpus('location', 'the country and the sea that the article names', [
  { expect: { rule: 'location/feature-after-article' }, phrases: ['She moved to the [[Emirates]] for work.', 'Small boats crossed the [[Channel]] last year.'] },
]);

describeCorpus('organization', 'a football league that a capital letter closes, at the sentence end too', [
  { expect: { rule: 'organization/lexicon', value: 'Serie A' }, phrases: ['Lecce finished bottom of [[Serie A]].', 'Lecce lead [[Serie A]] by two points.'] },
  { expect: { rule: 'organization/lexicon', value: 'Serie B' }, phrases: ['He moved from [[Serie B]] to the Bundesliga.'] },
]);
describeNegatives('location', 'a league that ends its sentence', ['Lecce finished bottom of [[Serie A]].', 'Lecce finished bottom of [[Serie A.]]']);

describeCorpus('organization', 'a stock index named with the count of its members', [
  { expect: { rule: 'organization/market-index' }, phrases: [
    'Miners lifted the [[FTSE 100]] on Tuesday.',
    "Tokyo's [[Nikkei 225]] fell 1 percent.",
    'The [[S&P 500]] closed at a record.',
    'Small caps in the [[Russell 2000]] lagged.',
    "Germany's [[DAX 30]] slipped 1.2 percent.",
    'Exporters dragged the [[DAX 30]] lower.',
  ] },
  { expect: { value: 'FTSE 250' }, phrases: ['The [[FTSE 250]] rose.'] },
]);

describeNegatives('organization', "a figure after an index's name that counts its move, or a person's name", [
  'The FTSE fell [[100]] points.',
  'Nasdaq [[100]] points lower was the call.',
  'Russell [[2000]] was the year he left.',
]);

describeNegatives('location', "a planet inside a group's name is no place of its own", ['Lawyers for Friends of the [[Earth]] said they would appeal.']);

describeCorpus('organization', 'commodity traders, exchanges and freight analysts named by a family, a coined word or a place', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    '[[Louis Dreyfus]] posts lower profit as margins shrink',
    'Palm oil futures on [[Bursa Malaysia Derivatives]] rose for a third day.',
    'LONDON ([[Lloyd\'s List]]) - Container rates rose again.',
    'Exports rose, according to [[Rusagrotrans]] data.',
  ] },
]);
describeNegatives('organization', 'a person whose surname joins a trading family\'s names', ['The actress [[Julia Louis-Dreyfus]] won the award.']);

describeCorpus('organization', 'a title of ordinary words between "the" and a noun of the press', [
  { expect: { rule: 'organization/media-title' }, phrases: [
    'Police held 15 people, the [[Daily Nation]] newspaper said.',
    'He told the [[Guardian]] newspaper on Friday.',
    'The minister spoke to the [[Evening Lantern]] daily.',
    'According to the [[Beacon]] weekly, talks failed.',
  ] },
]);

describeCorpus('organization', 'a paper named by the place it serves and a word of its title', [
  { expect: { rule: 'organization/masthead' }, phrases: [
    'The story was first reported by the [[Fresno Bee]] on Sunday.',
    'She told the [[Tucson Citizen]] that she would not run.',
    'According to the [[Orlando Sentinel]], the park will close.',
    'The [[Wichita Eagle]] endorsed him.',
    'A columnist at the [[Cleveland Plain Dealer]] wrote about it.',
    'The [[Milwaukee Journal Sentinel]] obtained the emails.',
    'Editors at the [[Richmond Times-Dispatch]] declined to comment.',
    'The [[Arkansas Democrat-Gazette]] reported the sale.',
  ] },
]);

describeNegatives('organization', 'a country\'s republic, a party\'s member, a person', [
  'Troops crossed into the [[Congo Republic]] overnight.',
  'The senator, a [[Texas]] Democrat, voted no.',
  '[[Jordan Banner]] scored twice for the visitors.',
]);

describeNegatives('organization', 'a place, a day, a people or a stance before a noun of the press', [
  'The [[Moscow]] daily said the deal was off.',
  'The [[Sunday]] paper ran the story.',
  'The [[Catholic]] weekly criticised the bill.',
  'He told the [[English-language]] daily.',
  'The [[Kenyan]] newspaper said 15 people were held.',
]);

describeCorpus('organization', 'armed groups named by a people and a nickname, a given name, or a possessive', [
  { expect: { kind: 'organization' }, phrases: [
    'The [[Tamil Tigers]] attacked an army camp near Jaffna.',
    '[[Abu Sayyaf]] kidnapped two tourists from a resort.',
    'The [[Zapatistas]] called a truce in Chiapas.',
    "The [[Lord's Resistance Army]] raided three villages.",
  ] },
]);

describeNegatives('organization', "a ground named in the possessive, and a prayer", ["England batted first at [[Lord]]'s.", "They said the [[Lord]]'s Prayer."]);

describeCorpus('organization', 'a pollster named before its poll or after "a poll by"', [
  { expect: { rule: 'organization/pollster' }, phrases: [
    'A new [[Varquest]] poll showed the senator ahead.',
    'A poll by [[Tarnfeld]] for the broadcaster put the party on 16 percent.',
    'A survey conducted by [[Morning Verity]] found support had slipped.',
    'Polls carried out by [[Quellsa]] showed a tie.',
  ] },
]);

describeNegatives('organization', 'a place, a month, a people or a person before or after a poll', [
  'A [[Texas]] poll showed the senator ahead.',
  'The [[January]] survey found support had slipped.',
  'A [[German]] poll put the party on 16 percent.',
  'A poll by [[Nate Silver]] showed a tie.',
]);
describeCorpus('organization', 'developers, landlords, estate agents and housing associations named by a founder, a coined word or initials', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Estate agents [[Knight Frank]] expect prime rents to rise.',
    'A survey by [[Douglas Elliman]] showed fewer sales.',
    '[[Royal LePage]] forecast a 4 percent rise in prices.',
    '[[Tishman Speyer]] bought the tower for $1 billion.',
    'Tenants of [[L&Q]] complained of damp.',
    '[[America Online]] agreed to buy the publisher.',
  ] },
]);
describeNegatives('organization', "a person whose surname is a landlord's name", ['The historian [[Amanda Peabody]] wrote the book.']);
describeCorpus('organization', 'movements, peacekeeping forces, Soviet-era bodies and state firms as 1990s wire copy named them', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    'Fighters of the [[Taleban]] militia shelled the airport.',
    'A spokesman for [[UNFICYP]] said patrols were stepped up.',
    'The [[Supreme Soviet]] voted to delay the privatisation law.',
    'Leaders of the [[Commonwealth of Independent States]] met in Minsk.',
    'Shares in [[Telebras]] rose 2 percent.',
    'Gas buyers such as [[Ruhrgas]] signed new contracts.',
    '[[Yabloko]] leader Pavel Orlov voted against the budget.',
  ] },
]);
describeNegatives('location', "the Commonwealth of Independent States is a body, not a country", ['Leaders of the [[Commonwealth of Independent States]] met in Minsk.']);

describeCorpus('organization', 'a news agency named by a coined word before "news agency"', [
  { expect: { kind: 'organization' }, phrases: ['He told the [[Prelura]] news agency that talks had stalled.'] },
]);
describeCorpus('organization', "a paper's whole name after its noun of kind, though a list knows its first word as another body", [
  { expect: { kind: 'organization' }, phrases: ['The weekly [[Nasa Rec]] reported the arrests.', 'The daily [[Apple Vesti]] said the mayor had resigned.'] },
]);

describeCorpus('organization', 'weather services, utilities and rescue groups that disaster copy quotes by a name of plain words', [
  { expect: { rule: 'organization/lexicon' }, phrases: [
    '[[Météo-France]] said three towns set records.',
    '[[Con Edison]] said power would be back by Friday.',
    'The [[White Helmets]] pulled two children from the rubble.',
    '[[Eskom]] cut power to millions of homes.',
  ] },
]);
describeNegatives('person', 'a utility whose first word reads as a given name', ['[[Con Edison]] said power would be back by Friday.']);
