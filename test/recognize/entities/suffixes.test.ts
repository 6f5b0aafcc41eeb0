import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'a party or an alliance named as a platform', [
  { expect: { rule: 'organization/head' }, phrases: ['Police held 30 members of the [[Civic Renewal Platform]] before the rally.', 'Tusk led [[Civic Platform]] back to power.'] },
]);
describeNegatives('organization', 'a numbered platform of a station', ['The train left from [[Platform 4]] at noon.']);

describeNegatives('organization', 'a place or a people before "AI" qualifies the field', ['Investors backed a [[Bengaluru AI]] startup.', 'Lawmakers praised [[French AI]] research.']);

describeCorpus('organization', 'company suffixes and institutional heads', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Shares of [[Quorvane Holdings]] fell sharply.',
    'She joined [[Baltic Ferrous Steel]] in March.',
    'The deal values [[Tellmark Inc.]] at nearly twice its sales.',
    'Passengers of [[Skyvale Airlines]] were stranded.',
    'The magazine belongs to [[Harwick - Lyle Cos.]] , the publisher .',
    'The stake went to [[Quorvane Foods S.A.]] of France , which said nothing .',
    'Exit polls by [[Tarnwick Research]] showed a narrow lead.',
    'A study by [[Brodex Analytics]] found the opposite.',
    'Paris-based [[Quorvane AI]] raised funds in a round led by a chipmaker.',
    'The model was trained by [[Tarvelle AI]] on public data.',
    'The drug, made by [[Varvak Biopharmaceutical]] of Denver, was given to both patients.',
    'The firm hired [[Varvak Consulting]] to review its books.',
    'Jets built by [[Skyvale Industrie]] , the consortium , were delivered .',
    // A bracket inside a registered name, before its legal form.
    '[[Tai Wo Fung (Holdings) Ltd.]] said on Monday it would sell the hotel.',
    'Output at [[Kelbrook Platinum (Pty) Ltd]] fell by a tenth.',
    '[[Orvane Motor (China) Co.]] recalled 20,000 cars.',
    'The loan came from [[Marlow Bank (Hong Kong) Limited]] last year.',
  ] },
  { expect: { kind: 'organization' }, phrases: [
    'A statement from the [[Ministry of Fisheries]] was expected.',
    'The [[Supreme Court]] ruled against the plan.',
    'He studied at the [[University of Tartu]] for years.',
    'Members of the [[Green Valley Farmers Association]] protested.',
    'She left the [[Harbor Org]] after ten years.',
  ] },
]);

describeCorpus('organization', "a firm's lending arm", [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Analysts said [[Orvane Motor Credit]] raised its rates.',
    '[[Kelbrook Motors Acceptance]] sold $2 billion of notes.',
    '[[Ford Credit]] cut its loan rates.',
    '[[Orvane Motor Credit]] of Dearborn, Mich., raised rates.',
    // One word a firm's list holds, though a given name opens it.
    '[[Harley-Davidson Credit]] raised its rates.',
  ] },
]);

describeNegatives('organization', 'the word of a lending arm after no firm', [
  'Families may claim the [[Child Tax Credit]] again.',
  'Joan Tavish [[Photo Credit]]: Reuters',
  'A loan from [[Jane Credit]] was repaid.',
]);

describe('a bracket that is no part of a name', () => {
  it.each([
    ['a country as an aside', 'Orvane (UK) said it would close two plants.', 'location', ['UK']],
    ['a party after a person', 'He met Joan Tavish (Labour) on Monday.', 'organization', ['Labour']],
    ['a ticker with no legal form after it', 'Shares of Kelbrook Platinum (KPL) rose 3%.', 'organization', ['Kelbrook Platinum', 'KPL']],
  ] as const)('%s', (_name, text, kind, names) => {
    expect(factsOf(kind, text).map((f) => f.text)).toEqual(names);
  });
});

describe("a firm's short form, without its legal form and the bracket before it", () => {
  it.each([
    ['a family name', 'Tai Wo Fung (Holdings) Ltd. fell 2%. Tai Wo Fung said rents rose.', 'Tai Wo Fung'],
    ['a country bracket', 'Orvane Motor (China) Co. recalled cars. Orvane Motor said the fault was minor.', 'Orvane Motor'],
  ])('%s', (_name, text, short) => {
    const orgs = factsOf('organization', text);
    expect(orgs.map((f) => f.text)).toContain(short);
    expect(factsOf('person', text)).toEqual([]);
  });
});

describe('a post "of" an institution before its holder', () => {
  it('is the institution, then the person, though no list knows the given name', () => {
    const text = 'Later, Director of the Tenants Council Orvin Kalder told reporters the rent was too high.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Tenants Council']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Orvin Kalder']);
  });
});

