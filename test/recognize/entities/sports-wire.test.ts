import { extract } from '../../../src';
import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

const texts = (kind: Parameters<typeof factsOf>[0], text: string) => factsOf(kind, text).map((f) => f.text);

describe('clubs, players and regions of the 1990s sports wire', () => {
  it.each([
    ['Sheffield Wednesday drew 2-2 with Everton in midweek .', 'Sheffield Wednesday'],
    ['SOCCER - WEST HAM SIGN ROMANIAN DEFENDER', 'WEST HAM'],
    ['Fans of Nottingham Forest protested outside the ground .', 'Nottingham Forest'],
    ['Crystal Palace have appointed a new manager .', 'Crystal Palace'],
    ['Queens Park Rangers sold their striker to a rival .', 'Queens Park Rangers'],
  ])('a club whose name reads as a town and a word is an organization: %s', (text, club) => {
    expect(texts('organization', text)).toContain(club);
    expect(texts('person', text)).toEqual([]);
    expect(texts('location', text)).toEqual([]);
  });
  it('keeps the weekday of a club named with one a part of its name, not a date', () => {
    const facts = extract('Sheffield Wednesday travel north next month .', { referenceDate: '1996-12-14' }).facts;
    expect(facts.map((f) => [f.kind, f.text])).toEqual([['organization', 'Sheffield Wednesday'], ['date', 'next month']]);
  });
  it('keeps a town named alone a place', () => {
    expect(texts('location', 'Floods closed roads around Sheffield on Wednesday .')).toEqual(['Sheffield']);
  });
  it('reads the Caribbean cricket side as a region, in capitals too', () => {
    expect(texts('location', 'CRICKET - WEST INDIES SQUAD NAMED')).toEqual(['WEST INDIES']);
    expect(texts('person', 'CRICKET - WEST INDIES SQUAD NAMED')).toEqual([]);
    expect(texts('location', 'Rain delayed the start as West Indies batted .')).toEqual(['West Indies']);
  });
  it.each([
    ['They rested paceman Waqar Tamboli for the final .', 'Waqar Tamboli'],
    ['The club signed left-hander Okoro on a two-year deal .', 'Okoro'],
    ['Veteran goaltender Brandauer stopped 40 shots .', 'Brandauer'],
    ['It was a good day for sprinter Ndlovu .', 'Ndlovu'],
    ['Dutch international Rembert Vaals scored after 12 minutes .', 'Rembert Vaals'],
    ['Former Wales international Okonkwo was sent off .', 'Okonkwo'],
  ])('a player after the noun of his place or event is a person: %s', (text, name) => {
    expect(texts('person', text)).toEqual([name]);
  });
  it('takes no place after a position noun for a person', () => {
    expect(texts('person', 'The forward line of Brazil looked sharp .')).toEqual([]);
    expect(texts('person', 'Aid came from the international Red Cross .')).toEqual([]);
  });
  it('takes a county whose innings opens a sentence of a close-of-play summary as its side', () => {
    const text = 'CRICKET - COUNTY SCORES\nAt Chelmsford : Essex 288 ( A. Khanna 77 ) . Lancashire 51-2 .\nAt Leeds : Yorkshire 190 and 66-1 . Somerset 240 .';
    expect(texts('organization', text)).toEqual(['Essex', 'Lancashire', 'Yorkshire', 'Somerset']);
    expect(texts('location', text)).toEqual(['Chelmsford', 'Leeds']);
  });
  it('keeps a place that opens a sentence with a figure a place outside a sports story', () => {
    expect(texts('location', 'Floods hit the north . Lancashire 51 , Cumbria 12 homes were flooded .')).toContain('Lancashire');
  });
  it.each([
    ['SOCCER - BRISTOL SACK MANAGER', ['BRISTOL']],
    ['RUGBY LEAGUE - HALIFAX SIGN NEW ZEALAND FORWARD', ['HALIFAX']],
    ['SOCCER - PORTSMOUTH AND SOUTHAMPTON DRAW', ['PORTSMOUTH', 'SOUTHAMPTON']],
  ])('a town a sports headline gives a club\'s plural verb is its side: %s', (text, clubs) => {
    expect(texts('organization', text)).toEqual(clubs);
  });
  it.each([
    ['SOCCER - BRAZIL KEEP FAITH WITH COACH', 'BRAZIL'],
    ['BRISTOL SIGNS DEAL WITH LOCAL FIRM', 'BRISTOL'],
    ['MOSCOW AND KIEV SIGN GAS DEAL', 'MOSCOW'],
  ])('keeps a country, a town in the singular and towns outside a sports headline places: %s', (text, place) => {
    expect(texts('location', text)).toContain(place);
    expect(texts('organization', text)).toEqual([]);
  });
  it('reads a ground named in the possessive as a place, as written or tokenized', () => {
    expect(texts('location', 'Rain stopped play at Lord\'s on Monday .')).toEqual(['Lord']);
    expect(texts('location', 'CRICKET - GLOOM AT LORD \'S')).toEqual(['LORD']);
  });
  it('keeps the Lord of a prayer no place', () => {
    expect(texts('location', 'The congregation said the Lord \'s Prayer .')).toEqual([]);
  });
  it('takes a town whose post is qualified ("head coach", "general manager") as its club', () => {
    const text = 'ICE HOCKEY - NHL ROUND-UP\nPhoenix general manager Dale Ortiz said the deal was close .';
    expect(texts('organization', text)).toEqual(['NHL', 'Phoenix']);
    expect(texts('person', text)).toEqual(['Dale Ortiz']);
  });
  it('reads past an aside between a side and its result', () => {
    const text = 'SOCCER - ROUND-UP\nSunderland , without their captain , lost 2-0 at Everton .';
    expect(texts('organization', text)).toEqual(['Sunderland', 'Everton']);
  });
  it('takes a town a sports story refers to by "who" as its side', () => {
    const text = 'BASKETBALL - ROUND-UP\nShaw scored 30 points for Denver , who won for the fourth time .';
    expect(texts('organization', text)).toEqual(['Denver']);
  });
  it('keeps a town with "who" a place outside a sports story', () => {
    expect(texts('location', 'Voters in Denver , who went to the polls on Tuesday , backed the plan .')).toEqual(['Denver']);
  });
  it('reads the batsmen in brackets of a one-day scorecard as people, not sides', () => {
    const text = 'CRICKET - ONE-DAY SERIES\nScores : Kenya 231-6 in 50 overs ( Steve Tikolo 88 , Maurice Odumbe 40 ) ; Bangladesh 190 in 47 overs .';
    expect(texts('person', text)).toEqual(['Steve Tikolo', 'Maurice Odumbe']);
    expect(texts('organization', text)).toEqual([]);
  });
  it('takes a player whose name holds a particle, and his bracketed club, in a line of scorers', () => {
    const text = '8 - Pieter van Dalen ( Vitesse ) , Kees de Wolf ( Groningen )';
    expect(texts('person', text)).toEqual(['Pieter van Dalen', 'Kees de Wolf']);
    expect(texts('organization', text)).toEqual(['Vitesse', 'Groningen']);
  });
  it('takes a town in a sports headline\'s passive result as its side', () => {
    expect(texts('organization', 'SOCCER - HAMBURG HELD AT HOME')).toEqual(['HAMBURG']);
  });
  it.each([
    ['Reading have signed a Danish striker .', 'Reading'],
    ['Trainers said Bradford were favourites for the cup .', 'Bradford'],
  ])('a town named by a word or a given name takes a plural verb only as its club: %s', (text, club) => {
    expect(texts('organization', text)).toEqual([club]);
    expect(texts('person', text)).toEqual([]);
  });
  it.each([
    'Reading and writing are skills .',
    'Bradford was a quiet town then .',
  ])('keeps such a word no club with no plural verb of its own: %s', (text) => {
    expect(texts('organization', text)).toEqual([]);
  });
  it('takes the club a player leaves as a side, with his position before his name', () => {
    const text = 'RUGBY LEAGUE - ROUND-UP\nHalifax have signed Fijian winger Joe Vakalalo from Perth .';
    expect(texts('organization', text)).toEqual(['Halifax', 'Perth']);
  });
  it.each([
    ['SOCCER - BAN LIFTED\nThe striker will make his comeback against Leeds on Saturday .', ['Leeds']],
    ['SOCCER - PREVIEW\nThe visitors will play against Coventry at home .', ['Coventry']],
  ])('takes a town a match is played against as a side: %s', (text, teams) => {
    expect(texts('organization', text)).toEqual(expect.arrayContaining(teams));
    expect(texts('location', text)).toEqual([]);
  });
  it.each(['Fans of Paris St-Germain cheered .', 'Fans of Paris St Germain cheered .'])('reads a listed club however its hyphen is spaced: %s', (text) => {
    expect(texts('organization', text)).toEqual([text.slice(8, text.indexOf(' cheered'))]);
    expect(texts('location', text)).toEqual([]);
  });
  it('keeps a town a match is played against a place outside a sports story', () => {
    expect(texts('location', 'Voters in Leeds turned against Coventry plans .')).toEqual(['Leeds', 'Coventry']);
  });
});

