import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'words only company names are made of', [
  {
    expect: { rule: 'organization/company-name' },
    phrases: [
      'Investors sold shares after [[Chrysler]] warned on earnings.',
      'The union said [[Opel]] would keep both plants open.',
      '[[Northrop Grumman]] and its partners bid for the contract.',
      'A deal with [[Bouygues]] is expected next month.',
    ],
  },
]);

describeCorpus('organization', 'two capitalized words run together, the first of two letters', [
  { expect: { rule: 'organization/company-name' }, phrases: ['[[WeWork]] said it would close ten sites.', 'Users of [[WeChat]] could not log in on Monday.', 'Shares of [[GoPro]] fell 9%.'] },
]);
describeNegatives('person', 'a word run together from two, the first of two letters', ["[[WeWork]]'s parent withdrew its offering.", '[[WeWork]] said it would close ten sites.']);
describeNegatives('organization', 'a hashtag', ['The #[[MeToo]] movement spread to Hollywood.', 'Fans posted #[[Rovers]] photos all night.']);
describeNegatives('organization', 'a surname with a prefix written with an inner capital', ['[[DeLay]] said he would resign.', '[[LeBlanc]] told reporters the deal was off.']);

describeCorpus('organization', "a body's noun, a comma and a name in apposition", [
  {
    expect: { rule: 'organization/apposition' },
    phrases: ['The company, [[Blue Heron]], launched a rocket.', 'The startup, [[Open Field]], raised $5 million.', "The group's charity, [[Bright Start]], said it would help."],
  },
]);

describeNegatives('organization', "a post's holder or a place in apposition", ["The firm's chairman, Grace Park, said.", 'The city, Paris, hosted the games.']);

describeNegatives('organization', "a full name after a body that a post governs names the post's holder", [
  'A spokesman for the group, [[Zabihullah Mujahid]], said the talks were over.',
  'The chief of the militia, [[Zabiullah Haqqani]], was killed on Friday.',
]);
describeCorpus('organization', "a body's name after a post's body, with a word no person's name has", [
  { expect: { rule: 'organization/apposition' }, phrases: ['A spokesman for the group, [[Golden Harvest]], said the talks were over.'] },
]);

describeCorpus('organization', "a name that ends in a word only firms' names hold, after no given name", [
  { expect: { rule: 'organization/company-name' }, phrases: [
    '[[Quorvex Tinto]] and BHP both shipped more ore.',
    'Analysts expect [[Delmarro Grumman]] to win the contract.',
  ] },
]);

describeNegatives('organization', 'company words that are something else here', [
  'The [[General]] said the troops would stay.',
  'She flew to [[Antwerp]] on Tuesday.',
  'Buyers wanted the new [[Mac]] laptops.',
  "Traders cited the exchange's [[RateScope]] tool on Friday.",
  'Users tested the [[QuillBot]] chatbot for a week.',
]);

describe('a company word that the document makes a surname', () => {
  it('a person named in full earlier keeps the surname alone', () => {
    const text = 'Investor Karl Opel bought the stake. Opel said he would hold it for years.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Karl Opel', 'Opel']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([]);
  });

  it('a known company yields its one-word name to the surname only where a cue only people take follows', () => {
    const person = 'Lawyer Mark Hanson said the case was weak. Hanson added that he would appeal.';
    expect(factsOf('person', person).map((f) => f.text)).toEqual(['Mark Hanson', 'Hanson']);
    const company = 'Michael Dell founded the firm in 1984. Dell said it would cut jobs.';
    expect(factsOf('organization', company).map((f) => f.text)).toEqual(['Dell']);
  });
});

describeNegatives('organization', 'a maker before a model number names a product', [
  'The [[Boeing]] 737-800 landed safely.',
  'Orders for the [[Airbus]] A380 slowed.',
]);

describeCorpus('organization', 'a maker before a year is the company', [
  { expect: { kind: 'organization' }, phrases: ['[[Boeing]] 2008 results beat forecasts.'] },
]);