describeCorpus('organization', 'a suffix after "of" names what follows it, unless a head comes before the "of"', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Shares of [[Quorvane Holdings Corp.]] fell sharply.',
    'Analyst Peder Vaaland of [[Tellmark & Co.]] cut his rating.',
    '[[Bank of Ostrava Corp.]] raised its dividend.',
  ] },
  { expect: { kind: 'organization', rule: 'organization/head-of' }, phrases: ['Shares in the [[Royal Bank of Ostrava]] fell.', '[[Grace Bank of Oregon]] lent more.'] },
  { expect: { kind: 'organization', rule: 'organization/head' }, phrases: ['Fighters of the [[Hamid Army]] withdrew.', 'The [[Yusuf Azzam Brigades]] said it fired the rockets.'] },
  { expect: { kind: 'organization', rule: 'organization/head-of' }, phrases: ['[[Harbor Savings Association of Cedar Hills]] was seized.', 'Depositors of the [[Pioneer Bank of Sandy Bay]] lined up.'] },
]);

describeCorpus('organization', "an institution's head and the town of its campus close the name", [
  { expect: { rule: 'organization/head' }, phrases: [
    'Researchers from [[Quorvane College London]] led the trial.',
    'She teaches at [[Tarnwick University Abu Dhabi]] now.',
    "He studied at [[Queen's College London]] for a year.",
    'A team at [[Vellmar Institute Berlin]] built the chip.',
  ] },
]);

describe('a titled name before "of" and a company', () => {
  it('is the person, then the company', () => {
    const text = 'Analyst Peder Vaaland of Tellmark & Co. cut his rating.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Peder Vaaland']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Tellmark & Co.']);
  });
});

describeCorpus('organization', 'a party whose words are also titles', [
  { expect: { kind: 'organization' }, phrases: ['Officials said the [[Labour Party]] would respond.', 'Voters deserted the [[Conservative Party]] in May.'] },
]);

describeCorpus('organization', 'heads that open the name: other languages and clubs', [
  { expect: { rule: 'organization/leading-head' }, phrases: [
    'A report by [[Instituto Valcorte]] was cited.',
    'Loans from [[Banco Mirandela]] rose.',
    'Fans of [[Borussia Ostrava]] travelled north.',
    'He scored twice for [[FC Velden]] last season.',
  ] },
]);

describeCorpus('organization', '"Team" opens the name of a cycling or racing team or a national squad', [
  { expect: { rule: 'organization/leading-head' }, phrases: [
    '[[Team Halvard]] raced for the last time under that name .',
    'He left [[Team Brekstad]] at the end of the season .',
    'Riders from [[Team Orvane-Kessel]] crashed on the descent .',
  ] },
]);
describeNegatives('organization', '"Team" before a word in lower case', ['Team members said the bus was late .', 'Team spirit carried them through .']);

describeCorpus('organization', '"World" and a sport name its world governing body', [
  { expect: { rule: 'organization/world-federation' }, phrases: [
    '[[World Athletics]] said the record would stand .',
    'The ban was upheld by [[World Aquatics]] on Monday .',
    'A ruling from [[World Table Tennis]] is due .',
  ] },
]);
describeNegatives('organization', '"World" and a sport that name a championship or a stage', ['She won gold at the World Athletics Championships in Tokyo .', 'He dreams of World Cup glory .']);

describeCorpus('organization', 'Malay and Indonesian heads, and "Bank" first, open the name', [
  { expect: { rule: 'organization/leading-head' }, phrases: [
    'He was named governor of [[Bank Al-Maghrib]] on Tuesday.',
    'Shares of Telkom fell and [[Bank Hapoalim]] said profit rose.',
    'The motion goes to the [[Dewan Rakyat]] next week.',
    'Figures from [[Badan Pusat Statistik]] showed prices rose.',
  ] },
]);
describeNegatives('organization', 'a leading head before a day off or a rate', ['[[Bank Holiday]] traffic was heavy.', 'Policymakers held [[Bank Rate]] at 5.25% in March.']);

describeCorpus('organization', 'Portuguese heads open the name', [
  { expect: { rule: 'organization/leading-head' }, phrases: [
    'Exports rose, the [[Associação Brasileira dos Produtores de Milho]] said.',
    'Growers told [[Sindicato Rural de Tapurah]] they would hold back beans.',
    'The mill belongs to [[Usina Santa Ardélia]], the company said.',
    'A loan went to [[Cooperativa Agrária Velden]] last year.',
  ] },
]);
describeNegatives('organization', 'a Portuguese head alone, with no name after it', ['The word [[cooperativa]] means a co-operative.', 'Members of each [[Usina]] voted.']);

