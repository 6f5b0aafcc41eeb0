import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'organization cues', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Sales at automaker [[Volkaro]] fell.', 'The deal was signed by rival [[Quentix]] in May.'] },
  { expect: { rule: 'organization/possession' }, phrases: ['[[Zembra]]\'s chief executive resigned on Monday.', 'Investors sold [[Zembra]]\'s shares.'] },
  { expect: { rule: 'organization/possession' }, phrases: ["Regulators cleared [[Tarnwick]]'s 2010 merger with a rival.", "Analysts said [[Zembra]]'s 2023 profit fell."] },
  { expect: { kind: 'organization' }, phrases: ['Traders bought shares of [[Harlow Mills]] early.'] },
]);

describeCorpus('organization', 'a firm that makes goods, polls, advises or watches, named right after its kind', [
  { expect: { rule: 'organization/role-noun' }, phrases: [
    'Support fell to 31%, according to pollster [[Varnex]].',
    'Shares of drugmaker [[Quentix]] slid.',
    'Consultancy [[Tarnwick Vale]] cut its forecast.',
    'The media watchdog [[Telregul]] fined the broadcaster.',
  ] },
]);
describeNegatives('organization', 'a pollster who is a person', ['Republican pollster [[Frank Lanton]] said the race was close.']);
describeCorpus('organization', 'a public body named right after "commission"', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Output rose 9 percent, state mining commission [[Varmincol]] said.'] },
]);
describeCorpus('person', 'a post after "commission" still titles a person', [
  { expect: { kind: 'person' }, phrases: ['The commission chairman [[Ozren Brankovic]] resigned.'] },
]);

describeCorpus('organization', 'a kind of company before a name a region or a town also has', [
  { expect: { rule: 'organization/kind-noun' }, phrases: ['Spanish carrier [[Iberia]] signed the deal.', 'The lender [[Santander]] raised its offer.'] },
  { expect: { rule: 'organization/document' }, phrases: ['Spanish carrier Iberia signed the deal. [[Iberia]] shares rose 3%.'] },
  { expect: { rule: 'organization/place-named' }, phrases: ['[[Borse Dubai]] agreed to buy the exchange.'] },
]);

describeCorpus('organization', "a kind of company before a name that ends in a place's head", [
  { expect: { rule: 'organization/kind-noun' }, phrases: ['The regulator barred trading firm [[Jane Street]] from the market.', 'The carmaker [[Elm Road]] said profit rose.'] },
  { expect: { rule: 'organization/document' }, phrases: ['Regulators fined the brokerage Cole Street. [[Cole Street]], based in Leeds, will appeal.'] },
]);

describeNegatives('organization', 'a street after a preposition, not a kind of company, stays a place', ['The bank in [[Harbour Street]] closed.', 'A firm on [[Elm Road]] was fined.']);

describeCorpus('person', 'a full name the story gives a person elsewhere, though its last word is a town', [
  { expect: { kind: 'person' }, phrases: [
    'Obituary: footballer [[Tembo Mwanza]]\nTembo Mwanza, who captained the side, died on Monday.',
    'Tributes to [[Naledi Mwanza]]\nNaledi Mwanza, who led the choir, died at 80.',
  ] },
]);

describeCorpus('organization', 'carriers named by a place', [
  { expect: { rule: 'organization/air-of-place' }, phrases: ['[[Air Portugal]] ordered ten jets.'] },
  { expect: { rule: 'organization/place-named' }, phrases: ['[[China Eastern]] and China Southern ordered jets.', 'The deal with [[China Eastern]] fell through.'] },
]);

describeCorpus('location', 'a street that a plain word opens, at the start of a sentence', [
  { expect: { kind: 'location' }, phrases: ['[[Wall Street]] closed lower on Friday.', '[[Park Avenue]] was shut for the parade.'] },
]);

describeNegatives('location', 'a carrier named "Air" and its country', ['Air [[Portugal]] ordered ten jets.']);

describeNegatives('location', "a list's item before a place's possessive that owns the next name", ['[[Zorvani]] and Canada\'s Bombardier compete for regional jets.']);

describeNegatives('person', 'an air show named for its town', ['The jet was shown at the [[Farnborough Airshow]].']);

describeCorpus('organization', 'what only a company undergoes or does', [
  { expect: { rule: 'organization/company-predicate' }, phrases: ['[[Brekka Sparisjod]] was nationalised on Thursday.', '[[Tarnvik]] posted a record loss.', '[[Tarnvik]] filed for bankruptcy on Monday.', '[[Tarnvik]] has been delisted.'] },
]);

describeCorpus('person', 'a full name keeps its person before what companies do', [
  { expect: { kind: 'person' }, phrases: ['[[John Smith]] filed for bankruptcy on Monday.'] },
]);

describeCorpus('location', 'a town with no kind of company before it', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['She flew to [[Santander]] on Monday.'] },
]);

describeNegatives('person', 'an unknown word before a town or a country', ['[[Borse Dubai]] agreed to buy the exchange.']);