describeCorpus('organization', 'a firm named for partners listed with commas', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Shares of [[Harlow, Dunmore & Co.]] rose 3%.',
    'He joined [[Pell Barrow, Quint, Osgood & Vane Inc.]] in 1980.',
    'The fund hired [[Tessel Webb, Marlow Finch & Co.]] as adviser.',
  ] },
]);

describeCorpus('organization', 'a firm the lexicon spells with "&", written with "and"', [
  { expect: { kind: 'organization' }, phrases: [
    'A spokesman for [[Ernst and Young]] declined to comment.',
    'Sales at [[Procter and Gamble]] rose in the quarter.',
  ] },
]);

describeCorpus('organization', 'a firm the lexicon spells without the accents the story writes', [
  { expect: { kind: 'organization', value: 'Nestlé' }, phrases: ['[[Nestlé]] earned more than expected.', 'Shares in [[Nestlé]] rose 2%.'] },
]);

describeCorpus('organization', 'partners joined by "and" after a noun of their firm', [
  { expect: { rule: 'organization/partners' }, phrases: [
    'The suit also names the law firm [[Marbury and Kettle]] as a defendant.',
    'The accounts were signed by auditors [[Pemberton and Lusk]] last year.',
  ] },
]);

describe('names joined by "and" that are two', () => {
  it.each([
    ['He told the firm Ford and Chrysler would merge.', 'organization'],
    ['The firm hired Paris and London lawyers.', 'organization'],
    ['Police said Smith and Jones had fled.', 'organization'],
    ['The firm hired Mary and John as clerks.', 'person'],
  ] as const)('%s', (text, kind) => {
    expect(factsOf(kind, text).map((f) => f.text)).not.toContainEqual(expect.stringContaining(' and '));
  });
});

describe('partners listed with commas make no firm without a legal form', () => {
  it('keeps a list of companies apart', () => {
    const text = 'Harlow, Dunmore & Vane and Pell raised prices.';
    expect(factsOf('organization', text).map((f) => f.text)).not.toContain('Harlow, Dunmore & Vane');
  });
});

describe("a company's known name outweighs a person's belongings after it", () => {
  it("reads the lawyer as the company's", () => {
    const text = 'Quillan Co. sued the bank. Ada Fenwick, Quillan\'s lawyer, said the case was strong.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Quillan Co.', 'Quillan']);
  });
});

describeCorpus('organization', 'a brand written with a small first letter', [
  { expect: { kind: 'organization' }, phrases: ['The auction site [[eBay]] said it would cut jobs.', 'Shares of [[easyJet]] rose 4%.'] },
]);

describeNegatives('organization', "Apple's products and a legal form cut from its name", ['Sales of the [[iPhone]] slowed.', 'Shares of Quorvex! [[Inc.]] fell.']);

describeNegatives('organization', 'a legal form that opens a name, as a Dutch given name does', ['[[Co]] Verhoeven, the coach of the side, resigned.']);

describeCorpus('person', 'a given name that is also a legal form', [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Co Verhoeven]], the coach of the side, resigned.'] },
]);

describeCorpus('organization', 'full company names that go on past their legal form or open with a word', [
  { expect: { kind: 'organization' }, phrases: [
    'Claims against [[Halvern Insurance Co. of America]] rose.',
    '[[Brown & Kessler Tobacco Corp.]] also agreed to pay.',
  ] },
]);

describeCorpus('organization', "a company's first word opening a sentence, after its full name opened one", [
  { expect: { rule: 'organization/document' }, phrases: ['Summit Bancorp agreed to buy a rival bank. [[Summit]] said the deal would close in May.'] },
]);

describeNegatives('organization', 'a common word opening a sentence, with no company of that name', [
  'Summit talks resumed. [[Summit]] meetings are rare.',
]);

describeCorpus('organization', 'the carrier of a numbered flight', [
  { expect: { rule: 'organization/airline-flight' }, phrases: [
    'Divers recovered the recorders of [[Air France]] Flight 447 in May.',
    '[[Malaysia Airlines]] flight MH370 vanished over the ocean.',
    'Investigators blamed pilot error for the crash of [[Colgan Air]] Flight 3407.',
  ] },
]);