describeCorpus('organization', 'a leading head joined to a place by "de", "do" or "di" names the body, not the place', [
  { expect: { rule: 'organization/leading-head' }, phrases: [
    'The peso firmed after [[Banco de Mexico]] sold dollars .',
    'Deposits at [[Caja de Salamanca]] grew .',
    'A loan from [[Banca di Verona]] was repaid .',
    'Officials of [[Banco de la Nacion]] declined to comment .',
  ] },
]);

describeCorpus('organization', 'a title ending the run is someone\'s role there', [
  { expect: { kind: 'organization' }, phrases: ['The [[Vexaro]] CEO resigned on Monday.', 'A [[Quorvane Holdings]] spokesman declined to comment.'] },
]);

describeCorpus('location', 'a country\'s government is the country', [
  { expect: { rule: 'location/government' }, phrases: ['Aid from the [[Canada]] Government arrived.', 'The [[US]] Government owns a stake.'] },
]);

describeCorpus('person', 'a name ending in a title word stays whole', [
  { expect: { kind: 'person' }, phrases: ['A speech by [[Martin Luther King]] was read aloud.'] },
]);

describeCorpus('organization', 'the last portfolio of a ministry', [
  { expect: { value: 'Ministry of Transport and Tourism' }, phrases: ['The [[Ministry of Transport and Tourism]] issued a warning.'] },
  { expect: { value: 'Department of Energy and Climate' }, phrases: ["Britain's [[Department of Energy and Climate]] said so."] },
]);

describeCorpus('location', 'a country that owns a ministry is a place of its own', [
  { expect: { value: 'Peru' }, phrases: ["[[Peru]]'s Ministry of Health said cases rose."] },
]);

describe('a ministry followed by another name', () => {
  it('keeps the two apart', () => {
    expect(factsOf('organization', 'The Ministry of Defence and Reuters both reported it.').map((f) => f.text)).toEqual(['Ministry of Defence', 'Reuters']);
  });
});

describeCorpus('organization', 'a plural possessive inside an institution name', [
  { expect: { kind: 'organization' }, phrases: ["The [[Farmers' Party]] won nine seats.", "a strike called by the [[Miners' Union]] on Monday"] },
]);

describeCorpus('organization', "a people's adjective before a plural possessive inside an institution name", [
  { expect: { kind: 'organization', rule: 'organization/head' }, phrases: [
    "The [[Irish Farmers' Association]] said prices still lagged costs.",
    "The [[Irish Teachers' Union]] said pay still lagged.",
  ] },
]);
describeNegatives('organization', "a person's possessive before a body", ["[[Rajiv Gandhi]]'s Congress lost the vote."]);

describeCorpus('organization', 'brothers as a company suffix', [
  { expect: { rule: 'organization/suffix' }, phrases: ['He later joined [[Warner Bros.]] as a producer.', 'Bonds were sold through [[Lehman Brothers]] last year.'] },
]);

describe('a legal form closes a company name', () => {
  it('a name right after it is a name of its own', () => {
    const text = 'The founder of Quorvane Inc. Martha Ellison has retired.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Quorvane Inc.']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Martha Ellison']);
  });
  it('another suffix may follow it', () => {
    expect(factsOf('organization', 'Orders went to Kanzaki Heavy Co. Ltd. in May.').map((f) => f.text)).toEqual(['Kanzaki Heavy Co. Ltd.']);
  });
});

describeCorpus('organization', 'a legal form in capitals after a firm the lists know joins its name', [
  { expect: { rule: 'organization/prefix' }, phrases: ['Orders went to [[Airbus SE]] in May.', 'The unit was sold to [[Siemens SE]] last year.'] },
]);

describeCorpus('organization', 'a newspaper named by one word after a capitalized article', [
  { expect: { rule: 'organization/newspaper' }, phrases: ['The [[Guardian]] cited three cases.', 'He told The [[Times]] on Monday that he would stay.'] },
]);

describeNegatives('organization', 'the same words with a lower-case article', ['They watched the [[Sun]] set.', 'He sent the [[Mail]] on.']);

describeCorpus('organization', 'a short sentence that opens with a name in capitals is no title-case headline', [
  { expect: { kind: 'organization' }, phrases: ['The [[Free Farmers Party]] won.', 'The [[National Orchard Growers Association]] objected.'] },
]);

describeCorpus('organization', "a currency's country after a connector is no part of the name", [
  { expect: { rule: 'organization/suffix' }, phrases: ['Tarnex agreed to buy [[Quillan Mobility Holdings]] for US$12.5 billion.'] },
]);