describeCorpus('person', 'person cues', [
  { expect: { rule: 'person/role-noun' }, phrases: ['The report was written by economist [[Ozren Brankovic]].'] },
  { expect: { rule: 'person/said' }, phrases: ['"We will appeal," [[Ozren Brankovic]] said.'] },
  { expect: { rule: 'person/role-noun' }, phrases: ['The club praised manager [[Magic Okonkwo]] on Friday.', 'Their coach [[Pep Vidaurre]] said the win was huge.'] },
  { expect: { value: 'Erik van Doorn' }, phrases: ['He spoke to [[Erik van Doorn]] on Monday.'] },
  { expect: { value: 'Jan ten Brink' }, phrases: ['The board thanked [[Jan ten Brink]] for his work.'] },
]);

describeCorpus('person', 'a stage name after the performer or maker it is', [
  { expect: { rule: 'person/role-noun' }, phrases: [
    'Grime star [[Skelmo]] will headline the free stage.',
    'The single features rapper [[Zinoleesky]] on the second verse.',
    'The band parted ways with drummer [[Jarvek]] in March.',
    'Oscar-winning composer [[Aldrovandi]] wrote the score.',
  ] },
]);

describeNegatives('person', 'a label or a streamer with its own cue after a performer noun', [
  'He was the first rapper [[Atlantic Records]] signed.',
  'She became a star [[Netflix]] could build a show around.',
]);

describeNegatives('person', 'a word before a surname with no role noun before it', ['Shares in [[Royal Okonkwo]] rose.', 'Analysts at [[Silver Lake]] said the deal was done.']);

describe('document-level consistency', () => {
  it('a company named with a suffix names its short form later', () => {
    const text = 'Zembrano Holdings Inc. reported a loss. Later, Zembrano said it would cut jobs.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Zembrano Holdings Inc.', 'Zembrano']);
  });
  it("a company's short name made of places' words stays the company", () => {
    const text = 'Oregon-Atlantic Corp. raised its bid. Oregon-Atlantic said it was final. Nevada Bay Inc. agreed. Nevada Bay shares rose.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Oregon-Atlantic Corp.', 'Oregon-Atlantic', 'Nevada Bay Inc.', 'Nevada Bay']);
    expect(factsOf('location', text)).toEqual([]);
  });
  it("a company's short name that a place opens stays whole", () => {
    const text = "Idaho Lumber Co. cut its dividend. Idaho Lumber's chairman said so, and Idaho Lumber shares fell.";
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Idaho Lumber Co.', 'Idaho Lumber', 'Idaho Lumber']);
    expect(factsOf('location', text)).toEqual([]);
  });
  it("a firm named for a founder with initials is later called by the founder's surname", () => {
    const text = 'Brokers left R.T. Pembury & Co. last year. Many former Pembury brokers joined rivals.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['R.T. Pembury & Co.', 'Pembury']);
  });
  it('two places joined by a hyphen stay two places where no company bears the name', () => {
    const text = 'Oregon-Atlantic trade rose. Nevada Bay Inc. was not involved.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Oregon', 'Atlantic']);
  });
  it('names listed with a person are people', () => {
    const text = 'The squad includes Mateo Alvarez, Dries Vandamme and Koen Peeters.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Mateo Alvarez', 'Dries Vandamme', 'Koen Peeters']);
  });
  it('a surname of a named person is that person, not the city of that name', () => {
    const text = 'Witness Anna Sydney spoke first. Later Sydney said she was afraid.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Anna Sydney', 'Sydney']);
  });
  it('a sentence opener the article capitalizes elsewhere is a name', () => {
    const text = 'Shares of Orange rose. Orange said profits grew.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Orange', 'Orange']);
  });
});

describe('romanized names keep their hyphenated given names', () => {
  it('a lower-case part after a hyphen that is no English word stays in the name', () => {
    expect(factsOf('person', 'Voters backed Tsoi Wai-ching in the east.').map((f) => f.text)).toEqual(['Tsoi Wai-ching']);
  });
});

describe('a name repeated where nothing else marks it', () => {
  it('takes the kind the document settled for it, even opening a sentence', () => {
    const text = 'The parents of their baby, Marisol, ignored advice. Marisol fell ill in May.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Marisol', 'Marisol']);
  });
});

describeCorpus('organization', 'possessives inside and before names', [
  { expect: { rule: 'organization/possession' }, phrases: ['[[Zembra]]\'s former chief executive was charged.'] },
  { expect: { rule: 'organization/possession' }, phrases: ["[[Zembra]]'s Quillo unit cut 200 jobs.", "[[Zembra]]'s Varo Foods division was sold."] },
  { expect: { kind: 'organization' }, phrases: ['Voters backed the [[Free Citizen\'s Party]] again.', 'Shells were fired by the [[Northern People\'s Army]] at dawn.'] },
]);

describeCorpus('organization', 'where staff work', [
  { expect: { rule: 'organization/employer' }, phrases: ['Analysts at [[Martin Lewis]] expect a cut.', 'Economists at [[Nomara]] disagreed.'] },
  { expect: { rule: 'organization/employer' }, phrases: ['She was a former finance chief at [[Zorvex]].', 'He is an engineer at [[Quantel]].', 'He was a partner at [[Marnova]] for a decade.'] },
]);
describeNegatives('organization', 'a post at a town the lists know', ['The police chief at [[Lakewood]] resigned.']);