describe('a known team called by its nickname alone', () => {
  it.each([
    ['The Mets lost 4-2 to the Orioles on Friday .', ['Mets', 'Orioles']],
    ['Rain delayed the game between the Blue Jays and the Mariners .', ['Blue Jays', 'Mariners']],
    ['Indians 7 Twins 3', ['Indians', 'Twins']],
  ])('is an organization: %s', (text, teams) => {
    expect(texts('organization', text)).toEqual(teams);
    expect(texts('person', text)).toEqual([]);
  });
  it.each([
    ['The Gunners fell behind before the break, and the Hammers held on.', ['Gunners', 'Hammers']],
    ['Two goals put the Nerazzurri clear of the Rossoneri.', ['Nerazzurri', 'Rossoneri']],
    ["The coach praised the Three Lions' pressing.", ['Three Lions']],
    ['Kolbe led the Springboks to a win over the Wallabies.', ['Springboks', 'Wallabies']],
    ['The Buckeyes rallied to beat the Wolverines.', ['Buckeyes', 'Wolverines']],
  ])('is an organization for a club, a national side or a college team: %s', (text, teams) => {
    expect(texts('organization', text)).toEqual(teams);
  });
  it('keeps a nickname without its article or in lower case as it was', () => {
    expect(texts('organization', 'The band played the blues until the gunners arrived.')).toEqual([]);
  });
  it('keeps a people a nationality and a range a place', () => {
    expect(texts('organization', 'Indians voted in large numbers on Sunday .')).toEqual([]);
    expect(texts('location', 'Snow closed the passes in the Rockies .')).toEqual(['Rockies']);
  });
  it.each([
    'The Indians and the Pakistanis resumed talks on the border dispute .',
    'The Royals attended a service at the cathedral .',
    'The Cardinals gathered in the chapel to elect a pope .',
    'The Pirates seized a tanker in the gulf .',
  ])('is no team in a story that reports no match and names no other team: %s', (text) => {
    expect(texts('organization', text)).toEqual([]);
  });
});