describeCorpus('organization', 'a district that provides a service is a body, not an area', [
  { expect: { rule: 'organization/service-district' }, phrases: [
    'Parents sued the [[Maple Grove Unified School District]] in May.',
    'The [[Riverside County Flood District]] opened the gates.',
  ] },
]);

describeNegatives('organization', 'districts that are areas', ['Hikers crowded the [[Lake District]] all summer.', 'Bars in the [[Financial District]] closed early.']);

describeCorpus('organization', '"for the" right after an institution\'s head joins its name', [
  { expect: { rule: 'organization/head-of' }, phrases: ['A spokesman for the [[Office for the Coordination of Relief Affairs]] said.'] },
  { expect: { rule: 'organization/head' }, phrases: ['An order of the [[Federal Service for the Financial Markets]] halted trading.'] },
]);

describe('"for the" after a name that is no head', () => {
  it('leaves the names apart', () => {
    const text = 'Letters from Harlan Voss for the Democrats arrived.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Harlan Voss']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([]);
  });
});

describeCorpus('organization', 'a word the legal form "corp" closes', [
  { expect: { rule: 'organization/suffix' }, phrases: ['Shares of [[Westcorp]] fell after the report.', 'Regulators approved the sale of [[Harborcorp]] to a rival.'] },
]);

describeNegatives('organization', 'words that only end in the letters of "corp"', ['He said the [[Corp]] was wrong.', 'A [[Scorp]] sighting was logged.']);

describeCorpus('organization', "an institution's portfolio that is also an event's head", [
  { expect: { rule: 'organization/head-of' }, phrases: [
    'A report by the [[Office of Management and Budget]] said so.',
    'The [[Ministry of Law]] issued a statement.',
    'The [[Commission on Elections]] counted the votes.',
    'Turnout was 29 percent, the [[State Board of Elections]] said.',
    'The [[Dane County Board of Elections]] certified the count.',
  ] },
]);

describeCorpus('organization', 'a body named by the count of its members', [
  { expect: { rule: 'organization/head-of' }, phrases: [
    'Leaders of the [[Group of 20]] pledged more aid on Thursday.',
    'Ministers from the [[Group of 77]] developing nations walked out.',
    'The [[Committee of 100]] wrote to the mayor.',
  ] },
]);

describeNegatives('organization', 'a count of members after a common noun', ['He joined a [[group of 20]] men on the hill.', 'Reactor [[Unit 3]] was shut.']);

describeCorpus('organization', "an institution's portfolios listed with commas, or spelled with a hyphen", [
  { expect: { rule: 'organization/head-of' }, phrases: [
    'Agents of the [[Bureau of Alcohol, Tobacco and Firearms]] arrived.',
    'The [[Ministry of Agriculture, Fisheries and Food]] banned the sale.',
    'The [[Department of Health, Education and Welfare]] closed in 1980.',
    'Envoys of the [[Organisation for Security and Co-operation]] left.',
  ] },
]);

describe("a head's listed portfolios end at a name of its own", () => {
  it('keeps a head of its own after the comma apart', () => {
    expect(factsOf('organization', 'The Ministry of Defence, Foreign Office and Treasury agreed.').map((f) => f.text)).toEqual(['Ministry of Defence', 'Foreign Office', 'Treasury']);
  });
});

describeCorpus('organization', 'a continent or world region as the remit after "for" or "on"', [
  { expect: { rule: 'organization/head-of' }, phrases: ['Monitors of the [[Organization for Security and Cooperation in Europe]] arrived.', 'The [[Fund for Peace in Africa]] gave grants.'] },
]);

describeNegatives('location', 'a region inside a remit', ['Monitors of the Organization for Security and Cooperation in [[Europe]] arrived.']);

describe('a city after a remit is where the body sits', () => {
  it('splits the city off', () => {
    const text = 'A study by the Center for Strategic Studies in Washington said so.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Center for Strategic Studies']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Washington']);
  });
});

describe('a firm named by one word before "and" and an institution', () => {
  it.each([
    ['Talks continued with Chrysler and Chase Manhattan Bank on Monday.', ['Chase Manhattan Bank']],
    ['Earnings at Delta Air Lines and Northwest Airlines rose.', ['Delta Air Lines', 'Northwest Airlines']],
  ])('%s', (text, expected) => {
    for (const name of expected) expect(factsOf('organization', text).map((f) => f.text)).toContain(name);
  });
  it('keeps an agency named with "and" whole', () => {
    expect(factsOf('organization', 'The Securities and Exchange Commission approved the rule.').map((f) => f.text)).toEqual(['Securities and Exchange Commission']);
  });
});

