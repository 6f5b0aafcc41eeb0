import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', 'acronyms', [
  { expect: { kind: 'organization' }, phrases: [
    'Officials from [[OPEC]] met in the morning.',
    'The [[IAEA]] sent inspectors.',
    'A report by the [[U.N.]] said otherwise.',
  ] },
]);

describeCorpus('organization', 'institutions named by one word', [
  { expect: { rule: 'organization/institution' }, phrases: ['The bill now goes to the [[Senate]].', 'A spokesman for the [[Pentagon]] declined to comment.', 'The frigates were built for the [[Navy]] in Maine .', 'A helicopter lent by the [[Army]] joined the search .'] },
]);

describeNegatives('organization', 'a service named in lower case', ['The army said the road was open .', 'He wore a navy suit .']);

describeCorpus('organization', 'a body named for what it patrols', [
  { expect: { rule: 'organization/head' }, phrases: ['Troopers of the [[Montana Highway Patrol]] closed the road .'] },
]);

describeCorpus('organization', 'acronyms that spell a unit of time', [
  { expect: { kind: 'organization' }, phrases: ['The [[SEC]] opened an inquiry.'] },
]);

describeNegatives('organization', 'acronyms of measures, conditions and things', ['Pupils sat an [[IQ]] test.', 'Many [[NGOs]] left the region.', 'Two [[IEDs]] were found.', 'He was treated for [[PTSD]].']);
describeNegatives('organization', "a model's variant in capitals after its number", ['Regulators said the 737 [[MAX]] 8 was safe to fly.', 'Airbus A320 [[XLR]] jets were delayed.']);
describeNegatives('organization', "a model's variant in capitals after \"the\" and its number, before no noun", ['The strike halted production of the 737 [[MAX]] at its plant.', 'Airlines want the 321 [[XLR]] by May.']);
describeCorpus('organization', "a company's initials after a count of its staff", [{ expect: { rule: 'organization/acronym' }, phrases: ['The plant cut 500 [[QXT]] workers last year.', 'He met the 500 [[QXT]] workers on Monday.'] }]);
describeNegatives('organization', 'honours and statistics of a game', ['The shortstop was named [[MVP]] of the series.', 'He closed the year with a 2.31 [[ERA]] and 40 [[RBIs]].']);
describeNegatives('organization', 'terms of a results report', ['Sales rose in [[FY]] 24, the firm said.', '[[EBITDA]] margins widened.', 'Growth was 5 percent [[YoY]].']);

describeCorpus('organization', 'an acronym in brackets after the body it abbreviates', [
  { expect: { kind: 'organization' }, phrases: ['The Coastal Fisheries Authority ([[CFA]]) issued new quotas.', 'Troops of the Northern Defence Forces ([[NDF]]) advanced.'] },
]);

describeCorpus('organization', 'a place after "in" that the acronym in brackets spells closes the name', [
  { expect: { value: 'Union of Brewers in Norway' }, phrases: ['The [[Union of Brewers in Norway]] (UBN) raised prices.', 'The Union of Brewers in Norway ([[UBN]]) raised prices.'] },
  { expect: { value: 'Council of Growers' }, phrases: ['The [[Council of Growers]] in Norway (CG) raised prices.', 'The [[Council of Growers]] in Norway raised prices.'] },
]);

describeNegatives('organization', 'an acronym a term, an event or a product defines, where it is defined and where it recurs', [
  'The Global Makers Conference ([[GMC]]) opened on Monday.',
  'Tickets for [[GMC]] 2025 sold out. The Global Makers Conference (GMC) opened on Monday.',
  'Its Remote Sensing Toolkit ([[RST]]) is free.',
  'Costs of Maintenance, Repair and Overhaul ([[MRO]]) rose.',
  'The Worldwide Makers Conference ([[WWMC]]) opened on Monday. Tickets for [[WWMC]] sold out.',
]);

