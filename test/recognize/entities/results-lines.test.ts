import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

const texts = (kind: Parameters<typeof factsOf>[0], text: string) => factsOf(kind, text).map((f) => f.text);

describe('sports results and tables', () => {
  it('a name ending in a city is a club in a line of results', () => {
    expect(texts('organization', 'Olympique Lyon 2 Sporting Lisbon 1')).toEqual(['Olympique Lyon', 'Sporting Lisbon']);
  });
  it('countries in a results line are places', () => {
    expect(texts('location', 'Brazil 3 Peru 0')).toEqual(['Brazil', 'Peru']);
    expect(texts('organization', 'Brazil 3 Peru 0')).toEqual([]);
  });
  it('a ranked list names people and their countries', () => {
    const text = '1. Tomasz Wolski ( Poland ) 4:12:33';
    expect(texts('person', text)).toEqual(['Tomasz Wolski']);
    expect(texts('location', text)).toEqual(['Poland']);
  });

  it.each([
    ['a surname alone', '4. Brodwick ( Canada ) 3:35.21', ['Brodwick']],
    ['a name of no known shape', '6. Abdo Tariq ( Somalia ) 3:35.90', ['Abdo Tariq']],
    ['a name that is also a word', '2. Hill ( Ireland ) 1:30:07.100', ['Hill']],
    ['entries on one line', '800 metres : 1. Abdo Tariq ( Somalia ) 1:44.10 2. Brodwick ( Canada ) 1:44.52', ['Abdo Tariq', 'Brodwick']],
  ])('the entrant of a ranked line: %s', (_name, text, expected) => {
    expect(texts('person', text)).toEqual(expected);
  });
  it.each([
    ['a time', 'Results :\nBrodwick ( Canada ) 19.68\nAbdo Tariq ( Somalia ) 19.80', ['Brodwick', 'Abdo Tariq']],
    ['a height after a label', 'High jump : Lea Varvakis ( Greece ) 2.01', ['Lea Varvakis']],
    ['a team and a clock time', 'Superbike : Brodwick ( Canada ) Ducati 35:12.4', ['Brodwick']],
  ])('an entrant before a country and a measure: %s', (_name, text, expected) => {
    expect(texts('person', text)).toEqual(expected);
  });
  it('a side before a country and a score is no entrant', () => {
    expect(texts('person', 'Cup results :\nQuorvex ( Norway ) 2 Tarnwick ( Sweden ) 1')).toEqual([]);
  });
  it('a bracket after a ranked entrant that holds no place holds his team', () => {
    const text = 'Leading positions :\n1. Brodwick ( Williams ) 1:30:05\n2. Tom Hale ( Ferrari ) 1:30:09';
    expect(texts('person', text)).toEqual(['Brodwick', 'Tom Hale']);
    expect(texts('organization', text)).toEqual(['Williams', 'Ferrari']);
  });
  it("a team's line-up names players, its lines parted by semicolons", () => {
    const text = 'Norway : Brodwick ; Varga , Hill , Di Lello ; Okafor ( Mbeluko 75th ) , Rask ; Tanner .';
    expect(texts('person', text)).toEqual(['Brodwick', 'Varga', 'Hill', 'Di Lello', 'Okafor', 'Mbeluko', 'Rask', 'Tanner']);
    expect(texts('location', text)).toEqual(['Norway']);
  });
  it('a label and a list of words with no semicolon is no line-up', () => {
    expect(texts('person', 'Sectors : Banking , Mining , Retail , Energy .')).toEqual([]);
  });
  it('a rank alone makes no person of a country or a known company', () => {
    expect(texts('person', 'Medals :\n1. Germany ( Europe ) 12')).toEqual([]);
    expect(texts('person', 'Sales :\n1. Toyota ( Japan ) 12')).toEqual([]);
  });

  it.each([
    ['a town name on each side', 'Results on Saturday:\n\nReading 1 Stockport 3\n', ['Reading', 'Stockport']],
    ['a first word that is also an English word', 'Wanderers 0 Rovers 2', ['Wanderers', 'Rovers']],
    ['two-word sides', 'Queens Park Rangers 2 Crystal Palace 2', ['Queens Park Rangers', 'Crystal Palace']],
    ['a standings row under a table heading', 'Standings:\nHarrogate 12 8 2 2 25 11 26\nHalifax 12 7 3 2 20 10 24', ['Harrogate', 'Halifax']],
    ['all-caps lines', 'GRIMSBY 1 BRADFORD 1', ['GRIMSBY', 'BRADFORD']],
    ['half-time scores in brackets', 'Halftime in brackets:\nHarrogate 2 (1) Stockport 0 (0)', ['Harrogate', 'Stockport']],
  ])('a club in a table: %s', (_name, text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
    expect(texts('location', text)).toEqual([]);
  });

  it.each([
    ['a score in running prose', 'Reading played Stockport 3 1 in the cup, and the fans in Reading cheered.'],
    ['a dateline with a date', 'LONDON 1996-12-07\n\nPrices rose in Leeds.'],
    ['an event and its year', 'Paris 2024 will be remembered in Paris.'],
    ['one side with a single figure', 'Platform 9 at Leeds station'],
  ])('no club where the line is not a table: %s', (_name, text) => {
    expect(texts('organization', text)).toEqual([]);
  });
});

describeCorpus('organization', 'the side that heads its scorers', [
  { expect: { rule: 'organization/scorers-team' }, phrases: ['Scorers: [[Harrogate]] - Bellamy (12th), Okafor (80th)'] },
]);

describeCorpus('organization', 'a side that opens a line of scorers with their minutes, under a label of its own line', [
  { expect: { rule: 'organization/scorers-team' }, phrases: [
    'Scorers :\nHarrogate - Bellamy ( 12th )\n[[Dunmore]] - Okafor ( 80th ) , Lindqvist ( 88th )',
    'Goalscorers :\nRovers - Haddad ( 3rd )\n[[Leeds]] - Okafor ( 21st , 67th )',
  ] },
]);

describeCorpus('person', 'a scorer before his minutes, after the dash or another scorer', [
  { expect: { rule: 'person/scorer' }, phrases: [
    'Scorers :\nHarrogate - Bellamy ( 12th )\nDunmore - [[Okafor]] ( 80th ) , Lindqvist ( 88th )',
    'Scorers :\nHarrogate - Bellamy ( 12th )\nDunmore - Okafor ( 80th ) , [[Lindqvist]] ( 88th )',
  ] },
]);

describeNegatives('person', 'a name before a bracket with no minute, or with no side before it', [
  'Leeds - [[Okafor]] ( captain ) led the side.',
  'He met [[Okafor]] ( 80th ) at noon.',
]);

describeCorpus('person', 'a line of scorers', [
  { expect: { rule: 'person/scorer' }, phrases: ['Scorers: [[Bellamy]] (12th minute), Okafor (80)', 'Scorers: Bellamy (12th minute), [[Okafor]] (80)'] },
]);