describeCorpus('organization', 'a film studio named by a person and "Films"', [
  { expect: { rule: 'organization/suffix' }, phrases: ['[[Yash Raj Films]] signed a deal with the streamer.', 'The rights went to [[Tarnwick Films]] last year.'] },
]);
describeNegatives('person', 'the founder\'s name inside a film studio\'s', ['[[Yash Raj]] Films signed a deal with the streamer.']);

describeCorpus('organization', 'property, resource and brewing firms', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    '[[Kwan Lok Properties]] was unchanged at 62 dollars.',
    'Shares in [[Tarnwick Resources]] rose 5 cents.',
    '[[Olvenna Breweries]] raised its dividend.',
  ] },
]);

describeCorpus('organization', "a given name before a firm's head that is no one's surname opens the firm's name", [
  { expect: { rule: 'organization/suffix' }, phrases: [
    '[[Ola Electric]] said it had cleared the complaints.',
    'The round was led by [[Tiger Global]] and two other funds.',
    'She signed with [[Davido Music Worldwide]] last year.',
    '[[Rosa Entertainment]] will distribute the film.',
  ] },
]);

describeNegatives('organization', 'a given name before a surname that is also a firm\'s word', [
  '[[Jim Press]] said the plan would work.',
  '"We will appeal," said [[Karen Sun]], the lawyer.',
]);

describeCorpus('person', "a given name before an institution's head that is also a surname", [
  { expect: { kind: 'person' }, phrases: ['[[Margaret Court]] won the final.', '[[Jim Press]] left the automaker.'] },
]);

describeCorpus('organization', "a clear given name before a head that is nobody's surname opens the body's name", [
  { expect: { kind: 'organization' }, phrases: [
    '[[Jesus College]] is part of the university.',
    'The prize went to [[Cory Band]], from the valley.',
    'She wrote to [[Martin Conservatory]] for a place.',
    'The [[American Guild of Musical Artists]] said it had not been told.',
    'The [[Tarnwick Conservancy]] counted the birds.',
  ] },
]);

describeCorpus('organization', 'a forum of leaders and a funder named in the plural', [
  { expect: { rule: 'organization/head' }, phrases: ['The [[Tarnwick Islands Forum]] met in Suva.', 'Delegates left the [[Kestrel Forum]] early.', '[[Open Harbour Foundations]] gave $2 million.'] },
  { expect: { rule: 'organization/head-of' }, phrases: ['The [[Forum on Trade and Cooperation]] opened.', 'He is chairman of the [[Joint Chiefs of Staff]].'] },
  { expect: { rule: 'organization/head' }, phrases: ['The [[Joint Chiefs]] met on Monday.'] },
]);

describeNegatives('organization', 'a forum or chiefs that are no body\'s name', ['The [[forum]] was held in Davos.', 'They met at a public [[forum]] on Monday.', 'Tribal [[chiefs]] met in the capital.']);

describeNegatives('person', "a clear given name before a head that is nobody's surname", [
  '[[Jesus College]] is part of the university.',
  'The prize went to [[Cory Band]], from the valley.',
]);

describeCorpus('organization', 'a given name before a suffix after "the", which no person takes', [
  { expect: { rule: 'organization/suffix' }, phrases: ['She joined the [[Sierra Club]] in 1990.', 'Bids went to the [[Florence Trust]] first.'] },
]);

describeCorpus('organization', '"House of" and a name is a body, wherever it stands', [
  { expect: { rule: 'organization/head-of' }, phrases: [
    '[[House of Brannock]] said sales fell 4 percent.',
    'Shoppers deserted [[House of Brannock]] before Christmas.',
    'The [[House of Saxe-Lindau]] ruled the duchy for two centuries.',
  ] },
]);

describeNegatives('person', 'the name after "House of" is no person', ['House of Fraser said its stores would stay open.']);
describeNegatives('organization', '"House" with no "of" after it', ['House prices rose 3 percent in March.']);

describeCorpus('organization', 'a region and a capitalized "Water" name the company that supplies it', [
  { expect: { rule: 'organization/utility' }, phrases: [
    'Bills from [[Thames Water]] will rise in April.',
    'Leaks were blamed on [[Northern Water]] last summer.',
    'Households complained to [[Brenshire Water]] about the taste.',
  ] },
]);

describeNegatives('organization', '"Water" after an ordinary word or a given name', [
  'Pilgrims carried [[Holy Water]] home.',
  'The label read [[Tonic Water]] in large print.',
]);