describeNegatives('organization', 'a flight with no carrier, or a carrier with no flight number', [
  'Passengers of Flight 93 fought the hijackers.',
  'She booked a flight to [[France]] for the summer.',
]);

describeCorpus('organization', 'a noun of kind that opens the sentence names the firm after it', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Carmaker [[Zorvani]] recalled 40,000 vehicles on Monday.', 'Airline [[Skyvance]] cut its routes.'] },
]);

describeNegatives('organization', 'a noun of kind that opens the sentence before a person', ['Rival [[Dana Whitlock]] conceded the race.']);

describe("a headed name's first word that is no word or name of its own", () => {
  it('names the firm where it recurs alone', () => {
    const text = 'Vardonix Capital Management bought the stake. Vardonix has agreed to hold it.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Vardonix Capital Management', 'Vardonix']);
  });
  it('not a surname or an English word', () => {
    const text = 'Students at the Kennedy School protested. Kennedy said no. The Supreme Court ruled. Supreme effort won.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Kennedy School', 'Supreme Court']);
  });
});

describe('two firms that share a first word, joined by "and"', () => {
  it('stay two names', () => {
    const text = 'Delcor Computer and Delcor Corps settled their dispute.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Delcor Computer', 'Delcor Corps']);
  });
});

describeCorpus('organization', 'a firm whose name tokenized copy splits at a spaced hyphen', [
  { expect: { rule: 'organization/suffix' }, phrases: [
    'Shares of [[Moet - Hennessy S.A.]] rose in Paris .',
    'The loan was arranged by [[Bayerische - Vereinsbank AG]] .',
    'A unit of [[Montreal - Trust Bank]] said it would sell the building .',
  ] },
]);

describeNegatives('organization', 'a spaced hyphen between places that name a route', [
  'The [[Chicago - Denver]] flights were cancelled .',
]);

describeCorpus('organization', 'a firm named for partners that opens its sentence', [
  { expect: { rule: 'organization/suffix' }, phrases: ['[[Fox , Baker & Co.]] advised the buyer .', '[[Butcher, Singer & Co.]] underwrote the bonds .'] },
]);

describeCorpus('organization', 'a legal form that opens the name', [
  { expect: { rule: 'organization/legal-form' }, phrases: ['Truck maker [[AB Tarlo]] said on Thursday .', 'Investors sold [[PT Varvak]] .', 'Gas exporter [[OAO Quorvane]] said .'] },
]);

describe("a company's hyphenated full name after its short name", () => {
  it('takes the kind the short name has', () => {
    const text = 'TARLO SHARES FALL .\nTarlo lost 1.20 marks to 75.30 .\nTraders sold as Tarlo-Benz fell on worries .';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['TARLO', 'Tarlo', 'Tarlo-Benz']);
  });
});

describeCorpus('organization', 'a firm of surnames that acts on its own or advises on a stock', [
  {
    expect: { rule: 'organization/company-predicate' },
    phrases: [
      '[[Tarvin Lusk]] raised its target for the shares.',
      '[[Orwell Brandt]] has cut its forecast for the year.',
      '[[Pellow Marchant]] lowered its full-year profit forecast.',
      'Brokers said [[Dacre Ormsby]] recommended buying the shares.',
      '[[Dacre Ashby]] downgraded the stock on Monday.',
    ],
  },
]);

describe('a firm of surnames that advises on a stock', () => {
  it('an unknown name whose verb judges what "its" has is no firm', () => {
    expect(factsOf('organization', 'Tshepo Mokoena praised its decision on Monday.')).toEqual([]);
    expect(factsOf('organization', 'Ilse Varga criticised its record on safety.')).toEqual([]);
  });

  it('a person who praises a firm stays a person', () => {
    expect(factsOf('person', 'Analyst Maria Lopez praised its results.').map((f) => f.text)).toEqual(['Maria Lopez']);
  });
  it('a broker that market reports quote by its founders is an organization', () => {
    const text = 'Shares rose after Hoare Govett said the sector was cheap.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Hoare Govett']);
    expect(factsOf('person', text)).toEqual([]);
  });
});

