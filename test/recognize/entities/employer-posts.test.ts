import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', 'the name before a post at a club or a company', [
  {
    expect: { rule: 'organization/employer-post' },
    phrases: [
      '"It was a hard game," [[Bayern Munich]] coach Otto Kramer told reporters.',
      '[[Galatasaray]] striker Emre Demir scored twice.',
      '[[Norsk Hydro]] spokesman Lars Eide said output would fall.',
      'said [[Zurich Lions]] manager Hans Egli.',
    ],
  },
]);

describeCorpus('organization', 'a club named by a word the long name lists hold and its city, before a post', [
  { expect: { rule: 'organization/employer-post' }, phrases: ['[[Ajax Amsterdam]] coach Piet Hale praised his side.', 'Said [[Vitesse Arnhem]] striker Jan Mol.'] },
]);

describeCorpus('person', 'a common given name before a city stays a person', [
  { expect: { rule: 'person/given-name' }, phrases: ['The novel by [[Jack London]] sold well.', '[[Paulo Lima]] scored twice.'] },
]);

describeCorpus('location', 'a national side before a post stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[Italy]] coach Marco Rossi named his squad.', '[[Brazil]] striker Paulo Lima was injured.'] },
]);

describeNegatives('organization', 'no employer where no holder follows the post, or a person holds it', [
  'The [[Bayern]] coach was sacked.',
  '[[Johnson]] coach trips are cheap.',
]);

describeCorpus('organization', "a club's post makes its town the side throughout; another post does not", [
  { expect: { rule: 'organization/team' }, phrases: ['Leicester manager Tom Bright was pleased. The win lifted [[Leicester]] to fourth.'] },
]);

describeNegatives('organization', 'a seat of government keeps its place elsewhere after a spokesman names it', [
  'White House spokesman Ned Carter spoke. Reporters waited outside the [[White House]] on Tuesday.',
  'White House spokesman Ned Carter spoke. The president returned to the [[White House]] late Monday.',
]);

describeCorpus('organization', 'a team before a position of another sport', [
  { expect: { rule: 'organization/employer-post' }, phrases: [
    '[[Red Wings]] goalie Tom Hale made 31 saves.',
    'said [[Quorvex]] pitcher Ken Varga.',
    'On Friday, [[Lancashire]] batsman Tom Hale hit 120.',
  ] },
]);

describeCorpus('location', 'a national side before a position of another sport stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[England]] batsman Tom Hale was out for 12.'] },
]);

describeCorpus('organization', 'a firm or a body before its chief, boss or executive', [
  { expect: { rule: 'organization/employer-post' }, phrases: [
    'said [[Quorvex]] chief Tom Hale.',
    'The deal was backed by [[Tarnwick]] boss Ken Varga.',
    'On Monday , [[Dornholm]] executive Ann Lowe resigned.',
  ] },
]);

describeCorpus('location', 'a country or a town before its chief stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[Iraq]] chief Tom Hale met envoys.'] },
]);

describeCorpus('organization', "a firm's word that opens a sentence before a post and its holder", [
  { expect: { rule: 'organization/employer-post' }, phrases: ['[[Amazon]] founder Jeff Bezos sold shares.', '[[Target]] chief Brian Cornell spoke on Tuesday.'] },
]);
describeNegatives('organization', "a body's common noun that opens a sentence before a post", ['[[Club]] chairman Ken Bates quit.', '[[Company]] founder Ann Lowe retired.']);
describeCorpus('organization', "a known team's nickname that opens a sentence before a post and its holder", [
  { expect: { rule: 'organization/employer-post' }, phrases: ['[[Giants]] manager Ann Lowe said the team was tired.', '[[Yankees]] owner Tom Hale fired the coach.'] },
]);
describeNegatives('organization', 'a common noun that opens a sentence before a post', ['[[Campaign]] manager Ann Lowe resigned.']);
describeCorpus('organization', "a known team's nickname of two words that opens a sentence before a post and its holder", [
  { expect: { kind: 'organization' }, phrases: ['[[Black Caps]] coach Tom Hale named an unchanged side.', '[[Blue Jays]] manager Ann Lowe said the team was tired.'] },
]);
describeCorpus('organization', 'a side before its captain or skipper', [
  { expect: { rule: 'organization/employer-post' }, phrases: ['said [[Quorvex]] captain Tom Hale.', 'The toss was won by [[Tarnwick]] skipper Ken Varga.', '[[Springboks]] captain Tom Hale lifted the trophy.'] },
]);
describeCorpus('location', 'a national side before its captain stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[England]] captain Tom Hale won the toss.'] },
]);