describe('a player named after his position at the start of a sentence', () => {
  it.each([
    ['Fly-half Diego Marchetti kicked four penalties .', 'Diego Marchetti'],
    ['Scrum-half Rob Tallis was sent off .', 'Rob Tallis'],
  ])('is the name without the position: %s', (text, name) => {
    expect(texts('person', text)).toEqual([name]);
  });
  it('leaves a firm that opens with a role word whole', () => {
    expect(texts('organization', 'Premier Oil rose 2 pence .')).toEqual(['Premier Oil']);
  });
});

describe('the side a player served by one game or goal', () => {
  it.each([
    ['Pettino won his 17th game for New York .', 'New York'],
    ['It was his first goal for Manchester City .', 'Manchester City'],
  ])('is an organization: %s', (text, club) => {
    expect(texts('organization', text)).toEqual([club]);
    expect(texts('location', text)).toEqual([]);
  });
  it('keeps a town a place where the game is for its fans', () => {
    expect(texts('location', 'It was a big game for Chicago fans .')).toEqual(['Chicago']);
  });
});

describeCorpus('organization', 'a town after a verb of a result, before the score', [
  { expect: { kind: 'organization' }, phrases: ['Harrogate held [[Liverpool]] 1-1 at home on Saturday .', 'Rovers led [[Bristol]] 2-0 at half-time .'] },
]);