describeCorpus('person', 'players in a cricket scorecard', [
  {
    expect: { rule: 'person/scorecard' },
    phrases: [
      'Kent first innings\n[[R. Dravid]] c Harbhajan Singh b Kumble 58\nT. Ward lbw b Srinath 12',
      'Kent first innings\nR. Dravid c [[Harbhajan Singh]] b Kumble 58\nT. Ward lbw b Srinath 12',
      'Kent first innings\nR. Dravid c Harbhajan Singh b [[Kumble]] 58\nT. Ward lbw b Srinath 12',
      'Kent first innings\nR. Dravid c Harbhajan Singh b Kumble 58\n[[T. Ward]] lbw b Srinath 12',
      'Kent first innings\nR. Dravid c Harbhajan Singh b Kumble 58\nT. Ward lbw b [[Srinath]] 12',
      'Total (for 4 wickets) 205\n[[P. Strang]] not out 7',
      'Bowling: [[Shane Warne]] 30-8-71-3, Glenn McGrath 22-6-48-2',
      'Bowling: Shane Warne 30-8-71-3, [[Glenn McGrath]] 22-6-48-2',
    ],
  },
]);

describeCorpus('person', 'players in a cricket scorecard written inside a sentence', [
  {
    expect: { rule: 'person/scorecard' },
    phrases: [
      'Close of play: Kent first innings R. Dravid b [[Anil Kumble]] 58, T. Ward c Ravi Shastri b Javagal Srinath 12.',
      'Close of play: Kent first innings R. Dravid b Anil Kumble 58, T. Ward c [[Ravi Shastri]] b Javagal Srinath 12.',
      'Close of play: Kent first innings R. Dravid b Anil Kumble 58, T. Ward c Ravi Shastri b [[Javagal Srinath]] 12.',
    ],
  },
]);

describeNegatives('organization', 'a bowler after a dismissal mark, before the batsman\'s runs', ['Kent first innings R. Dravid b [[Anil Kumble]] 58, T. Ward lbw b Javagal Srinath 12.']);

describeCorpus('person', 'scorers in brackets after the score', [
  {
    expect: { rule: 'person/scorer' },
    phrases: [
      'Rovers 2 ([[Okafor]] 14, Lindqvist 77 pen) United 1 (Haddad 60)',
      'Rovers 2 (Okafor 14, [[Lindqvist]] 77 pen) United 1 (Haddad 60)',
      'Rovers 2 (Okafor 14, Lindqvist 77 pen) United 1 ([[Haddad]] 60)',
    ],
  },
]);

describeNegatives('person', 'capitalized words in brackets that are no scorers', ['The firm (Acme 12, Bolt 3) grew.', 'Rates rose in 2 (Ohio 14, Utah 9) states.']);

describeNegatives('person', 'lines that look like scorecards but are not', [
  'Extras (b-4 lb-6 nb-2) 12',
  'Total (all out, 61.3 overs) 221',
  'Fall of wickets: 1-14 2-60 3-61',
]);

describe('cities and counties that play', () => {
  it('a place that beats or is beaten is a side, in every mention but a frame of place', () => {
    const text = 'Yorkshire beat Lancashire by six wickets. Yorkshire now lead the table. Rain fell in Lancashire.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Yorkshire', 'Lancashire', 'Yorkshire']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Lancashire']);
  });
  it('a side that loses to another names both', () => {
    expect(factsOf('organization', 'Denver lost to Phoenix on Sunday.').map((f) => f.text)).toEqual(['Denver', 'Phoenix']);
  });
  it('national sides stay places', () => {
    expect(factsOf('location', 'Wales beat Italy in Cardiff.').map((f) => f.text)).toEqual(['Wales', 'Italy', 'Cardiff']);
  });
  it('a country whose short name is also a word is a national side like any other', () => {
    expect(factsOf('location', 'Poland lost to Turkey in Izmir.').map((f) => f.text)).toEqual(['Poland', 'Turkey', 'Izmir']);
    expect(factsOf('location', 'HANDBALL - TURKEY BEAT ICELAND .').map((f) => f.text)).toEqual(['TURKEY', 'ICELAND']);
  });
  it('a club of a results table keeps its name in the running text', () => {
    const text = 'Marseille 2 Olympique Lyon 1\n\nThe coach said Marseille deserved the win.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Marseille', 'Olympique Lyon', 'Marseille']);
  });
  it('a city that employs a manager is a club wherever it recurs', () => {
    const text = 'Bristol manager Joe Hale said he was happy. Carver scored twice for Bristol.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Bristol', 'Bristol']);
  });
  it('a town that takes a plural verb is its club, in every mention but a frame of place', () => {
    const text = 'Valencia have signed the Dutch striker. Valencia paid a record fee. Fans in Valencia cheered.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Valencia', 'Valencia']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Dutch', 'Valencia']);
  });
  it('a town in the singular, after a preposition or in a list stays a place', () => {
    for (const text of ['Valencia has a new mayor.', 'Hotels in Valencia are full.', 'Seville and Valencia are hot.', 'The Polaroids were ready.']) {
      expect(factsOf('organization', text).map((f) => f.text)).toEqual([]);
    }
    expect(factsOf('location', 'Spain have won the cup.').map((f) => f.text)).toEqual(['Spain']);
  });
  it('a club named by its initials or its sponsor and its town is one name', () => {
    expect(factsOf('organization', 'He joined Bayer Leverkusen from AZ Alkmaar in May.').map((f) => f.text)).toEqual(['Bayer Leverkusen', 'AZ Alkmaar']);
  });
  it('a place listed with a side is a side', () => {
    expect(factsOf('organization', 'Essex beat Durham and Somerset in one week.').map((f) => f.text)).toEqual(['Essex', 'Durham', 'Somerset']);
  });
});

describe('states and provinces in a results table', () => {
  it('are clubs there, as city names are', () => {
    expect(factsOf('organization', 'Minnesota 6 Milwaukee 1').map((f) => f.text)).toEqual(['Minnesota', 'Milwaukee']);
  });
});

describeCorpus('person', 'players in a cricket scorecard', [
  {
    expect: { rule: 'person/scorecard' },
    phrases: [
      'R. Dravid c [[Imran Baig]] b Tariq Aziz 38',
      'R. Dravid c Imran Baig b [[Tariq Aziz]] 38',
      '[[Nasir Jamal]] lbw b Hollins 7',
      '[[Nasir Jamal]] not out 54',
      '[[Nasir Jamal]] run out 11',
      'R. Dravid c Imran Baig b Tariq Aziz 38\n[[Hollins]] retired hurt 2',
    ],
  },
]);

describeCorpus('person', 'scorers in brackets with ordinal minutes', [
  {
    expect: { rule: 'person/scorer' },
    phrases: [
      'Rovers 2 ( [[Okafor]] 14th , Lindqvist 77th ) United 1 ( Haddad 60th ) .',
      'Rovers 2 ( Okafor 14th , [[Lindqvist]] 77th pen ) United 1 ( Haddad 60th ) .',
      'Rovers 2 ( Okafor 14th , Lindqvist 77th ) United 1 ( [[Haddad]] 60th ) .',
    ],
  },
]);