describeCorpus('location', 'an acronym its long form makes a place', [
  { expect: { kind: 'location', rule: 'location/defined-acronym' }, phrases: [
    'Crews trained at the Ridgeway Space Center ([[RSC]]) in Utah.',
    'Crews trained at the Ridgeway Space Center (RSC) in Utah. Many [[RSC]] staff stayed.',
  ] },
]);

describeCorpus('organization', 'a name no list knows that defines an acronym of its initials', [
  { expect: { rule: 'organization/defines-acronym' }, phrases: [
    'Police blamed [[Darul Bayan]] (DB) for the blast.',
    'Voters backed [[Nuova Strada Civica]] (NSC) in the north.',
  ] },
]);

describeNegatives('organization', "a person's name before brackets", [
  'A report by [[John Fitzgerald Kennedy]] (JFK) was read out.',
  'Photo: [[Morwen Tallis]] (AP).',
]);

describeNegatives('organization', 'an ISO 4217 currency code, before or after its amount', [
  'Dealers said [[INR]] 40 million changed hands.',
  'The deal was worth 12 million [[ZAR]].',
  'Banks quoted [[DEM]] 3 million in swaps.',
  'Prices were set in [[CHF]] from March.',
]);

describeNegatives('location', 'a bracketed acronym whose letters the words before it do not spell', [
  'DENVER ([[AP]]) _ The council voted on Monday.',
  'Lagos ([[UPI]]) -- Fuel prices rose.',
  'Troops left Ridgeway ([[NDF]]) on Monday.',
]);

describeCorpus('organization', 'a word in capitals that speaks as a body in a sentence in mixed case', [
  { expect: { rule: 'organization/capitals-speaker' }, phrases: [
    '[[UNITE]] said members would strike.',
    'Officials said [[SHELTER]] told tenants to stay.',
    'On Monday, [[CARE]] announced a new appeal.',
  ] },
]);

describeNegatives('organization', 'short or unspoken capitals in mixed case', [
  'I said [[NO]] said she.',
  'The [[PLAN]] would fail, he warned.',
]);

describeCorpus('organization', "one word in brackets after a body's name is the short name it goes by", [
  { expect: { rule: 'organization/bracketed-short-name', canonical: 'Ruritanian Statistics Office' }, phrases: [
    'The Ruritanian Statistics Office ([[Rustat]]) said prices rose 0.2%.',
    'Data from the Ruritanian Statistics Office ([[Rustat]]) showed exports fell.',
  ] },
]);

describeCorpus('organization', 'one word after ", known as" that closes after a body\'s name is the short name it goes by', [
  { expect: { rule: 'organization/known-as' }, phrases: [
    'The Interethnic Association for the Development of the Varnian Rainforest, known as [[Aidevar]], said the pipe leaked.',
    'The Federation of Ostrel Employers, better known as [[Fedostra]], backed the plan.',
    'Members of the Varnian Farmers Union, also known as [[Kilimo]].',
  ] },
]);

describeCorpus('organization', 'a few words after ", known as the" that close after a body\'s name are the nickname it goes by', [
  { expect: { rule: 'organization/known-as' }, phrases: [
    'The 7th Armoured Division, better known as the [[Desert Rats]], deployed in May.',
    'The 101st Airborne Division, known as the [[Screaming Eagles]], flew to Iraq.',
    'Soldiers of the Varnian Mountain Brigade, known as the [[Grey Wolves]], marched past.',
  ] },
]);

describeNegatives('organization', 'a nickname after ", known as the" that follows a person or names a place', [
  'Margaret Thatcher, known as the [[Iron Lady]], died in 2013.',
  'The Varnian Mountain Brigade, known as the [[Gold Coast]], marched past.',
]);

describeNegatives('organization', 'a name after ", known as" that follows a person or no body', [
  'Ahmed Salem, known as [[Abu Omar]], was arrested.',
  'The storm, known as [[Daniel]], hit the coast.',
]);