describeNegatives('organization', 'a town after such a verb with no score', ['Fog held [[Bristol]] in its grip for three days .']);

describeCorpus('organization', 'a word of English that opens a sentence, where another sentence scores it as a side', [
  { expect: { kind: 'organization' }, phrases: [
    '[[Arsenal]] will travel to Lisbon on Sunday. Arsenal won 2-0 in the first leg.',
    '[[Wolves]] are bottom of the table. Wolves lost 3-1 at home on Saturday.',
  ] },
]);

describeNegatives('organization', 'a word of English that opens a sentence, where no sentence scores it', [
  '[[Arsenal]] stocks were seized at the border. Rangers won 3-0 on Saturday.',
]);

describeCorpus('organization', 'a town whose verb reaches the infinitive of a result, with its opponent or score', [
  { expect: { kind: 'organization' }, phrases: [
    '[[Bristol]] came from behind to beat Exeter on Saturday .',
    '[[Boston]] rallied to beat Toronto in overtime .',
    '[[Leeds]] fought back to draw 2-2 at home .',
  ] },
]);

describeNegatives('organization', 'a town whose infinitive beats no side and gives no score', [
  'Commuters in [[Brighton]] left early to beat the traffic .',
  '[[Brighton]] hopes to beat the record for sunshine .',
  '[[Leeds]] voted to draw up new plans for the station .',
]);

describe('a club named by a plain word in a match report', () => {
  it.each([
    ['Wolves were held 0-0 by Brentford on Saturday .', 'Wolves'],
    ['Hearts were beaten 2-1 at home .', 'Hearts'],
  ])('the passive of a result and its score make the subject a side: %s', (text, club) => {
    expect(texts('organization', text)).toContain(club);
  });
  it('a passive with no score leaves the word a word', () => {
    expect(texts('organization', 'Wolves were seen near the village on Saturday .')).toEqual([]);
  });
  it.each([
    ['Aston Villa sacked their manager . Villa face Leeds on Sunday .', 'Villa'],
    ['Nottingham Forest lost at home . Forest were poor .', 'Forest'],
  ])('a listed club named for its town goes by its other word later: %s', (text, club) => {
    expect(texts('organization', text)).toContain(club);
  });
  it('the word stays a word, or a place, in a story that names no such club', () => {
    expect(texts('organization', 'The Villa was sold . Forest fires burned .')).toEqual([]);
    expect(texts('organization', 'Real Madrid won . Madrid is hot .')).not.toContain('Madrid');
  });
});