describe('a baseball box score', () => {
  it("a side's innings in threes, with an x for the last one it did not bat, make a results line", () => {
    expect(texts('organization', 'Box score :\nKORVANJE 000 100 020 - 3 8 1\nTARNWICK 010 003 00X - 4 9 0')).toEqual(['KORVANJE', 'TARNWICK']);
  });
  it('the battery line names each pitcher and catcher', () => {
    const text = 'Brodwick , Varga ( 7 ) and Hale ; Tarvell , Osk ( 8 ) , Renko ( 9 ) and Mbeluko .';
    expect(texts('person', text)).toEqual(['Brodwick', 'Varga', 'Hale', 'Tarvell', 'Osk', 'Renko', 'Mbeluko']);
  });
  it("the notes name the winner, the loser, the save and the home runs' hitters", () => {
    const text = 'W - Tarvell 19-7 . L - Brodwick 11-9 . Sv - Renko ( 40 ) . HRs - Korvanje , Ostrava ( 37 ) .';
    expect(texts('person', text)).toEqual(['Tarvell', 'Brodwick', 'Renko', 'Ostrava']);
  });
});

describeNegatives('person', 'lists and labels that are no box score', [
  'Sales rose ; costs and taxes fell , and wages ( 7 ) rose .',
  'Nobody came ; Monday and Tuesday were quiet , and Friday too .',
  'Vote - Senate 19-7 .',
]);

describe('standings rows with a winning percentage', () => {
  it('a row of won, lost and percentage names a club', () => {
    const text = 'W L PCT GB\nDENVER 61 40 .604 -\nPORTLAND 55 46 .545 6 1/2';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['DENVER', 'PORTLAND']);
  });
});

describe('summary lines with scorers in brackets', () => {
  it.each([
    ['scorers and minutes after each score', 'Rovers 2 ( Okafor 14 , Lindqvist 77 pen ) Harrogate 1 ( Haddad 60 )', ['Rovers', 'Harrogate']],
    ['a note after the full stop', 'Stockport 0 Reading 2 ( Mbeki 31 , 88 ) . Attendance : 12,406', ['Stockport', 'Reading']],
    ['a half-time note', 'Halifax 1 ( Dunne 9 ) Luton 1 ( Pryce 70 ) . Halftime 1-0 .', ['Halifax', 'Luton']],
  ])('the sides are clubs: %s', (_name, text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
    expect(texts('location', text)).toEqual([]);
  });
  it('a bracket of lower-case words is no scorers', () => {
    expect(texts('organization', 'Leeds 2 ( after extra time ) Bath 1')).toEqual([]);
  });
});

describe('a side of the tables named in the running text', () => {
  const table = '\n\nResults :\nBayer Leverkusen 3 Hamburg 1\nArsenal 2 Chelsea 0\nDerby County 1 Luton 1\n';
  it.each([
    ['a company and a town that spell a side', 'Bayer Leverkusen went top on Saturday .', ['Bayer Leverkusen']],
    ['a common word', 'Arsenal won again .', ['Arsenal']],
    ['a given name', 'Goals from Wise and Hughes gave Chelsea the lead .', ['Chelsea']],
    ['the town of a side alone', 'Kirsten scored twice for Leverkusen .', ['Leverkusen']],
    ['the town before a club word', 'The goal gave Derby a point .', ['Derby']],
  ])('%s', (_name, prose, expected) => {
    expect(texts('organization', prose + table).slice(0, expected.length)).toEqual(expected);
  });
  it('the town stays a place in a frame of place, and where two sides share it', () => {
    expect(texts('location', 'Fans celebrated in Leverkusen .' + table)).toEqual(['Leverkusen']);
    const shared = 'The derby in Munich and a trip to Munich .\n\nBayern Munich 1 1860 Munich 1\n';
    expect(texts('location', shared)).toEqual(['Munich', 'Munich']);
  });
  it('no table, no side', () => {
    expect(texts('organization', 'Arsenal won again .')).toEqual([]);
    expect(texts('location', 'Kirsten flew to Leverkusen .')).toEqual(['Leverkusen']);
  });
});

describe('fixture lines in capitals', () => {
  it('two cities with "AT" between them are teams', () => {
    expect(texts('organization', 'TUESDAY SCHEDULE\nOAKLAND AT DETROIT\n')).toEqual(['OAKLAND', 'DETROIT']);
  });
  it('national sides stay places, and a headline is no fixture', () => {
    expect(texts('location', 'ENGLAND V PAKISTAN\n')).toEqual(['ENGLAND', 'PAKISTAN']);
    expect(texts('organization', 'STORM DAMAGE AT DETROIT\n')).toEqual([]);
  });
});

describe('teams named by their city and a nickname', () => {
  it('the whole name, the nickname alone and the headline', () => {
    const text = 'HOCKEY - FLYERS DOWN SABRES .\nThe Philadelphia Flyers beat the Buffalo Sabres 4-2 on Tuesday .\nThe Flyers have won five straight .';
    expect(texts('organization', text)).toEqual(['FLYERS', 'SABRES', 'Philadelphia Flyers', 'Buffalo Sabres', 'Flyers']);
    expect(texts('location', text)).toEqual([]);
  });
  it('a US state names a team too; its city alone is the team outside a frame of place', () => {
    const text = 'The Arizona Cardinals beat the Miami Dolphins . Miami had won twice . Fans in Miami booed .';
    expect(texts('organization', text)).toEqual(['Arizona Cardinals', 'Miami Dolphins', 'Miami']);
    expect(texts('location', text)).toEqual(['Miami']);
  });
  it('no team in a plural place word', () => {
    expect(texts('organization', 'Boats left the Florida Keys .')).toEqual([]);
  });
  it('a nickname beside a verb of a match', () => {
    expect(texts('organization', 'Last night the Mariners edged the Orioles .')).toEqual(['Mariners', 'Orioles']);
  });
  it.each([
    ['a province of another country', 'The Ontario Growers met on Monday .', ['Ontario']],
    ['a country and its people', 'Clashes between the Serbs and Croatia continued .', ['Croatia']],
  ])('no team: %s', (_name, text, places) => {
    expect(texts('organization', text)).toEqual([]);
    expect(texts('location', text)).toEqual(places);
  });
});

describe('sides that play in a match the sentence reports', () => {
  it.each([
    ['the passive of a match verb', 'Olimpija were held 1-1 by Maribor .', ['Olimpija', 'Maribor']],
    ['a score between the verb and its preposition', 'Gorica lost 2-1 to Koper on Sunday .', ['Gorica', 'Koper']],
    ['a draw with a score', 'Rudar drew 0-0 with Primorje .', ['Rudar', 'Primorje']],
    ['the home side where a score was made', 'Olimpija won 3-1 at Celje .', ['Olimpija', 'Celje']],
    ['a home side named by its town and a club\'s word', 'Olimpija drew 1-1 at Celje Town .', ['Olimpija', 'Celje Town']],
    ['a home side named by its town and "City"', 'Rudar lost 2-0 at Maribor City on Sunday .', ['Rudar', 'Maribor City']],
  ])('%s', (_name, text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
    expect(texts('location', text)).toEqual([]);
  });
  it('keeps a ground named by a place head a place', () => {
    const text = 'Olimpija won 3-1 at Celje Stadium .';
    expect(texts('organization', text)).toEqual(['Olimpija']);
    expect(texts('location', text)).toEqual(['Celje Stadium']);
  });
  it.each([
    ['a meeting held at a place', 'The talks were held at Celje on Monday .', ['Celje']],
    ['prisoners held in a town', 'Hostages were held in Celje for a week .', ['Celje']],
    ['a vote with a score-like tally', 'The motion passed 52-48 in Ljubljana .', ['Ljubljana']],
  ])('no side: %s', (_name, text, places) => {
    expect(texts('organization', text)).toEqual([]);
    expect(texts('location', text)).toEqual(places);
  });
});