describeCorpus('organization', 'where a client\'s lawyers and advisers work', [
  { expect: { rule: 'organization/employer' }, phrases: [
    'His lawyers at [[Kingsley Napley]] said he would appeal.',
    'It was studying the ruling with its lawyers at [[Webber Wentzel]].',
    'Solicitors at [[Leigh Day]] filed the claim.',
    'Auditors at [[Harlan Pryce]] signed the accounts.',
  ] },
]);
describeNegatives('organization', 'lawyers at a place', ['Lawyers at [[Guantanamo Bay]] said the men were ill.']);

describeCorpus('organization', 'a clause after the name that only a firm takes', [
  { expect: { rule: 'organization/firm-clause' }, phrases: ['[[Zorvex]], which makes chips, said sales rose.', '[[Quantel]], which employs 500 people, cut pay.', '[[Marnova]], which is based in Leeds, grew fast.'] },
  // "Which" refers to no person, so it outweighs a person's shape.
  { expect: { rule: 'organization/firm-clause' }, phrases: ['[[Marlow Fenn]], which manages $200 billion, sold the stake.', '[[Tessa Quill]], which raised $40 million last year, cut jobs.'] },
]);
describeNegatives('organization', 'a place or a person before "which" or "who"', ['[[Leeds]], which is based on wool, grew.', '[[Tolliver]], who owns a stake in the club, said no.']);

describeCorpus('organization', 'what investors hold in a company', [
  { expect: { rule: 'organization/shares-of' }, phrases: ['Shares in [[Brenvik-Holm]] rose 4 percent.', 'The fund sold its stake in [[Torvalis]] last week.', 'Holdings in [[Quenby-Arc]] were trimmed.'.replace('Holdings in', 'Its holdings in')] },
]);

describeCorpus('organization', 'what a holder owns, buys or sells a percentage of', [
  { expect: { rule: 'organization/shares-of' }, phrases: ['The bank owns 20 percent of [[Torvalis]] already.', 'Lufthansa sold 4.5 per cent of [[Brenvik]] in May.', 'Its parent holds 12 % of [[Quenby]].'] },
]);

describeCorpus('organization', 'every name of a list of three or more after "shares in", though a later one looks like a person', [
  { expect: { rule: 'organization/shares-of' }, phrases: [
    'Shares in Brenvik, [[Taylor Wimpey]] and Quenby rose.',
    'Shares in Apple, [[Target]] and Walmart fell.',
    'Shares in Brenvik, Quenby and [[Barratt Redrow]] rose.',
    'Its stakes in Brenvik, Quenby, and [[Hollis Redmayne]] were sold.',
  ] },
]);

describeNegatives('organization', 'a name after a list of two or after a comma alone, or with a possessive, may be a person', [
  'He has shares in Brenvik and [[Mary Lowe]] owns the rest.',
  'It bought a stake in Brenvik, [[John Lowe]] said.',
  "He holds shares in Brenvik, Quenby, and [[Mary Lowe]]'s firm.",
]);

describeNegatives('organization', 'a percentage of a place, won rather than owned', ['The party won 40 percent of [[Bavaria]].', 'The bank owns 20 percent of the land in [[Umbria]].']);


describeCorpus('organization', "a body's partner is a body, a person's a person", [
  { expect: { rule: 'organization/partner' }, phrases: ['The ruling party and its junior coalition partner [[Korvito]] won 71 seats.', 'The two carmakers and their partner [[Quentix]] signed the deal.'] },
]);

describeNegatives('organization', "a person's partner is no body", ['He thanked his partner [[Ann Lee]] for her help.', 'The firm and its partner [[Tom Hale]] said no.']);

describeCorpus('organization', 'a noun of kind before a name outweighs a verb of saying after it', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['The state news agency [[Wafar]] said the talks had ended.', 'the broadcaster [[Telenorte]] said on Monday'] },
]);

describeCorpus('organization', 'a national news agency the wires quote by its name alone', [
  { expect: { rule: 'organization/news-agency' }, phrases: ['The cabinet met on Friday , [[PAP]] reported .', 'Officials told [[Tanjug]] the border was open .', '[[CTK]] said the koruna was steady .'] },
]);

describeCorpus('organization', 'a wire service or data vendor cited for a poll or a consensus', [
  { expect: { rule: 'organization/news-agency' }, phrases: ['Analysts polled by [[Thomson Reuters]] expect a loss.', 'Estimates compiled by [[Refinitiv]] point to growth.', '[[Dow Jones Newswires]] reported the bid late on Monday.'] },
]);
describeNegatives('organization', 'a person who shares a wire service\'s word', ['[[Thomson Okoro]] said the poll was wrong.']);

describeCorpus('person', 'a surname that is an English word, with a cue only a person takes', [
  { expect: { rule: 'person/said-he' }, phrases: ['[[Weaver]] said he would not run again.', 'At the hearing [[Glazier]] told reporters she had no regrets.'] },
  { expect: { rule: 'person/apposition' }, phrases: ['[[Stoker]], 61, said the offer was too low.', 'Later that day [[Weaver]], who had led the talks, resigned.', '[[Dyer]], a retired nurse, sued the hospital.', '[[Ford]], a psychology professor, testified for four hours.'] },
  { expect: { rule: 'person/possession' }, phrases: ["[[Weaver]]'s wife said the family would stay.", "The papers were filed by [[Glazier]]'s lawyers."] },
]);