describeCorpus('person', 'a given name and another word after a role noun, though both are English words', [
  { expect: { rule: 'person/role-noun' }, phrases: ['The club hired manager [[Gene Little]] on Monday.', 'The show starred comedian [[Rich Baker]].'] },
]);
describeCorpus('person', 'a word no dictionary holds and an English word after a role noun', [
  { expect: { rule: 'person/role-noun' }, phrases: ['Dutch forward [[Ruud Blinker]] had his ban lifted.', 'The club signed striker [[Tarvo Hammer]] on loan.'] },
]);
describeNegatives('person', 'a word no dictionary holds and a body\'s head after a role noun', ['The deal made partner [[Tarvo Group]] richer.']);
describeNegatives('organization', "a public service's common noun that opens a title", ['[[Police]] Chief Ann Lowe said the road was closed.', '[[Fire]] Marshal Tom Hale said the blaze was set.']);
describeCorpus('organization', 'a body named before a capitalized title stays the employer', [
  { expect: { rule: 'organization/employer-title' }, phrases: ['[[Quorvane]] Chief Executive Ann Lowe said.'] },
]);
describeCorpus('location', 'a state before a chief post of government holds it as a place', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['[[Maharashtra]] Chief Minister Ravi Kulkarni spoke.', '[[Punjab]] Chief Secretary Anil Mehra resigned.'] },
]);

describeCorpus('organization', 'where a post and its field is held', [
  { expect: { rule: 'organization/employer' }, phrases: [
    'Ann Lowe, head of markets at [[Corvell Oakridge]], said shares were cheap.',
    'Tom Hale, head of money and markets at [[Brannock Hartley]], said investors were wary.',
    'said Jo Pike, director of research at [[Teller Bramwell]].',
  ] },
]);

describeCorpus('organization', 'every item of a list of employers after staff and "at"', [
  { expect: { rule: 'organization/employer' }, phrases: [
    'Analysts at Jefferies and [[Bernstein]] cut their targets.',
    'Economists at Corvell Oakridge, [[Pantheon]] and Brannock Hartley disagree.',
    'Strategists at Barclays, Kepler, or [[Wendell]] agreed.',
  ] },
]);
describeNegatives('organization', 'a name after "and" that closes no list of employers', ['Analysts at the bank and [[Bernstein]] agreed.']);

describeNegatives('organization', 'a post before "at" with no field, or a field of no post', [
  'The head of state at [[Balmoral]] met guests.',
  'Ann Lowe, a mother of two at [[Corvell Oakridge]], said shares were cheap.',
]);

describeCorpus('organization', 'a tenure word that opens the sentence qualifies the post, so the employer begins after it', [
  { expect: {}, phrases: [
    'Former [[Tesla]] executive Ann Lowe testified on Monday.',
    'Former [[Illinois Senate]] President Dana Whitlock spoke.',
    'Acting [[Foreign Ministry]] spokesman Li Wen said talks would resume.',
  ] },
]);

describeCorpus('organization', 'a firm before a post of two words and its holder', [
  { expect: { rule: 'organization/employer-post' }, phrases: [
    'The deal closed. [[Shell]] chief executive Ana Roy said the firm would stay.',
    'The plan was approved. [[Orange]] chief executive Lea Morin said it would close.',
    'It was backed by [[Dornholm]] executive chairman Ann Lowe.',
  ] },
]);

describeNegatives('organization', 'a post shared by two holders, or a former one, opening a sentence is no firm', [
  '[[Co-chief]] executive Ted Varga said prices would rise.',
  '[[Former]] chief executive Ann Lowe said the deal was good.',
]);