describe('a side named by an English word, in its match\'s own clause', () => {
  it.each([
    ['the subject of a match verb before a side and a score', 'Rovers beat Kestrel Town 3-1 on Saturday .', ['Rovers', 'Kestrel Town']],
    ['the object of a match verb before a score', 'Kestrel Town beat Rovers 2-0 .', ['Kestrel Town', 'Rovers']],
    ['after a score and a preposition', 'Feltham drew 1-1 with Wanderers .', ['Feltham', 'Wanderers']],
    ['held to a draw', 'Leeds United held Rovers to a goalless draw .', ['Leeds United', 'Rovers']],
  ])('%s', (_name, text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
  });
  it.each([
    ['no named side facing it', 'Police beat protesters 3-1 in a charity match .'],
    ['no score', 'Rebels beat the army back .'],
    ['a verb that is no match', 'Rangers held talks to end the strike .'],
  ])('no side: %s', (_name, text) => {
    expect(texts('organization', text)).toEqual([]);
  });
});

describe('a holder is no side', () => {
  it('"held by" takes a side only after a score', () => {
    expect(texts('organization', 'The world record is held by Kipketer .')).toEqual([]);
  });
});

describe('a country named for its club', () => {
  it('a side that faces a club in a score line is a club, in the table and the prose', () => {
    const text = 'Monaco extended their lead .\n\nResults :\nMonaco 2 Lens 0\n';
    expect(texts('organization', text)).toEqual(['Monaco', 'Monaco', 'Lens']);
    expect(texts('location', text)).toEqual([]);
  });
  it('two nations stay places, whoever scored for them', () => {
    expect(texts('location', 'Brazil 2 ( Ronaldo 14 ) Peru 0')).toEqual(['Brazil', 'Peru']);
  });
});

describe('the headings of a standings table', () => {
  it('a division named for a place names no place', () => {
    const text = 'EASTERN CONFERENCE\nPACIFIC DIVISION\nW L PCT GB\nSEATTLE 14 4 .778 -\n';
    expect(texts('location', text)).toEqual([]);
    expect(texts('organization', text)).toEqual(['SEATTLE']);
  });
});

describe('a player by his play', () => {
  it('a verb of play makes a person of a name that ends in a given name', () => {
    expect(texts('person', 'Jovan Thomas scored twice in the second half .')).toEqual(['Jovan Thomas']);
  });
  it('a firm named for its founders stays no person without one', () => {
    expect(texts('person', 'Lockheed Martin reported higher profits .')).toEqual([]);
  });
});

describe('a rider’s or driver’s team in a ranked list', () => {
  it('between the country and the time', () => {
    const text = 'Overall standings :\n1. Tomasz Wolski ( Poland ) Mapei 82:14:05\n2. Ivo Berg ( Netherlands ) Rabobank 1:12 behind\n';
    expect(texts('organization', text)).toEqual(['Mapei', 'Rabobank']);
    expect(texts('location', text)).toEqual(['Poland', 'Netherlands']);
  });
  it('before the same time or a gap behind the winner', () => {
    const text = 'Stage results :\n1. Tomasz Wolski ( Poland ) Mapei 4:12:33\n2. Ivo Berg ( Netherlands ) Rabobank same time\n3. Jan Mol ( Belgium ) Lotto s.t.\n4. Piet Hale ( Denmark ) Festina + 0:12\n';
    expect(texts('organization', text)).toEqual(['Mapei', 'Rabobank', 'Lotto', 'Festina']);
  });
  it('no team where a time follows the country', () => {
    expect(texts('organization', '1. Tomasz Wolski ( Poland ) 4:12:33')).toEqual([]);
    expect(texts('organization', '2. Ivo Berg ( Netherlands ) same time')).toEqual([]);
  });
});

describe('fixtures in running text', () => {
  it('a county on either side of "v" is its side; nations stay places', () => {
    expect(texts('organization', 'Fixtures : Essex v Yorkshire , Surrey vs Somerset .')).toEqual(['Essex', 'Yorkshire', 'Surrey', 'Somerset']);
    expect(texts('location', 'The first test , England v Pakistan , starts today .')).toEqual(['England', 'Pakistan']);
  });
});

describe('small words inside a side’s name', () => {
  it('keep the line a score line', () => {
    expect(texts('organization', 'Sporting de Gijon 0 Real Oviedo 0')).toEqual(['Sporting de Gijon', 'Real Oviedo']);
  });
});

describe('marks and headings of a table', () => {
  it('column heads name no place and a result’s marks no organization', () => {
    const text = 'W L T GF GA PTS\nHARTFORD 12 7 6 77 76 30\n\nHartford 3 Buffalo 3 ( OT )\n';
    expect(texts('location', text)).toEqual([]);
    expect(texts('organization', text)).toEqual(['HARTFORD', 'Hartford', 'Buffalo']);
  });
  it('a headline of short words is no heading', () => {
    expect(texts('location', 'UN TO SEND AID TO GA')).toEqual(['GA']);
  });
  it('a ground named as one stays a place after a score', () => {
    expect(texts('location', 'Penrith won 24-10 at Regal Stadium on Friday .')).toEqual(['Regal Stadium']);
  });
});

describe('sides before their country in a line of results or a draw', () => {
  it('a player whose names are English words, and a doubles pair', () => {
    const text = 'Guy Forget / Henri Sauvage ( France ) beat Ivo Berg / Jonas Kulti ( Sweden ) 6-3 6-4';
    expect(texts('person', text)).toEqual(['Guy Forget', 'Henri Sauvage', 'Ivo Berg', 'Jonas Kulti']);
    expect(texts('location', text)).toEqual(['France', 'Sweden']);
  });
  it('a club that holds its town', () => {
    const text = 'Sparta Prague ( Czech Republic ) v Lokomotiv Sofia ( Bulgaria )';
    expect(texts('organization', text)).toEqual(['Sparta Prague', 'Lokomotiv Sofia']);
    expect(texts('person', text)).toEqual([]);
  });
  it('no side outside a line of results', () => {
    expect(texts('person', 'Trade Minister Henri Sauvage ( France ) said so .')).toEqual(['Henri Sauvage']);
    expect(texts('person', 'The Grand Hotel ( France ) reopened .')).toEqual([]);
  });
});