describeCorpus('person', "a name whose possessive owns works only a person composes, writes or paints", [
  { expect: { rule: 'person/possession' }, phrases: [
    "He will conduct all nine of [[Varnholt]]'s symphonies next season.",
    "The quartet played [[Brannock]]'s sonatas on Friday.",
    "The gallery hung [[Quillan]]'s paintings beside the windows.",
  ] },
]);
describeNegatives('person', "a house that stages or hangs the works takes an article", ["Tickets for the [[Tarnwick]]'s operas sold out."]);

describeCorpus('person', "a full name whose possessive owns a side, as a manager's does", [
  { expect: { rule: 'person/possession' }, phrases: ["Foden scored twice as [[Pep Varnholt]]'s side finished clear.", "He scored as [[Pep Varnholt]]'s men won."] },
]);
describeNegatives('person', "one word, or words a town ends, before a side's possessive", ["[[Wrexham]]'s side won again.", "[[Vitesse Arnhem]]'s side won again."]);

describe('a surname settled by a cue names its other mentions', () => {
  it('takes the kind wherever it recurs', () => {
    const text = 'Weaver said he would resign. The board thanked Weaver for his work.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Weaver', 'Weaver']);
  });
});

describeNegatives('person', 'groups, sentence adverbs and institutions before a verb of saying or an apposition', [
  '[[Police]] said he had fled the country.',
  '[[Officials]] said she was safe.',
  '[[Meanwhile]], a former trader said prices fell.',
  'The [[Treasury]] said he would testify.',
  '[[Ford]], the carmaker, cut 7,000 jobs.',
]);

describeCorpus('organization', "a company's part in apposition, with a place before its noun or at the sentence's end", [
  { expect: { rule: 'organization/apposition' }, phrases: [
    'The New Zealand arm, [[Countdown]], performed better.',
    'Its German unit, [[Quorvex]], said sales fell.',
    'The airline will spend more on its budget arm, [[Jetstar]].',
  ] },
]);

describeNegatives('organization', "a person's arm, or a post's holder, in the same shape", [
  'He broke his arm, [[Smith]] said.',
  "The firm's British chief executive, [[Ann Lowe]], said sales fell.",
  'The company named its new chief executive, [[Ann Lowe]].',
]);

describeCorpus('organization', 'an apposition headed by a noun for a company or a body', [
  { expect: { rule: 'organization/apposition' }, phrases: [
    'The deal was led by [[Quellbrook]], a Denver-based investment firm, and two banks.',
    'Orders rose at [[Tarnwick]], a unit of a Swiss group.',
    '[[Hollis]], the country\'s largest lender, cut its rates.',
    'Doses came from [[Quorvane]], the Vaccine Alliance, on Monday.',
    '[[Vexstat]], the federal statistics office, said exports fell.',
    '[[Marnova]], the country\'s energy authority, raised the price cap.',
  ] },
  { expect: { rule: 'organization/political-group' }, phrases: ['The [[Vexor]] institute said morale improved.'] },
]);
describeCorpus('person', 'an apposition whose post a body\'s noun opens', [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Tolliver]], the office manager, said the door was locked.', '[[Brantley]], the head of the commission, said no.'] },
]);
describeCorpus('person', 'an apposition that places a player in a draw or a field', [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Kovalenko]], the fourth seed, meets Ruiz next.', '[[Lindqvist]], the silver medallist, will race again.', '[[Okafor]], a rookie, scored twice.'] },
]);
describeNegatives('person', 'a body or a country in a draw or a bid', ['[[Zorvex]], a finalist for the contract, said it would wait.', '[[Quellan]], the runner-up in the bidding, said it would appeal.', '[[Portugal]], the second seed, beat Chile.']);
describeCorpus('person', 'an apposition whose capitalized body a post follows', [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Tarnwick]], the Senate Majority Leader, said no.', '[[Vell]], the Party Chairman, said no.'] },
]);

describeNegatives('organization', 'an apposition that names a place or follows an adverb', [
  'He stopped in [[Tarnwick]], a town of 4,000, for the night.',
  '[[Separately]], the company said sales rose.',
  'At 0900 [[GMT]], the Bank of Tarnwick cut rates.',
]);

describeCorpus('organization', 'partners joined by an ampersand', [
  { expect: { rule: 'organization/ampersand' }, phrases: ['Bonds of [[Harlow & Finch]] rose.', 'The bid by [[Corbin & Vale]] failed.'] },
]);

describeNegatives('organization', 'an ampersand between two given names or two parts of one country', ['Prints by [[Mary & Anne]] Holt sold well.', 'She sailed to [[Trinidad & Tobago]].']);

describeCorpus('organization', 'what investors hold, though its words are places', [
  { expect: { rule: 'organization/shares-of' }, phrases: ['It sold its stake in [[Gulf Ontario]] last year.'] },
]);