describeCorpus('organization', 'a brand written as two capitalized words run together', [
  { expect: {}, phrases: ['Drivers for [[GrubHub]] protested on Monday.', 'The airline ordered jets, and [[AirAsia]] followed.', 'Shares of [[BlueJet]] rose.'] },
]);

describeNegatives('organization', 'surnames written with an inner capital', ['Gov. Ron DeSantis spoke.', 'Sen. Mitch McConnell objected.', 'Actor Leonardo DiCaprio arrived.']);

describeCorpus('organization', 'a studio named with Games and no article', [
  { expect: { rule: 'organization/games-studio' }, phrases: ['[[Harbor Games]] sued the platform on Monday.', 'A lawsuit filed by [[Quartz Games]] claims damages.', 'Staff at [[Lantern Games]] voted to unionize.'] },
]);

describeNegatives('organization', 'a multi-sport meeting named with Games', [
  'She won silver at the [[Asian Games]] in 2018.',
  '[[Commonwealth Games]] organisers said tickets sold out.',
  'The [[Olympic Games]] open in July.',
  'Athletes gathered for the [[Harbor Games]] in the park.',
]);

describeNegatives('organization', 'a product line written as two words run together, framed by an article or a device noun', [
  'Shoppers queued for the [[SkyPhone]] at the store.',
  'Reviewers said the [[SkyPhone]] was too heavy.',
  'The maker said it would keep the [[CloudPad]] brand.',
  'Sales of [[StreamBox]] consoles doubled.',
  'Gamers lined up for the [[StreamBox]] 2 at midnight.',
]);

describeCorpus('organization', 'a firm written as two words run together, without a product frame', [
  { expect: { kind: 'organization' }, phrases: ['[[BrightLoop]] said it would cut jobs.', 'Investors in [[BrightLoop]] will get $2 billion.', 'the [[BrightLoop]] co-founder resigned.', 'Regulators cleared the [[BrightLoop]] deal.', 'The [[BrightLoop]] report found no fraud.'] },
]);

describeCorpus('organization', '"Air" before a place names an airline', [
  { expect: { rule: 'organization/air-of-place' }, phrases: ['[[Air Berlin]], the second-largest carrier, said it would buy a rival.', 'Passengers on [[Air New Zealand]] flights were delayed.', 'The [[Air Malta]] jet landed safely.'] },
]);

describeNegatives('organization', '"Air" before a word that is no place', ['[[Air Quality]] fell across the region.']);

describeCorpus('organization', '"General" before ordinary words names a firm', [
  { expect: { rule: 'organization/general-firm' }, phrases: [
    '[[General Mills]] raised cereal prices again.',
    'Analysts said [[General Dynamics]] would win the submarine contract.',
    'Orders at [[General Signal]] slowed in the quarter.',
  ] },
]);

describeNegatives('organization', 'a general named by a surname or a given name', [
  '[[General Powell]] said the troops would stay.',
  '[[General Grant]] led the army north.',
  '[[General Lee]] surrendered at Appomattox.',
  '[[General Franks]] said the invasion would be swift.',
  '[[General Peters]] inspected the garrison.',
]);

describeCorpus('organization', 'a firm named by an ordinary word, opening a sentence, that speaks as a company', [
  { expect: { rule: 'organization/said-it' }, phrases: [
    '[[Oracle]] said in a statement that it would keep hiring.',
    '[[Tapestry]] said on Tuesday it would buy the handbag maker.',
    '[[Shell]] said its profit rose in the quarter.',
  ] },
]);

describeCorpus('organization', 'a word that is no bare subject, or two capitalized words, opening a sentence before what a firm says', [
  { expect: { rule: 'organization/said-it' }, phrases: [
    '[[Gather]] said its members would walk out on Monday.',
    '[[Tidy]] said on Tuesday it would close ten shops.',
  ] },
  { expect: { kind: 'organization' }, phrases: ['[[Silver Comet]] said on Monday it would delay the launch.', '[[Harbour Kite]] said it had hired two bankers.'] },
  { expect: { rule: 'organization/said-results' }, phrases: ['[[Bright]] said sales rose 4 percent in the quarter.'] },
]);