describe('a town’s side under its club’s full name', () => {
  it('is the side of the table', () => {
    const text = 'Stockport County fans sang all night . The hospital in Stockport County is new .\n\nResults :\nStockport 2 Luton 2\n';
    expect(texts('organization', text)).toEqual(['Stockport County', 'Stockport', 'Luton']);
    expect(texts('location', text)).toEqual(['Stockport County']);
  });
});

describe('a town the lexicon gives a person', () => {
  it('is the side the document plays, where it plays', () => {
    expect(texts('organization', 'Essex beat Kent by five wickets . Kent resume on Monday .')).toEqual(['Essex', 'Kent', 'Kent']);
  });
  it('stays a person where no side plays', () => {
    expect(texts('person', 'Kent said he was tired .')).toEqual(['Kent']);
  });
});

describe('players and clubs a match sentence names', () => {
  it('a given name before an English word is a player beside a match verb', () => {
    expect(texts('person', 'Naoko Rice beat the fourth seed 6-2 6-3 on Tuesday.')).toEqual(['Naoko Rice']);
  });
  it('a match scored in sets is won by players, whatever their names end in', () => {
    expect(texts('person', 'Brodwick beat Tarnwicks 6-4 7-6 (7-3) on Monday.')).toEqual(['Brodwick', 'Tarnwicks']);
    expect(texts('organization', 'Brodwick beat Tarnwicks 6-4 7-6 (7-3) on Monday.')).toEqual([]);
  });
  it('a side of a scoreline stays a club where a verb of saying follows it later', () => {
    const text = 'Quorvex beat Tarnwick 3-0 on Sunday. Quorvex said the coach would stay.';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Tarnwick', 'Quorvex']);
    expect(texts('person', text)).toEqual([]);
    expect(texts('person', 'Tarnwick beat Quorvex 3-0 on Sunday. Tarnwick said the coach would stay.')).toEqual([]);
  });
  it('a given name and a king\'s number that plays or employs a coach is a club', () => {
    expect(texts('organization', 'Utrecht beat Willem II 2-0 on Saturday.')).toEqual(['Utrecht', 'Willem II']);
    expect(texts('organization', 'Willem II coach Jan Pronk resigned.')).toEqual(['Willem II']);
    expect(texts('person', 'King Willem II signed the decree.')).toEqual(['Willem II']);
  });
  it('a word before a city that takes a plural verb is a club, and so are its other mentions', () => {
    const text = 'Quorvex Amsterdam have signed a Danish defender. Quorvex Amsterdam said the fee was undisclosed.';
    expect(texts('organization', text)).toEqual(['Quorvex Amsterdam', 'Quorvex Amsterdam']);
    expect(texts('person', 'Jack London have always been rare.')).toEqual(['Jack London']);
  });
  it('a known ground after a score is where the match was played', () => {
    expect(texts('location', 'Anna Brodwick won 6-1 6-2 at Flushing Meadows.')).toEqual(['Flushing Meadows']);
  });
});

describe('a racing team before its driver or rider', () => {
  it('the name before "driver" or "rider" and a name is the team', () => {
    expect(texts('organization', 'Quorvex driver Tom Hale was second.')).toEqual(['Quorvex']);
    expect(texts('organization', 'Mapei rider Tom Hale won the stage.')).toEqual(['Mapei']);
  });
  it('a place before "driver" is where the driver comes from', () => {
    expect(texts('location', 'The Texas driver Tom Hale was second.')).toEqual(['Texas']);
  });
});

describe('clubs before their country in a draw or a results line', () => {
  it('a draw\'s line lists clubs with their countries', () => {
    const text = 'Group B : Quorvex Treviso ( Italy ) , Maccabi Tel Aviv ( Israel ) , Real Madrid ( Spain )';
    expect(texts('organization', text)).toEqual(['Quorvex Treviso', 'Maccabi Tel Aviv', 'Real Madrid']);
    expect(texts('location', text)).toEqual(['Italy', 'Israel', 'Spain']);
  });
  it('a city before its country and a score is its club', () => {
    expect(texts('organization', 'Barcelona ( Spain ) 3 Quorvex Larnaca ( Cyprus ) 1')).toEqual(['Barcelona', 'Quorvex Larnaca']);
  });
  it('a city with its country in prose stays a place', () => {
    expect(texts('location', 'Talks in Barcelona ( Spain ) and Milan ( Italy ) ended.')).toEqual(['Barcelona', 'Spain', 'Milan', 'Italy']);
  });
});

describe('a player\'s club', () => {
  it('in brackets after each player of a squad list', () => {
    const text = 'Defenders - Tom Hale ( Leeds ) , Anna Brodwick ( Quorvex ) , Ian Marsh ( Newcastle )';
    expect(texts('organization', text)).toEqual(['Leeds', 'Quorvex', 'Newcastle']);
  });
  it('in a ranked line of scorers, with one bracket or more', () => {
    const text = 'Top scorers :\n6 - Piet Hellinga ( Utrecht ) , Rolf Danneberg ( Quorvex )\n4 - Ian Marsh ( Newcastle )';
    expect(texts('organization', text)).toEqual(['Utrecht', 'Quorvex', 'Newcastle']);
    expect(texts('person', text)).toEqual(['Piet Hellinga', 'Rolf Danneberg', 'Ian Marsh']);
  });
  it('a ranked line with a country in the bracket keeps the place', () => {
    expect(texts('location', '2. Ian Marsh ( Kenya ) 27:31.20')).toEqual(['Kenya']);
  });
  it('a state in the bracket, or a list in prose, keeps the place', () => {
    expect(texts('location', 'Senators Tom Hale ( Kansas ) and Ian Marsh ( Ohio ) met.')).toEqual(['Kansas', 'Ohio']);
    expect(texts('location', 'In 2 cases Tom Hale ( Boston ) testified.')).toEqual(['Boston']);
    expect(texts('location', 'The study by Tom Hale ( Reuters ) and Anna Marsh ( Boston ) was cited.')).toEqual(['Boston']);
  });
  it('after a verb of play and "for", or a signing and "with"', () => {
    expect(texts('organization', 'He has signed a contract to play for Quorvex in South Africa.')).toEqual(['Quorvex']);
    expect(texts('organization', 'He scored 54 goals in 57 league games for Eindhoven.')).toEqual(['Eindhoven']);
    expect(texts('organization', 'He signed a five-year contract with Barcelona on Monday.')).toEqual(['Barcelona']);
    expect(texts('organization', 'Leeds player-manager Tom Hale named his side.')).toEqual(['Leeds']);
  });
  it('a place that qualifies a noun, or one after another signing\'s "for", stays a place', () => {
    expect(texts('location', 'The band played for Chicago fans.')).toEqual(['Chicago']);
    expect(texts('location', 'He signed the bill for Texas.')).toEqual(['Texas']);
  });
});

describe('a club named with its town, by its own word alone', () => {
  it('in the story and in its headline', () => {
    const text = 'QUORVEX SIGN DEFENDER.\nQuorvex Amsterdam have signed a Danish defender. Quorvex finished second last season.';
    expect(texts('organization', text)).toEqual(['QUORVEX', 'Quorvex Amsterdam', 'Quorvex']);
  });
  it('a region that names a club with its town', () => {
    const text = 'Bayern Munich were held to a 1-1 draw on Saturday. Bayern still lead the table.';
    expect(texts('organization', text)).toEqual(['Bayern Munich', 'Bayern']);
  });
});