describeCorpus('organization', "a country's dotted abbreviation and ordinary words after \"the\" name one of its bodies", [
  { expect: { rule: 'organization/national-body' }, phrases: [
    'The [[U.S. Geological Survey]] said the quake was shallow.',
    'Coins from the [[U.S. Mint]] sold out in a day.',
    'Officials at the [[U.S. Treasury]] declined to comment.',
    'Figures from the [[US Geological Survey]] show a shallow quake.',
    '[[U.S. Geological Survey]] data showed the quake was shallow.',
  ] },
]);

describeNegatives('organization', "a country's event, charter, region or post after its dotted abbreviation", [
  'She won the [[U.S. Open]] in 2019.',
  'The [[U.S. Constitution]] sets the term.',
  'Storms hit the [[U.S. West Coast]] on Friday.',
  'He met the [[U.S. Ambassador]] in Rome.',
  '[[U.S. Mint Sales Slow]] After Record Year',
  'Congress passed the [[U.S. Farm Bill]] in May.',
]);

describe('"US" in capitals without "the" may be the pronoun', () => {
  it('names no body', () => {
    expect(factsOf('organization', 'LET US Pray now').map((f) => f.text)).not.toContain('US Pray');
  });
});

describeCorpus('organization', "a noun of a firm's kind opening the sentence is no part of the firm's name", [
  { expect: { kind: 'organization', rule: 'organization/suffix' }, phrases: ['Rival [[Quorvane Inc.]] launched a similar service.', 'Carmaker [[Tarnwick Motor Co.]] said sales rose.', 'Retailer [[Brodex Stores Inc.]] cut prices.'] },
  { expect: { kind: 'organization' }, phrases: ['[[Network Quorvane Inc.]] said profit rose.', '[[Union Tarnwick Corp.]] said it would bid.'] },
]);

describeCorpus('organization', 'plural heads of institutions', [
  { expect: { kind: 'organization' }, phrases: ['The [[Centers for Quorvane Safety]] issued a warning.', 'A grant from the [[Tarnwick Institutes of Health]] ran out.'] },
]);

describeCorpus('organization', 'two fields joined by "and" before a head, opening a sentence', [
  { expect: { rule: 'organization/head' }, phrases: ['[[Fish and Wildlife Service]] officers closed the refuge.', '[[Securities and Exchange Commission]] lawyers filed the suit.'] },
]);


describeCorpus('organization', 'a unit or a squad of police or government', [
  { expect: { rule: 'organization/head' }, phrases: ['He thanked the [[Antiquities Trafficking Unit]] for its work.', 'Officers from the [[Serious Crime Squad]] arrested him.'] },
]);

describeNegatives('organization', 'a head with a number after it is one of a series', [
  'Engineers said [[Reactor Unit]] 3 was damaged.',
  'The wall of [[Reactor Unit]] 4 cracked.',
]);

describeCorpus('organization', "a number after a body's possessive counts what it has", [
  { expect: { rule: 'organization/head' }, phrases: ["The [[Varnholt Union]]'s 27 members approved the act.", "The [[Quellbrook Commission]]'s 12 commissioners met."] },
]);

describeCorpus('organization', 'a place that "of" names, then a body\'s head', [
  { expect: { rule: 'organization/head' }, phrases: ['Officials at the [[Port of Quellbrook Authority]] declined to comment.', 'Members of the [[Gulf of Varnholt Alliance]] met in May.'] },
]);

describeCorpus('organization', 'an Executive after "the" that no other title word qualifies is a governing body', [
  { expect: { rule: 'organization/head' }, phrases: ['The [[Health and Safety Executive]] said it would investigate.', 'Critics of the [[Marlow Executive]] walked out.'] },
]);

describe('a chief executive after "the"', () => {
  it('is a post at the body before it', () => {
    expect(factsOf('organization', 'The Marlow Chief Executive Jane Doe said so.').map((f) => f.text)).toEqual(['Marlow']);
  });
});

describeCorpus('organization', 'an opera, a ballet or a philharmonic company', [
  { expect: { rule: 'organization/head' }, phrases: ['She sang at the [[Marlow State Opera]] for decades.', 'He danced with the [[Tarnwick Ballet]] until 1990.', 'The [[Quellbrook Philharmonic]] played on Sunday.'] },
]);