describeCorpus('person', 'a possessive written apart in tokenized wire copy', [
  { expect: { kind: 'person' }, phrases: ["[[Martin Kessler]] 's lawyer said he would appeal ."] },
]);

describeCorpus('organization', 'a possessive written apart inside a company name', [
  { expect: { rule: 'organization/suffix' }, phrases: ["Bonds of [[Harlan 's Corp]] fell ."] },
]);

describeNegatives('person', 'a weekday or a leading compass point in a name-shaped run', ['He scored on his [[Sheffield Wednesday]] debut.', 'They toured the [[West Indies]] in May.']);

describeCorpus('person', 'an apposition opened by a possessive name or a bare post', [
  { expect: { rule: 'person/apposition' }, phrases: ["[[Vasko]], Petrov's security chief, flew home.", 'The vote was called by [[Marta Ilves]], chairman of the board.'.replace('[[Marta Ilves]]', '[[Ilves]]')] },
]);

describe("a company's first word names it later", () => {
  it('after a name with a legal form', () => {
    const text = 'Brenner Hollis & Co. said it would close its office. A Brenner spokesman declined to comment.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Brenner Hollis & Co.', 'Brenner']);
  });
});

describeCorpus('person', 'a sentence dense with titles and names is no title-case headline', [
  { expect: { kind: 'person' }, phrases: ['Finnish President [[Aarne Kivi]] met Latvian Foreign Minister Janis Ozols in Riga.'] },
]);

describeCorpus('person', 'a common given name before a surname that is a country', [
  { expect: { kind: 'person' }, phrases: ['[[Michael Jordan]] scored 30 points.', 'A late goal by [[David Chad]] won it.'] },
]);

describeCorpus('organization', 'a score after a side is no model number', [
  { expect: { kind: 'organization' }, phrases: ['The Hawks beat the [[New York Knicks]] 101-94 on Sunday.'] },
]);

describeCorpus('organization', 'a lone name that says something of itself', [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Vexcor]] said it would cut 200 jobs.', '[[Vexcor]] said on Monday its profit fell.', '[[Vexcor]] said in a statement that talks had ended.'] },
]);

describeCorpus('person', 'two or three words of a person\'s shape, no firm\'s, that say "it"', [
  { expect: { kind: 'person' }, phrases: ['[[Tendai Moyo]] said it was unfair.', '[[Olugbenga Adeyemi]] said it would take time.', 'On Monday [[Wanjiru Kamau]] said it had been hard.'] },
]);
describeNegatives('person', 'a firm\'s word or ordinary words that say "it"', ['[[Vexcor Holdings]] said it would cut 200 jobs.', '[[Harbour Kite]] said it had hired two bankers.']);

describe('a surname of a named person outweighs "said it"', () => {
  it('stays a person', () => {
    expect(factsOf('person', 'Ilkka Vaara bought shares. Vaara said it was a fair price.').map((f) => f.text)).toEqual(['Ilkka Vaara', 'Vaara']);
  });
});

describe('a surname of a person named by shape alone names the later mentions', () => {
  it('takes the kind where it recurs, but not after an article', () => {
    const text = 'Early on, Ozren Okonkwu shot wide. Minutes later, Okonkwu scored. The Okonkwu camera was sold.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Ozren Okonkwu', 'Okonkwu']);
  });
});

describeCorpus('person', 'a post after a place in an apposition', [
  { expect: { rule: 'person/apposition' }, phrases: ['After the match, [[Tvrtko Ruiz Ochoa]], Panama coach, said they had learned a lot.'] },
]);

describe("a person's surname outweighs a company's belongings", () => {
  it('keeps the person before a possessive and a spokesman', () => {
    const text = 'Chancellor Ulrike Brandl arrived on Friday. Brandl\'s spokesman said the talks went well.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Ulrike Brandl', 'Brandl']);
  });
});

describeNegatives('organization', 'what someone was found to be is no founded body', ['Jurors found [[Brevik]] guilty.']);
describeNegatives('organization', 'a director of a field, no firm', ['He was named Director of [[Public Prosecutions]] in May.', 'She became director of [[Research]] last year.']);

describeCorpus('organization', 'a name bought or founded whose last word is a common word, though a given name may open it', [
  { expect: { rule: 'organization/company-object' }, phrases: ['It is the largest purchase since it bought [[Red Hat]] in 2019.', 'The fund agreed to acquire [[Rose Lantern]] last year.'] },
]);

describeNegatives('organization', 'a player a club buys has a clear given name or a surname', ['The Lakers acquired [[Kevin Love]] in a trade.', 'The Spurs acquired [[Grant Hill]] from Detroit.', 'Leeds bought [[Tom Baker]] in May.']);