describeCorpus('organization', 'two ordinary capitalized words opening a sentence before a verb of saying', [
  { expect: { rule: 'organization/speaking-pair' }, phrases: [
    '[[Silver Comet]] said on Monday that the launch would slip.',
    '[[Copper Kettle]] says the recall covers two models.',
  ] },
]);

describeNegatives('organization', 'a given name and a word, or a title, opening a sentence before a verb of saying', [
  '[[Rose Bell]] said the satellite was healthy.',
  '[[Prime Minister]] said no more.',
]);

describeNegatives('organization', 'a word that counts, or an adverb, opening a sentence before what a firm says', [
  '[[Many]] said it would fail.',
  '[[Most]] said profit rose.',
  '[[Mother]] said it would rain.',
]);

describe('an adverb that opens the sentence stays out of the firm that speaks after it', () => {
  it.each(['Meanwhile Kelmont said it would cut jobs.', 'Elsewhere Kelmont said it would cut jobs.'])('%s', (text) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Kelmont']);
  });
});

describeCorpus('organization', 'a name that tells a result and its change speaks as a firm', [
  { expect: { rule: 'organization/said-results' }, phrases: [
    '[[Shell]] said profit rose on higher gas prices.',
    'Late on Friday [[Tapestry]] said sales fell in Europe.',
    '[[Standard Grumman]] said pretax profit climbed 9 percent.',
    'In Zurich, [[Vexlor Grain]] said net income doubled.',
    '[[Kelmont]] said sales in North America fell.',
    '[[Kelmont]] said like-for-like sales climbed 3 percent.',
    '[[Kelmont]] said sales of its cancer drugs fell.',
    '[[Kelmont]] said bookings rose ahead of the summer.',
    '[[Kelmont]] and Dravia said sales fell in Europe.',
  ] },
]);

describeNegatives('organization', 'a surname, or a result with no change, before the verb of saying', [
  '[[Smith]] said sales rose in the quarter.',
  '[[Shell]] said profit was a matter for the board.',
  'Analyst [[Dana Reed]] said profit fell.',
  '[[Kelmont]] said sales in the region were flat and costs rose.',
  'Analysts said [[Smith]] and Jones said sales rose.',
]);

describeNegatives('organization', 'a group or a mass noun that speaks', [
  '[[Management]] said it would cut costs.',
  '[[Research]] said it was flawed.',
  '[[Staff]] said it was an accident.',
]);

describeCorpus('organization', 'a possessive before a legal form is the company, not its owner', [
  { expect: { kind: 'organization' }, phrases: [
    "[[Tolliver's Inc.]] said same-store sales rose.",
    "Shares of [[Kohl's Corp.]] rose 3 percent.",
    "[[Marlow's Ltd]] agreed to sell its stores.",
  ] },
]);

describeCorpus('organization', 'initials before words nothing names alone open one firm', [
  { expect: { rule: 'organization/prefix' }, phrases: ['Dealers said [[SG Tarnholm]] was buying.', 'Analyst Jo Reed of [[CS First Vandermere]] said so.'] },
]);

describe('initials before a full name', () => {
  it('stay a body of their own beside the person', () => {
    expect(factsOf('person', 'NASA Bill Ingalls took the photo.').map((f) => f.text)).toEqual(['Bill Ingalls']);
  });
});

describeCorpus('organization', "a given name before a firm's plural is the firm", [
  { expect: { kind: 'organization' }, phrases: ['[[Meta Platforms]] reported results on Wednesday.', 'Orders at [[Grace Industries]] fell.', 'Shares of [[Vera Therapeutics]] rose.'] },
]);
describeNegatives('person', "a given name before a firm's plural", ['Orders at [[Grace Industries]] fell.', 'He sold [[Meta Platforms]] stock.']);
describeCorpus('person', 'a surname that is also a firm word stays a name', [
  { expect: { value: 'Jim Press' }, phrases: ['"It is a hard day," said [[Jim Press]], the vice chairman.'] },
  { expect: { value: 'Mel Brooks' }, phrases: ['The film starred [[Mel Brooks]].'] },
]);