describeCorpus('organization', "a firm named like a person before a research post and its holder", [
  { expect: { rule: 'organization/employer-post' }, phrases: [
    '[[Raymond James]] analyst Savanthi Syth cut her target price.',
    'Shares fell. [[Edward Jones]] senior economist Ann Lowe said rates would rise.',
    'The note from [[Piper Sandler]] strategist Tom Hale was cautious.',
  ] },
]);

describeCorpus('person', "a person before a spokesman's post stays a person", [
  { expect: { kind: 'person' }, phrases: ['[[Hillary Clinton]] spokesman Nick Merrill said.'] },
]);

describeCorpus('location', 'a place before a research post stays a place', [
  { expect: { kind: 'location' }, phrases: ['[[Tokyo]] analyst Ken Sato said prices would rise.'] },
]);

describeCorpus('organization', 'a short name no list knows after a titled holder and "of" is where the holder works', [
  {
    expect: { rule: 'organization/of-person' },
    phrases: [
      'Economist Mara Velden of [[Brackwater]] said the rand would weaken.',
      'Analyst Jonas Pereira of [[Quillfield]] said demand was soft.',
      'Jim Walsh of [[Whitmore]] said he would abstain.',
      'Economist Mara Velden of [[Brackwater]] said she expected cuts.',
      '"Margins are thin," said strategist Helen Okafor of [[Tarnbrook]].',
      'Mr. Dale of Acme Corp. and Mr. Hunt of [[Hartwell]] signed the deal.',
    ],
  },
]);

describeCorpus('location', 'after the title of a seat, the name after "of" is the place the holder governs or represents', [
  {
    expect: { rule: 'location/holder-seat' },
    phrases: ['Mayor Jane Corley of [[Smallbury]] opened the bridge.', 'Rep. Jim Walsh of [[Whitmore]] voted against the bill.', 'Sen. Ann Hale of [[Eastvale]] said she would abstain.'],
  },
]);

describeNegatives('organization', 'no employer after a titled holder where more words follow "of" or a seat is held', [
  'Mayor Jane Corley of [[Smallbury]] opened the bridge.',
  'Rep. Jim Walsh of [[Whitmore]] said he would vote no.',
]);

describeCorpus('location', "a state's abbreviation after a town's comma, before a title that opens the next sentence", [
  { expect: { rule: 'location/gazetteer' }, phrases: ['The plant stays in Chippewa Falls, [[Wis.]] Chairman Ann Lowe said so.', 'The firm is based in Omaha, [[Neb.]] Chairman Tom Hale said so.'] },
]);
describeNegatives('organization', "a state's abbreviation is no employer", ['The plant stays in Chippewa Falls, [[Wis.]] Chairman Ann Lowe said so.']);
describeNegatives('organization', "a place's common noun that opens a sentence before a post", ['[[Temple]] manager Lin Wen-hsiung said pilgrims came early.', '[[Castle]] spokesman Tom Hale said the gates would open.']);
describeCorpus('organization', "a club's town word before a post stays the club", [
  { expect: { rule: 'organization/employer-post' }, phrases: ['[[City]] manager Pep Guardiola praised the defence.'] },
]);

describeCorpus('location', "a county or a town before a capitalized post of its own staff is the place the holder serves", [
  {
    expect: { rule: 'location/local-seat' },
    phrases: [
      '[[Halloway County]] Manager Dana Pruitt said crews would work overnight.',
      'On Monday, [[Tensaw County]] Executive Ken Fogle filed the claim.',
      '[[Brackwater]] City Manager Owen Tate said the water plant was dry.',
      '[[Eastvale]] Town Manager Ruth Sorel said the square had flooded.',
    ],
  },
]);
describeNegatives('organization', 'no employer in a county or a town before its own staff post', [
  '[[Halloway County]] Manager Dana Pruitt said crews would work overnight.',
  '[[Brackwater City]] Manager Owen Tate said the water plant was dry.',
]);
describeCorpus('organization', 'a firm before a capitalized post stays its employer', [
  { expect: { rule: 'organization/employer-title' }, phrases: ['[[Quorvex]] Manager Dana Pruitt said the plant would close.'] },
]);

describeCorpus('location', "a county a head names opens a sentence before its sheriff's title", [
  { expect: { kind: 'location' }, phrases: ['[[Butte County]] Sheriff Ray Olds said deputies were searching cars.'] },
]);