describeCorpus('organization', 'what a deal or a post is of', [
  { expect: { rule: 'organization/company-object' }, phrases: [
    'Tarnex agreed to acquire [[Quillan]] for $200 million.',
    'The acquisition of [[Quillan]] will close next year.',
    'A unit of [[Norvex]] sold bonds.',
    'Talks on a merger with [[Norvex]] broke down.',
    'Harlan Partners also owns [[Pine Creek Mills]] and a bank.',
    'The group bought [[Blue Heron Mills]] in 1991.',
    'Tarnex agreed to buy [[Quillan]] last year.',
    'The plan was approved by the board of [[Quillan]] on Monday.',
    'She is chief executive of [[Norvex]].',
    '"Shoppers are wary," said Ann Lowe, managing director of [[Quorvane Retail]].',
    'Employees of [[Brevik]] went on strike.',
    'The bailout of [[Tarnwick]] cost taxpayers billions.',
    'Lawmakers approved the nationalization of [[Quorvane]].',
    'She co-founded [[Zendrix]] with her brother in 2009.',
    'He founded [[Tarnwick]] after college.',
  ] },
  { expect: { rule: 'organization/employer' }, phrases: ['Sales at [[Brevik]] rose 5%.'] },
  { expect: { rule: 'organization/apposition' }, phrases: ['[[Norvex]], based in Dallas, makes valves.'] },
]);

describeNegatives('organization', 'what people buy or have of their own', ['Visitors could have their own [[Polaroid]] taken.']);

describeNegatives('organization', "a board's own members", ['The board of [[Directors]] met on Friday.', 'He sits on the board of [[Governors]].']);

describe('company evidence that yields to a surname names nothing else', () => {
  it('keeps every mention of a lone surname a person', () => {
    const text = 'Maravin said the decree would stand. Maravin\'s spokesman denied the report.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Maravin', 'Maravin']);
    expect(factsOf('organization', text)).toEqual([]);
  });
});

describe('a company cue keeps the first word of a longer name that opens a sentence', () => {
  it('keeps an ordinary first word', () => {
    expect(factsOf('organization', 'Red Lantern Foods said it would close two plants.').map((f) => f.text)).toEqual(['Red Lantern Foods']);
  });
});

describeCorpus('organization', "an employer's possessive before a full name", [
  { expect: { rule: 'organization/staff-possessive' }, phrases: ["[[Brandell]]'s Peter Cohen declined to comment.", "The deal was signed by [[Quorvane]]'s Frederick Joseph."] },
]);

describeNegatives('organization', "a person's possessive before a full name", ["[[Reagan]]'s James Baker spoke first.", "[[Kohl]]'s Theo Waigel agreed."]);

describeCorpus('organization', "a sentence's first word before a company's belongings", [
  { expect: { rule: 'organization/possession' }, phrases: ["[[Jaguar]]'s chairman said the company would resist."] },
]);

describeCorpus('organization', 'an owner before a name makes it a firm or an outlet', [
  { expect: { rule: 'organization/role-noun' }, phrases: [
    'Losses at state-owned [[Credit Lyonnais]] widened.',
    'He sold family-owned [[Tarnwick Brodwick]] to investors.',
    'A report by state-run [[Wafar]] said the talks had ended.',
  ] },
]);

describeCorpus('organization', "where a market report's sources work", [
  {
    expect: { rule: 'organization/employer' },
    phrases: ['Dealers at [[Varvak Tarlo]] said the market was quiet .', '" It was quiet , " said a trader at [[Quorvane Wellby]] .', 'A broker at [[Okafor Tanner]] said so .'],
  },
]);

describeCorpus('organization', 'a body between a country\'s possessive or "the" and its kind', [
  { expect: {}, phrases: ["Officials said Iran's [[Quds Force]] agency had a role.", 'Fighters of the [[Wagner]] group withdrew.'] },
]);

describeCorpus('person', "a post with its determiner, then a comma, names its holder though the name's words are English words", [
  { expect: { rule: 'person/apposition' }, phrases: [
    'Its chief executive, [[Rich Hollister]], said margins had recovered.',
    "The insurer's chairman, [[Grace Park]], will retire in June.",
    'Their lawyer, [[Hope Baker]] said the appeal would be filed today.',
  ] },
]);

describeCorpus('person', 'a post with its determiner, then a comma, names its holder though no list knows the name', [
  { expect: { rule: 'person/apposition' }, phrases: [
    "The carrier's chief executive, [[Aberash TesfaMariam]], said the crew was experienced.",
    'Its founder, [[Okonjo Balewu]], said the plant would reopen.',
  ] },
]);

describeNegatives('organization', 'a name written like a brand after a post and a comma', [
  "The carrier's chief executive, [[Aberash TesfaMariam]], said the crew was experienced.",
]);

describeNegatives('person', 'a post and a comma before a place or a body', [
  'The ministry appointed a new director, Grace Park being the first choice of the board.',
  'He thanked the chairman, Lake Forest College and its trustees.',
]);

describeCorpus('organization', 'a party or a movement after "opposition"', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Thousands rallied behind the opposition [[Narodni Savez]] on Sunday.'] },
]);

describeCorpus('organization', 'a name nothing else settles after a person and "of"', [
  { expect: { rule: 'organization/of-person' }, phrases: ['"Stocks are cheap," said Dana Pruitt of [[Corvell]].', 'The report was written by Tom Hale of [[Quarvik]].'] },
]);

describeCorpus('location', 'a town qualified by its state after a person and "of"', [
  { expect: { kind: 'location' }, phrases: ['The winner was Dana Pruitt of [[Fremont]], Calif.'] },
]);