describe('players with an initial in a cricket summary', () => {
  it('before their runs or bowling figures', () => {
    expect(texts('person', 'Somerset 83 and 185 ( P. Bowler 62 ; V. Wells 4-31 ).')).toEqual(['P. Bowler', 'V. Wells']);
  });
});

describe('a line of cup results that opens with its venue', () => {
  it('names the clubs after "In <town> :", scorers or none', () => {
    const text = 'Cup results :\nIn Glasgow : Quorvex 2 ( Brodwick 35 , Hale 80 ) Olvenna 1 ( Varga 60 ) . Halftime 1-0 .\nIn Lisbon : Dornholm 0 Aalborg 0 .';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Olvenna', 'Dornholm', 'Aalborg']);
    expect(texts('person', text)).toEqual(['Brodwick', 'Hale', 'Varga']);
    expect(texts('location', text)).toEqual(['Glasgow', 'Lisbon']);
  });
  it('keeps national sides as places after the venue', () => {
    const text = 'Asian qualifiers :\nIn Dubai : Japan 2 Syria 1';
    expect(texts('location', text)).toEqual(['Asian', 'Dubai', 'Japan', 'Syria']);
    expect(texts('organization', text)).toEqual([]);
  });
  it('a sentence that opens with "In" and a colon is no results line', () => {
    expect(texts('organization', 'In Lisbon : prices rose 2 percent in 3 months .')).toEqual([]);
  });
});

describe('a standings row of a side that has won every game', () => {
  it('reads "1.000" as its winning percentage', () => {
    const text = 'Standings :\nMIAMI 3 0 1.000 -\nDALLAS 1 1 .500 1 1/2';
    expect(texts('organization', text)).toEqual(['MIAMI', 'DALLAS']);
    expect(texts('location', text)).toEqual([]);
  });
});

describe('a note in brackets after both scores', () => {
  it('ends the line of results', () => {
    const text = 'Group A :\nIn Athens : Quorvex 71 Dornholm 65 ( halftime 35-30 )';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Dornholm']);
  });
});

describe('a labelled list of players with their clubs in brackets', () => {
  it('holds the clubs, the players named by any two words', () => {
    const text = 'Leading scorers : Dino Varga ( Quorvex ) 24 , Arvydas Tarnwick ( Dornholm ) 19';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Dornholm']);
    expect(texts('person', text)).toEqual(['Dino Varga', 'Arvydas Tarnwick']);
  });
  it('a sentence of prose after the label is no such list', () => {
    expect(texts('organization', 'Note : Dino Varga ( Quorvex ) said he and Arvydas Tarnwick ( Dornholm ) agreed .')).toEqual([]);
  });
});

describe('a squad list of players and their counties in brackets', () => {
  it('holds the counties as sides, a role after a comma included', () => {
    const text = 'The squad :\nTom Hale ( Lancashire , captain ) , Ken Varga ( Essex ) , Dino Brodwick ( Warwickshire ) .';
    expect(texts('organization', text)).toEqual(['Lancashire', 'Essex', 'Warwickshire']);
    expect(texts('person', text)).toEqual(['Tom Hale', 'Ken Varga', 'Dino Brodwick']);
  });
  it('a country in the bracket stays where the player comes from', () => {
    const text = 'Entries :\nTom Hale ( Germany , holder ) , Ken Varga ( Sweden ) .';
    expect(texts('location', text)).toEqual(['Germany', 'Sweden']);
  });
});

describe('a nickname a player piles up counts for', () => {
  it.each([
    ['Tom Hale threw three touchdown passes for the Quorvexes .', ['Quorvexes']],
    ['Ken Varga scored twice for the Tarnwicks on Friday .', ['Tarnwicks']],
    ['Dino Brodwick had 28 points and 14 rebounds for the Dornholms .', ['Dornholms']],
  ])('%s', (text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
  });
  it('"for the" with no play before it names no team', () => {
    expect(texts('organization', 'The gift was for the Tarnwicks , who live nearby .')).toEqual([]);
  });
});

describe("a rugby side's scorers by kind after its name", () => {
  it('names the players after "Tries :", "Conversions :" and "Penalties :"', () => {
    const text = 'Scorers :\nNew Zealand - Tries : Tom Varga , Christian Hale .\nConversions : Ken Brodwick ( 2 ) .\nPenalties : Joost van der Tarn ( 6 ) .';
    expect(texts('person', text)).toEqual(['Tom Varga', 'Christian Hale', 'Ken Brodwick', 'Joost van der Tarn']);
    expect(texts('location', text)).toEqual(['New Zealand']);
  });
  it('a label in capitals still heads a headline', () => {
    expect(texts('person', 'RUGBY - TRIES : HALE SCORES TWICE .')).toEqual([]);
  });
});

describe("a row of a scorers' table: a player, his club in brackets, his goals", () => {
  it('holds the club, a country staying a place', () => {
    const text = 'Leading scorers :\nPeter Varga Moen ( Quorvex ) 8\nSigurd Tarnwick ( Tromso ) 7\nTom Hale ( Norway ) 6';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Tromso']);
    expect(texts('location', text)).toEqual(['Norway']);
    expect(texts('person', text)).toEqual(['Peter Varga Moen', 'Sigurd Tarnwick', 'Tom Hale']);
  });
  it('a bracket in prose before a number is no such row', () => {
    expect(texts('organization', 'The mayor , Tom Hale ( Tromso ) , won 7 of 9 seats .')).toEqual([]);
  });
});

describeCorpus('organization', 'a county or state side before its innings total', [
  {
    expect: { rule: 'organization/innings-side' },
    phrases: [
      'At Worcester : [[Derbyshire]] 318 ( K. Barnett 110 ) v Hampshire 72-2 .',
      'At Worcester : Derbyshire 318 ( K. Barnett 110 ) v [[Hampshire]] 72-2 .',
      'Durham 150 all out , [[Surrey]] 244 and 201 ( T. Ward 66 ; P. Lind 5-40 ) .',
      'At Adelaide : [[Tasmania]] 402 for 8 declared v Victoria 35-1 .',
    ],
  },
]);

describeNegatives('organization', 'a place before a figure outside a cricket summary, or a national side', [
  'Voters in [[Kent]] 210 miles away chose him ( J. Smith 12 votes ) .',
  'Sales in [[Surrey]] 40 stores fell , with 5 wickets sold .',
  "At Lord's : [[England]] 326 ( A. Stewart 89 ) v Pakistan 120-3 .",
]);

describeCorpus('organization', 'the side after "v" in a cricket summary that has not batted yet', [
  {
    expect: { rule: 'organization/innings-side' },
    phrases: [
      'At Bristol : Essex 288 ( P. Grayson 91 ) v [[Gloucestershire]]',
      'At Perth : Queensland 199-6 declared v [[Tasmania]] ; rain ended play .',
      'At Leeds : Kent 301 and 120-4 drew with Durham\nAt Derby : Sussex 240-7 v [[Derbyshire]]',
    ],
  },
]);