describeCorpus('organization', "a word that is also an English word takes the kind of a list's names", [
  { expect: { rule: 'organization/list' }, phrases: [
    'Microsoft, [[Pinnacle]] and Amazon report results this month.',
    'Microsoft, Alphabet and [[Oracle]] report results this month.',
    'Analysts praised Apple, [[Target]] and Walmart.',
  ] },
]);
describeCorpus('location', "a word that is also an English word takes the kind of a list's places", [
  { expect: { rule: 'location/list' }, phrases: ['He toured Paris, [[Nice]] and Lyon.'] },
]);

describeCorpus('location', 'the last of a list of towns that only a town has, before a verb of saying', [
  { expect: { rule: 'location/list' }, phrases: ['Residents of Sleman and [[Bantul]] said fares were too high.', 'Residents of Tarvosk or [[Quellin]] told the inquiry the water was unsafe.'] },
]);
describeNegatives('location', "a surname after the list's \"and\" stays a speaker", ['Residents of Tarvosk and [[Smith]] said fares were too high.']);
describeCorpus('organization', 'a word that is also an English word in a list of two that "such as" introduces', [
  { expect: { rule: 'organization/list' }, phrases: ['Stores such as Walmart and [[Target]] are investing.', 'Stores including Walmart and [[Target]] cut prices.'] },
]);
describeNegatives('organization', 'a word in a list of two', ['Microsoft and [[Oracle]] report results.']);
describeCorpus('organization', 'a plural kind of firm right before the names it lists, opening the sentence or inside it', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Retailers [[Currys]] and Boots also gained.', 'Shares rose. Carmakers [[Quorvex]] and Tarnwick also gained.'] },
  { expect: { rule: 'organization/list' }, phrases: ['Retailers Currys and [[Boots]] also gained.', 'Shares of retailers Quorvex and [[Target]] rose.'] },
]);
describeNegatives('person', 'a plural kind of firm opening the sentence is no given name', ['Shares rose. [[Carmakers Quorvex]] and Tarnwick also gained.']);
describeCorpus('organization', "a firm's word listed with a firm before their shares", [
  { expect: { rule: 'organization/list' }, phrases: ['[[Shell]] and BP shares rose as oil climbed.', 'Traders sold Tesla and [[Target]] stock.'] },
]);
describeNegatives('organization', "a firm's word in a pair with no shares, or a paper's name", [
  'Investors sold [[Shell]] and BP on Monday.',
  'Matthew Ingram of The Globe and [[Mail]] shares the view.',
]);

describeCorpus('organization', 'unknown names a plural noun of firms exemplifies', [
  { expect: { rule: 'organization/example' }, phrases: [
    'Complaints came from rivals such as [[Quorvane]] and Tarnwick.',
    'Complaints came from rivals such as Quorvane and [[Tarnwick]].',
    'Lenders including [[Brodexa]] pulled out.',
    'Sites like Quorvane, Tarnwick and [[Brodexa]] complained.',
  ] },
]);
describeCorpus('location', 'unknown names a plural noun of places exemplifies', [
  { expect: { rule: 'location/example' }, phrases: ['Towns such as [[Vrelane]] and Oskrad flooded.'] },
]);
describeCorpus('person', 'unknown names a plural noun of people exemplifies', [
  { expect: { rule: 'person/example' }, phrases: ['Economists such as [[Vardsen]] disagreed.'] },
]);
describeNegatives('organization', 'names a noun of no kind exemplifies', ['Dishes such as [[Quorvane]] are served.', 'Quorvane, such as [[Tarnwick]], fell.']);

describeCorpus('organization', 'a firm named for its web address', [
  { expect: { kind: 'organization', rule: 'organization/dot-com' }, phrases: ['[[Quorvane.com]] introduced a storage service.', 'She now works at [[Tarnwick.com]].', 'Sales at [[Brodex.com]], the online grocer, doubled.', 'The story ran on [[Quorvane.ca]] first.', 'She streams on [[Tarnwick.fm]] each night.'] },
]);