describeCorpus('organization', "a lone word with a firm's coined ending that speaks", [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Voltrex]] said power had been restored to 3,000 homes.', 'Late on Monday [[Quantitech]] said supplies were back.'] },
]);
describeCorpus('person', 'the same ending where a personal pronoun follows the verb', [
  { expect: { rule: 'person/said-he' }, phrases: ['[[Voltrex]] said he had not been told.'] },
]);

describeCorpus('organization', "a word of firms' names that no list holds as a common word or a name, before a verb of saying", [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Whirlpool]] said the plant would close in May.', 'On Tuesday, [[Whirlpool]] said that prices would rise.'] },
]);
describeNegatives('organization', 'a bare group or field that opens the sentence and speaks', ['[[Industry]] said the rules were costly.', '[[Security]] said the guard had left.']);
describeCorpus('organization', 'a maker before a number that a scale word multiplies', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['Regulators fined [[Meta]] 800 million euros.'] },
]);
describeCorpus('organization', 'a singular noun that opens the sentence bare before what a firm says of itself', [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Block]] said it would cut 900 jobs.', '[[Snap]] said its revenue rose 10 percent.'] },
]);
describeNegatives('organization', 'a mass noun that opens the sentence bare', ['[[Research]] said it would take years.', '[[Evidence]] said it all.']);
describeCorpus('organization', 'an untagged word of no plural that opens the sentence bare before what a firm says of itself', [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Stripe]] said on Thursday it would open an office in Porto.', '[[Chime]] said its losses narrowed.'] },
]);
describeNegatives('organization', 'a bare group that speaks, or an untagged plural', ['[[Crew]] said it was a routine landing.', '[[Jury]] said it could not agree.', '[[Anglers]] said it was the worst season.']);
describeCorpus('organization', 'a one-word name before a verb of saying whose clause opens with "the firm"', [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Quenvo]] said the firm would hire 300 engineers.', '[[Tavrix]] said on Monday the company had found faults at two plants.'] },
]);
describeNegatives('organization', 'a person who speaks of a company, then of themselves', ['[[Whitcombe]] said the company had ignored her complaints.', 'Lena Ostrova sued the bank. [[Ostrova]] said the firm had lied to her.']);
describeCorpus('organization', 'a name that speaks in what a company files', [
  { expect: { rule: 'organization/said-it' }, phrases: ['[[Zorvana]] said in a filing that the deal was off.', '[[Zorvana]] said in a stock exchange filing on Monday that talks had ended.', '[[Zorvana]] said in its press release that sales fell.'] },
]);
describeNegatives('organization', 'a person who files with a court or speaks of themselves', ['[[Kowalczyk]] said in a court filing that the loan was repaid.', '[[Kowalczyk]] said in a filing that she was innocent.']);

describe('a reporting clause after a comma is no apposition of the name before it', () => {
  const texts = (kind: Parameters<typeof factsOf>[0], text: string) => factsOf(kind, text).map((f) => f.text);
  it.each([
    ['Refugees were turned back in Doboj, the Organisation for Security and Cooperation in Europe (OSCE) said on Thursday.', 'Doboj'],
    ['Rebels shelled Kalemie, the National Council for Peace said in a statement.', 'Kalemie'],
    ['The contract went to Hargreaves, the ministry told reporters.', 'Hargreaves'],
    ['Police detained students in Ranilug, the Ostrel Information Centre reported.', 'Ranilug'],
    ['Troops left Kelmend, the state news agency reported on Monday.', 'Kelmend'],
  ])('the name is not the speaker: %s', (text, name) => {
    expect(texts('organization', text)).not.toContain(name);
    expect(texts('person', text)).not.toContain(name);
  });
  it.each([
    ['Brightwater, a Boston-based investment firm, said on Monday it would buy Acme.', 'organization', 'Brightwater'],
    ['Stoker, the chairman of the board, told reporters he would go.', 'person', 'Stoker'],
    ['Norland, the Oslo bank that said it would cut jobs, reported a loss.', 'organization', 'Norland'],
  ] as const)('an apposition a comma closes still names the run: %s', (text, kind, name) => {
    expect(texts(kind, text)).toContain(name);
  });
});

describeCorpus('person', "a town's word before a surname's shape, after a player's or a worker's noun", [
  { expect: { rule: 'person/role-noun' }, phrases: ['Finnish striker [[Saku Koivu]] signed a three-year contract.', 'The club signed defender [[Saku Laaksonen]] from Jokerit.'] },
]);

describeCorpus('person', "a town's word before a surname's shape, before a verb of saying or \", who\"", [
  { expect: { rule: 'person/said' }, phrases: ['[[Kisumu Otieno]] told reporters the road was shut.', 'Later [[Zango Abdu]] said counting would resume.'] },
  { expect: { rule: 'person/who' }, phrases: ['Police named [[Kisumu Otieno]], who ran the depot, as the driver.'] },
]);

describeNegatives('person', "a town's name before a verb of saying, after a place's preposition or alone", [
  'Residents of [[Kisumu]] said the road was shut.',
  'Officials in [[Kisumu]] told reporters the road was shut.',
]);