describe("a listed club's short name, once the story names the club in full", () => {
  it.each([
    ['Aston Villa were held 1-1 at home. Villa remain fifth.', 'Villa', 'Aston Villa'],
    ['Crystal Palace beat Everton 2-0. Mateta put Palace ahead early.', 'Palace', 'Crystal Palace'],
    ['Manchester City drew with Brentford. City host Fulham on Saturday.', 'City', 'Manchester City'],
    ['Atletico Madrid beat Celta Vigo 2-0. Atletico went top.', 'Atletico', 'Atletico Madrid'],
    ['Legia Warsaw lost at home. Legia have now lost three in a row.', 'Legia', 'Legia Warsaw'],
    ["Inter Milan have signed a striker. He will join Inter's camp on Wednesday.", 'Inter', 'Inter Milan'],
    ['The Oklahoma City Thunder beat Denver 120-101. Fans cheered as Thunder won again.', 'Thunder', 'Oklahoma City Thunder'],
    ['The Orlando Magic lost 99-90 to Boston. It was a bad night for Magic.', 'Magic', 'Orlando Magic'],
  ])('%s', (text, short, club) => {
    const doc = extract(text, { referenceDate: '2024-02-16' });
    const fact = doc.facts.find((f) => f.text === short);
    expect(fact).toMatchObject({ kind: 'organization', rule: 'organization/club-short-name', canonical: club });
  });
  it('names neither club by a word two of them end with, nor a city by its own "of"', () => {
    const shared = texts('organization', 'Manchester City beat Leicester City 3-1. City were better.');
    expect(shared).not.toContain('City');
    expect(texts('organization', 'Manchester City won 2-0. Bankers in the City of London cheered.')).not.toContain('City');
  });
  it('names no professional team by its nickname in lower case', () => {
    expect(texts('organization', 'The Miami Heat lost at home. The heat in the arena was stifling.')).toEqual(['Miami Heat']);
  });
  it("names no club by its own word where that word is English, nor by its town's", () => {
    expect(texts('organization', 'Real Madrid won 2-0. Real progress was made on the stadium.')).toEqual(['Real Madrid']);
    expect(texts('location', 'Sporting Lisbon drew 1-1. Rain fell in Lisbon.')).toContain('Lisbon');
  });
  it('makes a town a listed club plays beside the other side it is: "leaders Liverpool"', () => {
    expect(texts('organization', 'Aston Villa were held 1-1, nine points behind leaders Liverpool.')).toContain('Liverpool');
  });
});

describe('a side named by an English word whose verb reaches a result', () => {
  it.each([
    ['Arsenal came from behind to beat Chelsea.', 'Arsenal'],
    ['Arsenal fought back to draw 2-2 at Leeds.', 'Arsenal'],
  ])('%s', (text, side) => {
    expect(texts('organization', text)).toContain(side);
  });
  it.each(['Workers rallied to beat Acme in court.', 'Officials fought back to draw up plans.'])('no side in: %s', (text) => {
    expect(texts('organization', text)).toEqual([]);
  });
});

describe('a side that only a weak cue elsewhere calls a person', () => {
  it.each([
    ['Leeds snatched a 1-1 draw with Chelsea on Saturday . Chelsea , who had led at half-time , were denied a second win .', 'Chelsea'],
    ['Hull City lost 2-1 to Everton on Saturday . Everton , who trailed at the break , move up to fifth .', 'Everton'],
  ])('is the side in every mention: %s', (text, side) => {
    expect(texts('organization', text).filter((t) => t === side)).toHaveLength(2);
    expect(texts('person', text)).toEqual([]);
  });
  it('keeps a player a person where a full name or a strong cue names him', () => {
    expect(texts('person', 'Steffi Graf beat Hingis 6-2 6-3 on Saturday . Graf , who had lost in Berlin , said she was pleased .')).toEqual(['Steffi Graf', 'Hingis', 'Graf']);
    expect(texts('person', 'Weaver , who had led the talks , resigned on Monday .')).toEqual(['Weaver']);
  });
});

describeCorpus('location', 'the ground after a score, where the result named the other side first', [
  { expect: { value: 'Coventry' }, phrases: ['Leeds beat Derby 2-1 at [[Coventry]] in the replay.', 'Leicester defeated Bath 30-12 at [[Coventry]] in the final.'] },
]);

describeNegatives('organization', 'a ground no list knows after a score that followed the other side', ['Cornwall beat Yorkshire 24-13 at [[Redruth]] on Saturday.']);

describeCorpus('organization', 'the home side after a score, where no other side was named', [
  { expect: { rule: 'organization/team' }, phrases: ['Barcelona won 3-1 at [[Valencia]] on Sunday.'] },
]);