describeNegatives('organization', 'after "v" outside cricket, or a national side', [
  'The case of Roe v [[Wade]]',
  'At Headingley : Australia 330-6 v [[England]]',
]);

describeCorpus('location', 'the venue that labels a line of a summary', [
  {
    expect: { rule: 'location/venue-label' },
    phrases: [
      'At [[Hove]] : Sussex 302-7 ( M. Tarn 102 ) v Kent',
      'At [[The Oval]] : Surrey 350-9 declared v Durham',
      'At [[Chester-le-Street]] : Durham 241 ( J. Orwin 83 ) v Essex',
    ],
  },
]);

describe('a ranked line that ends with the team', () => {
  it('names the team after the country where the time is left out', () => {
    const text = 'Results :\n1. Tom Hale ( Spain ) Honda 42:13.520\n2. Dario Brodwick ( Italy ) Suzuki\nStandings :';
    expect(texts('organization', text)).toEqual(['Honda', 'Suzuki']);
    expect(texts('person', text)).toEqual(['Tom Hale', 'Dario Brodwick']);
  });
  it('a line with no rank keeps a surname a surname', () => {
    expect(texts('organization', 'Winners :\nTom Hale ( Spain ) and Dario Brodwick ( Italy ) Tanaka')).toEqual([]);
  });
});

describe("the subject that owns a match's score later in its clause", () => {
  it('is a side, a town or a plural', () => {
    const text = 'SOCCER - ROUNDUP\nLONDON 1996-08-31\nLeeds went top of the table after a 3-0 win over Quorvane .\nRangers stayed top with a 2-0 win .';
    expect(texts('organization', text)).toEqual(['Leeds', 'Quorvane', 'Rangers']);
  });
  it('a clause after "while" owns it, not the subject', () => {
    expect(texts('organization', 'Paris was calm , while Quorvane won 2-0 .\n')).not.toContain('Paris');
  });
});

describe('a rival in the standings, and the side a pitcher works for', () => {
  it.each([
    ['Quorvane moved within two games of Denver in the West .', ['Denver']],
    ['Quorvane are three games behind Denver .', ['Denver']],
    ['Tom Hale allowed two runs over six innings for Denver .', ['Denver']],
  ])('%s', (text, sides) => {
    expect(texts('organization', text)).toEqual(expect.arrayContaining(sides));
  });
  it.each([
    ['points behind a side', 'Quorvane remain sixth , three points behind Denver .', ['Denver']],
    ['points off a side', 'Quorvane are two points off Denver .', ['Quorvane', 'Denver']],
    ['points adrift of a side', 'Quorvane are eight points adrift of Denver .', ['Quorvane', 'Denver']],
    ['level on points with a side', 'Quorvane moved level on points with Denver .', ['Quorvane', 'Denver']],
    ['the subject sits behind', 'Chelsea sit two points behind Denver .', ['Chelsea', 'Denver']],
    ['the subject of a word of English stands clear', 'Arsenal are now five points clear of Denver .', ['Arsenal', 'Denver']],
    ['the subject after an aside', 'Boston , who lost on Sunday , are three games behind Denver .', ['Boston', 'Denver']],
  ])('a standings gap: %s', (_name, text, sides) => {
    expect(texts('organization', text)).toEqual(sides);
    expect(texts('location', text)).toEqual([]);
    expect(texts('person', text)).toEqual([]);
  });
  it.each([
    ['a figure', 'Denver sit 16th in the table .', ['Denver']],
    ['a word, after "to"', 'Boulder climbed to second in the Championship .', ['Boulder']],
    ['a league the lexicon knows', 'Denver moved up to third in Serie A .', ['Denver', 'Serie A']],
  ])('a place in a table: %s', (_name, text, sides) => {
    expect(texts('organization', text)).toEqual(sides);
    expect(texts('location', text)).toEqual([]);
  });
  it.each([
    ['moving up', 'Denver move up to fifth after the win .', ['Denver']],
    ['climbing', 'Boulder climb to third .', ['Boulder']],
  ])('a place a town reaches with a plural verb, no table named: %s', (_name, text, sides) => {
    expect(texts('organization', text)).toEqual(sides);
    expect(texts('location', text)).toEqual([]);
  });
  it.each([
    ['a singular verb', 'Denver moved up to fifth in the rankings .'],
    ['no way up or down', 'Denver remain first in the rankings of safe cities .'],
  ])('a town keeps its place without a plural verb of moving: %s', (_name, text) => {
    expect(texts('location', text)).toEqual(['Denver']);
  });
  it('a place in the polls keeps a place a place', () => {
    expect(texts('location', 'Denver ranked second in the polls on crime .')).toEqual(['Denver']);
  });
  it('a town only the lexicon knows takes a plural verb as its club', () => {
    expect(texts('organization', 'Everton have appointed a new manager .')).toEqual(['Everton']);
  });
  it('an election poll keeps a place a place', () => {
    expect(texts('location', 'He trails by 5 points in Denver .')).toEqual(['Denver']);
    expect(texts('organization', 'The city of Denver is within two miles of Boulder .')).toEqual([]);
  });
  it.each([
    ['places in a list', 'Paris and London are two points ahead .', ['Paris', 'London']],
    ['a place after a preposition', 'Turnout in Denver was two points below Boulder .', ['Denver', 'Boulder']],
  ])('no side in a gap of points: %s', (_name, text, places) => {
    expect(texts('organization', text)).toEqual([]);
    expect(texts('location', text)).toEqual(places);
  });
  it('a candidate in a poll takes "is", not a side\'s plural', () => {
    expect(texts('organization', 'Harris is two points behind Tom Hale in the latest poll .')).toEqual([]);
  });
});

describe('sides a match clause names beyond its verb', () => {
  it.each([
    ['lost at home', 'Gorica lost at home to Koper on Sunday .', ['Gorica', 'Koper']],
    ['held at home by a side after a score', 'Olimpija were held 1-1 at home by Celje .', ['Olimpija', 'Celje']],
    ['won against a side after a score', 'Maribor won 3-0 against Koper .', ['Maribor', 'Koper']],
    ['went down to a side', 'Celje went down 24-18 to Koper .', ['Celje', 'Koper']],
    ['held to a draw', 'Maribor held Celje to a 2-2 draw .', ['Maribor', 'Celje']],
    ['a relative clause between the side and its match verb', 'Celje , who sold their captain to a Dutch club in June , lost 2-1 to Koper .', ['Celje', 'Koper']],
    ['a relative clause that reports the match', 'Celje , who beat Koper in the final , need one more point .', ['Celje', 'Koper']],
    ['a standings gap', 'Maribor beat Celje 2-0 to stay four points ahead of Koper .', ['Maribor', 'Celje', 'Koper']],
  ])('%s', (_name, text, expected) => {
    expect(texts('organization', text)).toEqual(expected);
    expect(texts('person', text)).toEqual([]);
  });
  it.each([
    ['a case won against a city', 'The firm won a lawsuit against Celje .', ['Celje']],
    ['a relative clause about a place', 'Celje , who many visit in summer , lies on a river .', ['Celje']],
  ])('no side: %s', (_name, text, places) => {
    expect(texts('organization', text)).toEqual([]);
    expect(texts('location', text)).toEqual(places);
  });
});