describeNegatives('person', "a town's name that no surname's shape follows, after a role noun", ['It was the player [[Newcastle United]] wanted most.', 'He is a lawyer [[Leeds City Council]] hired.']);

describeCorpus('person', "a town's word before a surname's shape, where a post's apposition or a verb of saying before it names a person", [
  { expect: { kind: 'person' }, phrases: [
    'The Minister of Finance, [[Ngozi Mwangi]], said the budget was ready.',
    '"We are ready," said [[Ngozi Mwangi]].',
    '[[Ngozi Mwangi]], 45, a teacher, was among the dead.',
  ] },
]);

describeCorpus('organization', "the word after a wire dateline's dash opens the first sentence, so a count there is no part of the name", [
  { expect: { kind: 'organization' }, phrases: [
    'AMSTERDAM (Reuters) - Four [[Greenpeace]] activists climbed aboard.',
    'LONDON - Three [[Oxfam]] workers were hurt.',
    'WASHINGTON (AP) -- Former [[Illinois Senate]] President Dana Whitlock said.',
  ] },
]);

describeNegatives('organization', 'a count after a dash inside a sentence stays outside a name it is no part of', [
  'The vote - [[Four]] members abstained - was close.',
]);

describeCorpus('organization', "a kind of firm after a wire dateline's dash vouches for no name, so the firm's full name starts after it", [
  { expect: { kind: 'organization' }, phrases: [
    'KYIV (Reuters) - Agribusiness [[Velmarta Holding]] bought a grain terminal.',
    'BASEL (Reuters) - Drugmaker [[Quentix Holdings]] cut 500 jobs.',
  ] },
]);

describeCorpus('organization', 'a farm or freight body named right after its kind', [
  { expect: { rule: 'organization/role-noun' }, phrases: [
    'The farm federation [[Agrovel]] said yields fell.',
    'Freight platform [[Shipzen]] said rates rose.',
    "Ghana's regulator [[Kakobor]] cut the farm-gate price.",
    'The dairy co-operative [[Milvana]] raised its milk price.',
    'Soy crusher [[Tarnoleo]] bought more beans.',
    'Shares of agribusiness [[Velmarta]] rose.',
  ] },
]);
describeCorpus('organization', 'a kind of farm firm that opens the sentence is left out of the name', [
  { expect: { kind: 'organization' }, phrases: ['Agribusiness [[Velmarta Holding]] bought a grain terminal.'] },
]);
describeNegatives('organization', 'a person after the post a body gives, not after the body', ['The federation chairman [[Ravi Kumar]] said farmers would protest.']);

describeCorpus('organization', 'an agency that writes its name in lower case, in a dateline', [
  { expect: { rule: 'organization/news-agency' }, phrases: ['HAMBURG ([[dpa]]) - Dock workers struck on Monday.', 'Valencia ([[efe]]) - Floods closed roads.'] },
]);

describeNegatives('organization', 'the lower-case word outside a dateline', ['The [[dpa]] figure was revised.', 'He said (and [[ap]] agreed) nothing.']);
describeCorpus('organization', "a kind of company before a name with a person's shape", [
  { expect: { rule: 'organization/kind-noun' }, phrases: ['Discount retailer [[Harvey Norman]] cut prices.', 'The brewer [[Samuel Adams]] raised prices.'] },
]);
describeCorpus('person', 'a person after a kind of company that is part of a post', [
  { expect: { kind: 'person' }, phrases: ['Bank manager [[John Lewis]] said the branch would close.'] },
]);

describeCorpus('organization', "a firm's name after its head in another tongue, later alone though a town has it", [
  { expect: { rule: 'organization/document' }, phrases: ['Banco Sabadell raised its offer. [[Sabadell]] shares rose 2%.', 'Banco Santander posted a record profit. [[Santander]] will buy back shares.'] },
]);
describeNegatives('organization', "a club's town, or a country after a firm's head", [
  'Real Madrid won the cup. Fans in [[Madrid]] celebrated.',
  "Grupo Mexico said output rose. [[Mexico]]'s president praised it.",
]);

describeCorpus('organization', 'a name before ", its" and a part of a company', [
  { expect: { rule: 'organization/apposition' }, phrases: ['[[Jarvo]], its Mexican subsidiary, said profit rose.', 'The group said [[Teltrex]], its U.S. arm, would be sold.'] },
]);
describeCorpus('person', 'a name before ", its" and a post', [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Tom Harlow]], its chief executive, said profit rose.'] },
]);
describeNegatives('organization', 'a product before ", its" and a kind of thing', ['The [[Corvex]], its flagship car, sold well.']);

describeCorpus('person', 'a role noun that opens the sentence before a name whose last word is also a word', [
  { expect: { rule: 'person/role-noun' }, phrases: [
    'Goaltender [[Tarvo Gill]] stopped 40 shots .',
    'Debutant [[Ravindar Gill]] hit the winning runs .',
    'Co-owner [[Shah Rukh Khan]] watched from the stands .',
    'Rookie [[Tarvo Bell]] finished fifth .',
  ] },
]);
describeNegatives('person', 'a role noun that opens a body or a title', ['International Monetary Fund officials met on Monday .', 'Star Wars fans queued overnight .']);