describeCorpus('organization', 'a long form with two links together defines its acronym', [
  { expect: { rule: 'organization/defined-acronym', canonical: 'Organisation for the Ban of Varnian Mines' }, phrases: [
    'The Organisation for the Ban of Varnian Mines ([[OBVM]]) met in Vienna.',
  ] },
]);

describeNegatives('organization', 'a place or a word in brackets after a body says where or which, and names no body', [
  'Shares of Varnholt Holdings ([[Tokyo]]) fell 3%.',
  'Voters in the District Council ([[Second]]) constituency turned out.',
]);

describeCorpus('organization', "an acronym a body's name defines is the body wherever it recurs, though the lexicon knows it as a place", [
  { expect: { rule: 'organization/defined-acronym', canonical: 'Serious Fraud Office' }, phrases: [
    'The Serious Fraud Office ([[SFO]]) charged 13 people.',
    'The Serious Fraud Office (SFO) charged 13 people. The [[SFO]] said more would follow.',
  ] },
  // Capitals that alone stand for something else (runs batted in) name the body their long form spells.
  { expect: { rule: 'organization/defined-acronym', canonical: 'Reserve Bank of India' }, phrases: ['The Reserve Bank of India ([[RBI]]) meets on Friday.'] },
]);

describeCorpus('organization', 'initials a long form defines in the letters of roman numerals, which spell no number', [
  { expect: { rule: 'organization/defined-acronym' }, phrases: ['The Centers for Disease Control and Prevention ([[CDC]]) reported 40 cases.'] },
]);
describeNegatives('organization', 'roman numerals that number things', ['Chapter [[XIV]] is missing.', 'The Tarlo Cup ([[XIV]]) was held.']);

describeCorpus('organization', 'letters and a number before a word that names a group', [
  { expect: { kind: 'organization', rule: 'organization/alphanumeric' }, phrases: [
    '[[G7]] finance ministers met in Stresa on Friday.',
    'Fighting flared as [[M23]] rebels advanced on the town.',
    'The [[G-20]] summit opens on Saturday.',
    'The [[P5]] members could not agree.',
    'Talks stalled after [[M23]] said it would keep the town.',
    'The [[G7]] agreed to cap the price.',
    'The [[X14]] rebel group seized the airport.',
    'The [[G20]] met in Rio on Monday.',
    // A name the document gives a group elsewhere is the group's wherever it stands.
    'Q9 militants held the pass. Talks between [[Q9]] and the army failed.',
  ] },
]);
describeNegatives('organization', 'letters and a number that name a model or a road', [
  'Two [[A320]] jets were grounded.',
  'The [[M4]] motorway was closed after the crash.',
  'The [[M16]] rifle jammed twice.',
  'Two [[F-16]] fighters escorted the plane.',
  'The A320 landed safely. Crews said the [[A320]] needed new brakes.',
]);

describeCorpus('organization', 'one word after ", known as" that closes after a body named by its kind in lower case', [
  { expect: { rule: 'organization/known-as' }, phrases: [
    "The country's tax agency, known as [[Fiscora]], said it would appeal.",
    "Varnia's intelligence service, known as [[Vorsk]], denied the report.",
  ] },
]);
describeCorpus('person', 'one word after ", known as" that closes after a full name is the name the person goes by', [
  { expect: { rule: 'person/known-as' }, phrases: ['Carlos Ruelas, known as [[Tarzán]], was extradited on Friday.', 'The gang is led by Adriano Velasco, also known as [[Chaparro]].'] },
]);

describeCorpus('organization', 'a zone\'s letters alone after "the" name a party or a body', [
  { expect: { rule: 'organization/acronym' }, phrases: ['Silva of the [[PT]] said the vote was bought.', 'He joined the [[PT]] in 1980.'] },
]);
describeNegatives('organization', 'a zone after a clock time, or letters after "the" that qualify a noun', [
  'The launch is at 9 a.m. [[PT]] on Friday.',
  'Doctors ordered the [[CT]] scan.',
  'It was 5 p.m. in the [[EST]] zone.',
]);