describe('fixtures in a story that reports matches', () => {
  const slug = 'SOCCER - ROUND-UP\n';
  it.each([
    ['a town hosts another', 'Celje host Koper on Monday .', ['Celje', 'Koper']],
    ['a town travels to another', 'Maribor travel to Koper next week .', ['Maribor', 'Koper']],
    ['a plural verb before its object', 'Koper lead Maribor by one point .', ['Koper', 'Maribor']],
    ['passed by a winner', 'Celje swept past Koper .', ['Celje', 'Koper']],
    ['a club noun before the town', 'He joined his old club Koper .', ['Koper']],
    ['the club a player is signed from', 'Olimpija signed Marko Novak from Koper .', ['Olimpija', 'Koper']],
    ['a relative clause in the plural is no person', 'Saracens , who have signed a fly-half , face Gloucester on Sunday .', ['Saracens', 'Gloucester']],
  ])('%s', (_name, text, expected) => {
    expect(texts('organization', slug + text)).toEqual(expected);
  });
  it.each([
    ['a state visit', 'The president will visit Koper on Monday .', ['Koper']],
    ['a summit host', 'Leaders will meet in Koper .', ['Koper']],
  ])('no fixture outside a sports story: %s', (_name, text, places) => {
    expect(texts('organization', text)).toEqual([]);
    expect(texts('location', text)).toEqual(places);
  });
  it('a qualified noun after the town is no side', () => {
    expect(texts('location', `${slug}Fans will visit Koper museums .`)).toEqual(['Koper']);
  });
});

describe('more of a match clause', () => {
  it.each([
    ['a win at the home side', 'Maribor ended the run with a 3-0 win at Koper .', 'Koper'],
    ['beaten in a gerund', 'Maribor went top after beating Koper by two goals .', 'Koper'],
    ['the loser of a rout', 'Maribor completed a 27-0 rout of Koper .', 'Koper'],
  ])('%s', (_name, text, side) => {
    expect(texts('organization', text)).toContain(side);
    expect(texts('location', text)).not.toContain(side);
  });
  it('a town of a state after a dateline comma stays a place beside a team', () => {
    const text = 'GREEN BAY , Wisconsin 1996-09-16\nThe Green Bay Packers beat Detroit 20-3 on Sunday .';
    expect(texts('location', text)).toEqual(['GREEN BAY', 'Wisconsin']);
  });
});

describe('a side in a sports story by its coach or its plural', () => {
  const slug = 'NFL AMERICAN FOOTBALL - ROUND-UP\n';
  it.each([
    ['coached by', 'Koper , coached by Ivan Horvat , improved to 3-0 .', 'Koper'],
    ['their', 'Koper rebounded from their opening loss .', 'Koper'],
  ])('%s', (_name, text, side) => {
    expect(texts('organization', slug + text)).toContain(side);
    expect(texts('location', slug + text)).toEqual([]);
  });
  it('a town that takes "their" outside a sports story stays a place', () => {
    expect(texts('location', 'Koper rebounded from their opening loss .')).toEqual(['Koper']);
  });
});

describe('motor racing teams', () => {
  it('a team named by one word in a motor racing report', () => {
    const text = 'MOTOR RACING - TEAMS NAME DRIVERS\nWilliams have signed a German driver . Jordan and Arrows have yet to decide .';
    expect(texts('organization', text)).toEqual(['Williams', 'Jordan', 'Arrows']);
    expect(texts('location', text)).toEqual(['German']);
  });
  it('the founder named in full stays a person, and the words mean nothing else elsewhere', () => {
    expect(texts('person', 'MOTOR RACING - NEWS\nFrank Williams said the car was fast .')).toEqual(['Frank Williams']);
    expect(texts('location', 'Jordan and Syria signed a pact .')).toEqual(['Jordan', 'Syria']);
  });
  it.each([
    ['a series', 'Hanna Berglund won her first Formula One race . Ferrari took both podium places behind her .', 'Ferrari'],
    ['a grand prix', 'Rain fell before the Hungarian Grand Prix . Benetton changed both engines overnight .', 'Benetton'],
    ['a team principal', 'Team principal Ola Rask said the car was quick . Williams will test in Spain next week .', 'Williams'],
  ])('a team named by one word in a report whose body names %s', (_cue, text, team) => {
    expect(texts('organization', text)).toContain(team);
    expect(texts('person', text)).not.toContain(team);
  });
  it('a driver named in full keeps his surname in a report without a slug', () => {
    const text = 'Timo Stewart won the Belgian Grand Prix on Sunday . Stewart said the tyres held up .';
    expect(texts('person', text)).toEqual(['Timo Stewart', 'Stewart']);
    expect(texts('organization', text)).toEqual([]);
  });
  it('the words stay people where nothing tells of motor racing', () => {
    expect(texts('organization', 'Williams said the deal was done . He thanked the fans .')).toEqual([]);
    expect(texts('organization', 'Coach Ray Jordan said the sprint was hard . Jordan won the 200 metres Grand Prix final .')).toEqual([]);
  });
});

describe('the club a player served', () => {
  it('a time after the club', () => {
    expect(texts('organization', 'Novak , who played for Koper last season , signed on Friday .')).toEqual(['Koper']);
  });
});

describeCorpus('organization', 'a home side in capitals after a score of three figures', [
  { expect: { rule: 'organization/results-team' }, phrases: ['Results on Friday (home team in CAPS):\nSeattle 102 [[PORTLAND]] 99\nCHICAGO 107 Boston 98', 'Results on Sunday (home team in CAPS):\nOrlando 111 [[DETROIT]] 104'] },
]);

describeNegatives('organization', "capitals after a model's number in running text", ['Regulators grounded the Boeing 737 [[MAX]] 8 after the crash.']);

describe('several results on one line, after a label', () => {
  it('reads each result between commas as two sides', () => {
    const text = 'Results on Sunday:\nSpain: Quorvex 2 Olvenna 0, Dornholm 3 Tarvik 2\nItaly: Varvella 1 Brisso 1, Castelmar 0 Luneo 4';
    expect(texts('organization', text)).toEqual(['Quorvex', 'Olvenna', 'Dornholm', 'Tarvik', 'Varvella', 'Brisso', 'Castelmar', 'Luneo']);
    expect(texts('location', text)).toEqual(['Spain', 'Italy']);
  });
  it('takes towns on such a line for clubs', () => {
    expect(texts('organization', 'Germany: Leipzig 4 Mainz 1, Augsburg 0 Freiburg 1')).toEqual(['Leipzig', 'Mainz', 'Augsburg', 'Freiburg']);
  });
  it('leaves a sentence with scores and a comma as it was', () => {
    expect(texts('organization', 'Mainz 1, the town said, and Freiburg 2 were the counts.')).toEqual([]);
    expect(texts('location', 'Note: Leipzig 4 Mainz 1, said the paper')).toEqual(['Leipzig', 'Mainz']);
  });
});