describeCorpus('organization', 'a town or a state with its record of wins and losses in brackets', [
  { expect: { rule: 'organization/team' }, phrases: ['[[Milwaukee]] (50-38) has won seven straight.', 'Late on, [[Oregon]] (9-2-1) scored twice.'] },
]);
describeNegatives('organization', "a pitcher's record after his name", ['[[Corbin Hale]] (8-4) pitched seven innings.']);
describeCorpus('organization', 'a town or a state on a run of wins or losses', [
  { expect: { rule: 'organization/team' }, phrases: ['[[Milwaukee]] has won 15 straight at home.', '[[Oregon]] had lost four in a row.'] },
]);
describeNegatives('organization', 'a town that wins no run of games', ['[[Paris]] won the bid in 2017.', '[[London]] won two awards in a row.']);

describeCorpus('organization', 'a side after a noun of sides, before a verb in the plural', [
  { expect: { rule: 'organization/team' }, phrases: ['BASKETBALL - NEW SIGNING\nGreek champions [[Olympiakos]] have signed a former NBA centre.', 'SOCCER - TRANSFERS\nLeague leaders [[Lokeren]] are close to a deal for the striker.'] },
]);

describeNegatives('organization', 'a name after a noun of sides that qualifies a noun after it', ['SOCCER - TRANSFERS\nThe champions [[Olympiakos]] fans sang all night.']);

describe('clubs of Africa, Latin America and Asia that read as people or words', () => {
  it.each([
    ['Zamora scored twice as Al Ahly won 3-0 on Friday.', 'Al Ahly'],
    ['Boca Juniors sacked their coach after the derby.', 'Boca Juniors'],
    ['The striker joined Kaizer Chiefs from Orlando Pirates.', 'Kaizer Chiefs'],
    ['Al Hilal signed a striker on Monday.', 'Al Hilal'],
  ])('a listed club is an organization: %s', (text, club) => {
    expect(texts('organization', text)).toContain(club);
    expect(texts('person', text)).not.toContain(club);
  });
  it('a listed club goes by its last word later in the story', () => {
    expect(texts('organization', 'Al Ahly lost 2-1 on Friday. Ahly fans were angry.')).toEqual(['Al Ahly', 'Ahly']);
  });
});

describeCorpus('organization', 'the winner after "to" that only a defeat names', [
  { expect: { rule: 'organization/team' }, phrases: ['The visitors lost to [[Detroit]] on Sunday.', 'They lost 2-1 to [[Bristol]] in the cup.'] },
]);
describeNegatives('organization', 'a town after "tied to" or "held to", which name no match', [
  "The carmaker's fortunes remain tied to [[Detroit]].",
  'Its bonds were held to [[Chicago]] rules.',
]);

describeCorpus('organization', 'a known team nickname that is no English word, with no match in the story', [
  { expect: { kind: 'organization' }, phrases: ['The [[Lakers]] have won five of their last six games.', 'Tickets for the [[Knicks]] sold out in an hour.'] },
]);
describeNegatives('organization', 'a known nickname that is also a word, with no match in the story', ['The [[Cardinals]] met in Rome to elect a pope.', 'The [[Royals]] arrived at Ascot.']);

describeCorpus('organization', 'a given name alone before a verb in the plural, as a club named so', [
  { expect: { rule: 'organization/team' }, phrases: [
    '[[Chelsea]] have signed a teenage forward from Santos.',
    'The league said [[Chelsea]] were fined for a late kick-off.',
  ] },
]);
describeNegatives('organization', 'a given name before a verb in the singular, or in a list', [
  '[[Chelsea]] has signed a new recording contract.',
  'Sarah and [[Chelsea]] have left the band.',
]);

describe('the short forms of the Manchester clubs', () => {
  it.each([
    ['Brighton hold Man City as the rain falls', 'Man City'],
    ['Man Utd have held talks over the defender.', 'Man Utd'],
  ])('are the club, not a place or a person: %s', (text, club) => {
    expect(texts('organization', text)).toContain(club);
    expect(texts('location', text)).not.toContain(club);
    expect(texts('person', text)).not.toContain(club);
  });
  it('leave a man of a city as it was', () => {
    expect(texts('organization', 'A man from the city was held overnight.')).toEqual([]);
  });
});