describeCorpus('organization', 'the first example after a plural kind of company', [
  { expect: { rule: 'organization/example' }, phrases: ['Property developers such as [[Velmont Garden]] and Norvex fell.', 'Lenders including [[Quorvane Park]] cut rates.'] },
]);
describeNegatives('organization', 'an example after a kind a country may be', ['Exporters such as Brazil raised prices.']);

describeCorpus('organization', 'words no list knows, listed with nothing but firms', [
  { expect: { rule: 'organization/list' }, phrases: ['Backers [[Orvendahl Quistrom]], Tarnwick Capital and Brodex Partners joined the round.'] },
  { expect: { rule: 'organization/list' }, phrases: ['Shares in Vanterra and [[Orvendahl Quistrom]] rose on Monday.'] },
]);
describeNegatives('organization', 'words no list knows, listed with one firm only or with people', [
  'Backers [[Orvendahl Quistrom]] and Tarnwick Capital joined the round.',
  'Guests [[Orvendahl Quistrom]], Kwame Osei and Tarnwick Capital arrived.',
]);

describeCorpus('organization', "a firm named for its founder among a plural kind of firm's examples", [
  { expect: { rule: 'organization/example' }, phrases: [
    'Builders such as [[K.T. Marlow]] and Velmont Corp. offered rate buydowns.',
    'Lenders including Wells Fargo and [[Jonas Tarnwick]] cut rates.',
    'Retailers like Quorvane Ltd. and [[Helen Brodex]] cut jobs.',
  ] },
]);
describeCorpus('person', "people among a noun of people's or of rivals' examples stay people", [
  { expect: { kind: 'person' }, phrases: ['Leaders such as [[Jonas Tarnwick]] and Helen Brodex spoke.', 'Rivals such as [[Jonas Tarnwick]] and Helen Brodex spoke.'] },
]);

describeCorpus('organization', "a firm's closing word inside a longer name", [
  { expect: { rule: 'organization/suffix' }, phrases: ['He joined [[Velmont Bros. Pictures]] last year.', 'Loans from [[Tarnwick Motors Finance]] rose.'] },
]);

describeCorpus('organization', 'a known firm in apposition as the holder of a named firm', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['[[Carlsberg]], the owner of Vexcor Ales, cut its forecast.'] },
]);

describeCorpus('organization', "a founder's surname and an adjective after \"the\"", [
  { expect: { rule: 'organization/founder-named' }, phrases: ['Crowds queued outside the [[Carter Modern]] on Sunday.'] },
]);
describeNegatives('organization', 'a given name and an adjective that is a surname', ['Fans praised the [[Neil Young]] concert.']);

describeNegatives('organization', 'a product before the noun of its maker and the maker\'s name', [
  '[[ChatGPT]] maker OpenAI raised funds.',
  '[[Zembrix]] developer Quorvane Holdings cut jobs.',
]);
describeCorpus('organization', 'a firm before its owner, or before the person who made it', [
  { expect: { kind: 'organization' }, phrases: ['[[Instagram]] owner Meta appealed.', '[[Facebook]] creator Mark Zuckerberg testified.'] },
]);

describeCorpus('organization', 'a centre, a house or a hall someone founds is a body', [
  { expect: { rule: 'organization/founded' }, phrases: ['The couple founded the [[Varnholt Center]] in 1982.', 'She set up the [[Tarnwick Centre]] in 1990.', 'He established [[Brodex House]] for homeless veterans.'] },
]);
describeNegatives('organization', 'a centre where people gather, not one founded', ['Crowds gathered at the [[Varnholt Center]] on Friday.']);

describeCorpus('organization', "a group's part named after the noun for it", [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Its retail arm [[Quorvex Retail]] will list next year.', 'The bank sold its affiliate [[Tarnwick Leasing]] in May.'] },
]);

describeNegatives('organization', 'an arm of the body', ['He broke his arm in [[Leeds]] on Monday.']);