describeCorpus('organization', 'a public body that two places joined by "and" name together', [
  { expect: { rule: 'organization/suffix' }, phrases: ['Waiting lists at [[Kendal and Sedbergh NHS Foundation Trust]] grew again.', '[[Leeds and Wakefield Community Health Trust]] closed two wards.'] },
  { expect: { rule: 'organization/head' }, phrases: [
    '[[Dorset and Wiltshire Police]] said a man had been charged.',
    'The [[Tarnby and Oxley Regional Health Authority]] cut its budget.',
    'The [[Surrey and Isle of Wight Fire and Rescue Authority]] sent six crews.',
    'Officers from [[Norfolk and Suffolk Constabulary]] searched the woods.',
    '[[Hereford and Worcester Fire and Rescue Service]] sent four engines.',
  ] },
]);
describe('two forces joined by "and"', () => {
  it('a place before a police force is a force of its own, not the first place of a joint one', () => {
    const text = 'Lancashire Police and Cumbria Constabulary launched an appeal.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Lancashire Police', 'Cumbria Constabulary']);
  });
});
describeNegatives('organization', 'a place before "and" and a body whose head no two places share', ['Scientists in [[Stockholm]] and Oxley University said so.']);

describeCorpus('organization', "a bank's one-word name that its language's word for bank closes", [
  { expect: { rule: 'organization/suffix' }, phrases: ["Norway's central bank, the [[Norgesbank]], held rates.", 'Analysts at [[Kredietbank]] expect a cut.', 'Shares in [[Handelsbanken]] fell after the results.'] },
]);

describeNegatives('organization', 'a word that "bank" closes but no bank is named', ['They walked along the [[Riverbank]] at dusk.', '[[Eubank]] said he would fight again in May.', 'Prices rose in [[Burbank]] last year.']);

describeCorpus('organization', "a German public body's one-word name, by its word for office, court or agency, or a federal or state's opening", [
  { expect: { rule: 'organization/suffix' }, phrases: [
    "Germany's competition authority, the [[Bundeskartellamt]], fined three carmakers.",
    '[[Bundeskartellamt]] fines carmakers over cartel',
    'The [[Bundesverfassungsgericht]] ruled on Tuesday.',
    'Police from the [[Landeskriminalamt]] searched the offices.',
  ] },
]);

describeNegatives('organization', "a German federal state's word is a place's kind, no body", ['Bavaria is the largest [[Bundesland]].', 'The [[Bundesländer]] run the schools.']);

describeCorpus('organization', "a bank's name that the word for bank closes in another tongue", [
  { expect: { rule: 'organization/suffix' }, phrases: ['SPT Telecom and [[Komercni Banka]] led the fall.', 'Shares in [[Ziraat Bankasi]] rose on Monday.'] },
]);

describeCorpus('organization', 'a broadcaster named by the medium first', [
  { expect: { rule: 'organization/leading-head' }, phrases: ['A rebel spokesman told [[Radio France Internationale]] the army had fled.', '[[Radio Free Europe]] said the vote was rigged.'] },
]);

describeNegatives('organization', 'the medium as a common noun opening a sentence', ['[[Radio]] stations in Kenya were shut on Monday.']);

describeCorpus('organization', 'the association of states a single word names', [
  { expect: { rule: 'organization/institution' }, phrases: ['The regime has faced calls from the [[Commonwealth]] to free its prisoners.', 'Nigeria was suspended from the [[Commonwealth]] last year.'] },
]);

describeNegatives('organization', 'the games the association holds', ['Britain will host the [[Commonwealth Games]] in 2002.']);

describeCorpus('organization', 'heads in South Asian languages that close a party\'s or a body\'s name', [
  { expect: { rule: 'organization/head' }, phrases: [
    'Leaders of the [[Shiv Sena]] met on Monday.',
    'The [[Vishva Hindu Parishad]] called a protest.',
    'The [[Rampur Kisan Morcha]] backed the strike.',
    '[[Lok Sabha]] members walked out.',
  ] },
]);
describeNegatives('organization', 'such a word as a surname after a given name', ['[[Maria Sena]] scored twice.']);

describeCorpus('organization', "a local trade that closes a shop's name after its owner's", [
  { expect: { kind: 'organization' }, phrases: [
    'Thieves broke into [[Hendricks Hardware]] on Elm Avenue.',
    'A fire destroyed [[Hendricks Diner]] early on Monday.',
    'He thanked local builders [[Loftus Construction]] for their help.',
    "Gary Pritchard, who runs [[Pritchard's Garage]] in Shrewsbury, was fined.",
    "The firm bought [[Doyle's Pharmacy]] last year.",
  ] },
]);
describeNegatives('person', "a shop named after its owner is no person", ['Thieves broke into [[Hendricks Hardware]] on Elm Avenue.', 'A quarry plan by [[Hanson Aggregates]] was opposed.']);
describeCorpus('person', "the owner's bare surname beside the shop named after them", [
  { expect: { kind: 'person' }, phrases: ['Gary Pritchard, who runs Pritchard Hardware in Shrewsbury, was fined. [[Pritchard]], of Monkmoor Road, pleaded guilty.'] },
]);