describeCorpus('organization', 'the side after the participle of a draw or a defeat and its preposition', [
  { expect: { rule: 'organization/team' }, phrases: [
    'Quorvex dropped points again, drawing 1-1 with [[Torino]] at home.',
    'The coach left after losing 3-0 to [[Bristol]] in the cup.',
  ] },
]);
describeNegatives('organization', 'the same participles with no match', [
  'The firm is drawing on talent from [[Boston]].',
  'She is losing patience with [[Boston]] officials.',
]);

describe('a side whose relative clause reports its scored match', () => {
  it.each([
    ['Sporting, who won 3-0 at Braga, lead the table.', 'Sporting'],
    ['Quorvex, who lost 2-1 against Tarvik, sacked their coach.', 'Quorvex'],
  ])('is an organization: %s', (text, side) => {
    expect(texts('organization', text)).toContain(side);
    expect(texts('person', text)).not.toContain(side);
  });
  it('leaves one whose score names no ground or opponent a person', () => {
    expect(texts('person', 'Harris, who won 52-48 in the poll, thanked voters.')).toEqual(['Harris']);
  });
});

describeCorpus('organization', "a town opening a sentence or a headline before a club's verb in the bare plural", [
  { expect: { rule: 'organization/team' }, phrases: [
    '[[Leverkusen]] stay unbeaten at home',
    '[[Leipzig]] sign a Danish striker.',
    '[[Augsburg]] seal promotion with a game to spare.',
  ] },
]);
describeNegatives('organization', 'the same words as a noun after the town, or the town later in the sentence', [
  '[[Paris]] stay is cheaper than you think.',
  'Hotels in [[Leipzig]] sign guests in at noon.',
]);

describeNegatives('organization', 'a name before a verb of a result in its other sense, with no side or score after it', [
  'The [[Taj Mahal]] drew 7 million visitors last year.',
  '[[Brighton]] crushed protests, the report said.',
  '[[Harlow]] stunned the world with its plan.',
]);
describeCorpus('organization', 'a side before such a verb with its opponent, its score or "with"', [
  { expect: { rule: 'organization/team' }, phrases: ['[[Leeds]] stunned Arsenal on Sunday.', '[[Leeds]] drew with Everton.', '[[Wigan]] drew level late on.'] },
]);

describeNegatives('organization', 'a palace, a castle or a house of worship a story of results travels to is no side', [
  "Reform UK's Nigel Farage won. Starmer travelled to [[Buckingham Palace]].",
  'Leeds won 2-0 on Saturday. The squad then travelled to [[Windsor Castle]] for a reception.',
]);

describeCorpus('organization', 'a one-word club that nothing else is called, named without a table or a score', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['The striker joined [[Juventus]] in 2019.', 'Porto signed him from [[Benfica]] on loan.', '[[Galatasaray]] fans lit flares.'] },
]);

describeNegatives('organization', 'a one-word club named by its town, outside play', ['He flew to [[Porto]] on Monday.']);

describeCorpus('organization', 'a name that a transfer or a match joins to a listed club', [
  { expect: { rule: 'organization/club-pair' }, phrases: ['He left [[Chelsea]] for Juventus in May.', 'The winger moved from Benfica to [[Chelsea]].'] },
]);

describeNegatives('organization', 'a given name joined to a club by no transfer or match', ['On Monday [[Chelsea]] Vance met the Juventus coach.']);

describeCorpus('organization', "a known team's nickname of two words needs no article", [
  { expect: { rule: 'organization/known-nickname' }, phrases: ['South Africa edge [[All Blacks]] to retain the trophy', 'Rain delayed the game as [[Blue Jays]] fans waited.'] },
]);
describeNegatives('organization', 'the words of a nickname in lower case', ['Three lions escaped from the zoo on Monday.']);

describe('the state of a team named with its nickname', () => {
  const text = 'The Vermont Lynxes beat the Ohio Owls 3-2 on Friday . Coach Tom Hale said Vermont "found a way" . He grew up in Burlington, Vermont .';
  it('names the team alone', () => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Vermont Lynxes', 'Ohio Owls', 'Vermont']);
  });
  it('stays a place after a preposition of place or a city and its comma', () => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Burlington', 'Vermont']);
  });
});