describeCorpus('organization', "a motor racing team's word closes a sponsor's or a founder's name", [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Brandt finished fourth for [[Volt Cola Racing]] on Sunday.',
    'Teo Marsh of [[Dale Fenwick Racing]] took pole at Laguna Seca.',
    'The rookie drives for [[Korvan Motorsport]] next season.',
    'He moved to [[Tessaro Autosport]] after two years in Formula 2.',
  ] },
]);

describeNegatives('organization', 'the racing word alone or in lower case', [
  '[[Racing]] resumes at the track on Friday.',
  'He loved [[Formula One racing]] as a boy.',
]);

describeCorpus('organization', 'a studio named in the singular', [
  { expect: { rule: 'organization/suffix' }, phrases: ['The owner will close the [[Quellan Animation Studio]] in Burbank.', 'The game was made by [[Varnholt Studio]] in Oslo.'] },
]);

describeNegatives('organization', 'a studio in lower case', ['She rented a [[Varnholt]] studio for a year.']);

describeCorpus('organization', "churches' bodies: archdioceses, eparchies, synods", [
  { expect: { rule: 'organization/head-of' }, phrases: [
    'The [[Roman Catholic Archdiocese of Baltimore]] agreed to pay $120 million.',
    'Priests of the [[Ukrainian Catholic Eparchy of London]] met on Sunday.',
    'The [[General Synod of the Church of England]] voted on Monday.',
  ] },
]);

describeCorpus('organization', 'a conference its members name is a standing body', [
  { expect: { rule: 'organization/head' }, phrases: [
    'The [[Mexican Episcopal Conference]] condemned the killing.',
    'The [[Irish Catholic Bishops\' Conference]] opposed the plan.',
    'Delegates from the [[Kenya Conference of Catholic Bishops]] flew to Rome.',
    'The [[U.S. Conference of Mayors]] met in Reno.',
    'The [[All Africa Conference of Churches]] called for talks.',
  ] },
]);

describeNegatives('organization', 'a conference that is a meeting', [
  'The [[Munich Security Conference]] opened on Friday.',
  'Leaders flew to the [[Bonn Climate Conference]] in June.',
]);

describeCorpus('organization', "a legislature's group of members named by its caucus", [
  { expect: { rule: 'organization/head' }, phrases: ['The [[Progressive Caucus]] objected to the cuts.', 'The [[Congressional Hispanic Caucus]] met on Tuesday.'] },
]);

describeNegatives('organization', "a state's caucus, which is a vote, named with a plural's ending", [
  'Candidates toured farms before the [[Iowa Caucus]].',
  'The [[Nevada Caucuses]] are next month.',
]);

describeCorpus('organization', "a committee's name before the tally of its vote", [
  { expect: { rule: 'organization/head' }, phrases: ['The bill cleared the [[Senate Finance Committee]] 14-13 on Tuesday.', 'It passed the [[House Rules Committee]] 9-4.'] },
]);

describeCorpus('organization', 'hotel and casino groups named by their trade, also after a given name', [
  { expect: { rule: 'organization/suffix' }, phrases: ['A court fined [[Crown Resorts]] on Monday.', '[[Wynn Resorts]] said profit rose.', '[[Lenard Hotels]] cut 200 jobs.'] },
]);

describeNegatives('organization', 'hotels and resorts of a place in lower case', ['[[London]] hotels were full.', 'Ski resorts in [[Colorado]] opened early.']);
describeCorpus('organization', "property and casino firms' closing words", [
  { expect: { rule: 'organization/suffix' }, phrases: [
    '[[Midvale Realty]] said deals fell by a fifth.',
    'The licence went to [[Wynn Resorts]] of Las Vegas.',
    '[[Harwick Developments]] will build 400 flats.',
  ] },
]);
describeNegatives('person', "a firm's plural after a given name ends no one's name", ['The licence went to [[Wynn Resorts]] of Las Vegas.']);
describeCorpus('organization', 'a regulator named with "of"', [
  { expect: { rule: 'organization/head-of' }, phrases: ['The [[Regulator of Social Housing]] downgraded the landlord.'] },
]);
describeNegatives('organization', '"regulator" with no "of" after it', ['The regulator said it would act.']);
describeCorpus('organization', "a German bank's name of initials or a clipped word, hyphened to its word for bank", [
  { expect: { kind: 'organization' }, phrases: ['[[BHF-Bank]] economist Karl Brenner expects a rate cut.', '[[DG-Bank]] economist Karl Brenner said rates would stay low.'] },
]);
describeNegatives('organization', 'an English compound with bank, hyphened', ['The town opened a [[food-bank]] in March.', 'They fished from the [[river-bank]].']);
