import { extract } from '../../../src';
import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describe('all-caps headlines and datelines', () => {
  it('finds places in a capitals headline', () => {
    expect(factsOf('location', 'SOCCER - BRAZIL HOLD PERU TO DRAW').map((f) => f.text)).toEqual(['BRAZIL', 'PERU']);
  });
  it.each([
    ['TANKER RUNS AGROUND IN GULF OF ADEN', ['GULF OF ADEN']],
    ['NAVIES DRILL IN STRAIT OF MALACCA .', ['STRAIT OF MALACCA']],
    ['FERRY SINKS IN BAY OF BISCAY STORM', ['BAY OF BISCAY']],
  ])('takes a place word, "of" and a place as one name in capitals: %s', (text, places) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
  });
  it.each([
    ['PIRATES SEIZE SHIP OFF COAST OF KENYA', ['KENYA']],
    ['STATE OF EMERGENCY DECLARED IN CHAD', ['CHAD']],
    ['SEA OF TROUBLES FOR BANKS', []],
  ])('not a word that only locates a place, nor an English word after "of": %s', (text, places) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
  });
  it.each([
    ['BANK OF CANADA HOLDS RATES STEADY', ['BANK OF CANADA'], []],
    ['CHURCH OF SCOTLAND ELECTS NEW MODERATOR', ['CHURCH OF SCOTLAND'], []],
    ['UNIVERSITY OF THE PHILIPPINES STUDENTS MARCH', ['UNIVERSITY OF THE PHILIPPINES'], []],
    ['BANK OF KOREA CUTS RATES', ['BANK OF KOREA'], []],
    ['BATTLE OF BRITAIN MEMORIAL REOPENS', [], []],
    ['FLOODS HIT BANKS OF DANUBE', [], ['DANUBE']],
  ])('takes a body\'s head, "of" and a place as one body in capitals: %s', (text, bodies, places) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(bodies);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
  });
  it('finds the dateline city and the agency', () => {
    const text = 'NAIROBI, March 3 (Reuters) - Kenya raised rates on Tuesday.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['NAIROBI', 'Kenya']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Reuters']);
  });
  it('finds a person the article names in a capitals headline', () => {
    const text = 'TENNIS - OKONKWO WINS IN THREE SETS\nNigeria\'s Adaeze Okonkwo won the final on Sunday.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['OKONKWO', 'Adaeze Okonkwo']);
  });
  it('finds a public figure in a capitals headline that the story does not name', () => {
    const text = 'RUSSIA - YELTSIN VOWS TO STAY ON\nThe president said on Thursday he would not resign.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['YELTSIN']);
  });
  it('finds a given name and surname in capitals with nothing else to go on', () => {
    const text = 'CHANCELLOR GRETA VALLANDER MET MINERS IN KIRUNA';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['GRETA VALLANDER']);
  });
  it('keeps a company suffix after a known company in capitals', () => {
    expect(factsOf('organization', 'MICROSOFT CORP SHARES ROSE ON THE NASDAQ').map((f) => f.text)).toEqual(['MICROSOFT CORP', 'NASDAQ']);
  });
  it.each(['WILL VOTERS TURN OUT IN MAY?', 'MARK THIS DAY: RATES RISE AGAIN', 'GRACE UNDER FIRE AT THE FINAL'])('finds no person in a headline of ordinary words: %s', (text) => {
    expect(factsOf('person', text)).toEqual([]);
  });
});

describe('a dateline names a place even when the story has a club of that name', () => {
  it('keeps the dateline city a place', () => {
    const text = 'BASEBALL - STANDINGS.\n\nSAN DIEGO 1996-08-23\n\nStandings after Thursday:\n\nSAN DIEGO 70 55 .560 4\nATLANTA 66 60 .524 8\n';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['SAN DIEGO']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['SAN DIEGO', 'ATLANTA']);
  });
  it('with a comma and a month', () => {
    const text = 'NEW YORK, Aug 23\n\nStandings after Thursday:\n\nNEW YORK 70 55 .560 4\nBOSTON 66 60 .524 8\n';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['NEW YORK']);
  });
});

describe('a leader called by the first word of his name in a headline', () => {
  const texts = (kind: 'person', text: string) => factsOf(kind, text).map((f) => f.text);
  it('matches the name the story gives', () => {
    expect(texts('person', "LIBYA 'S MUAMMAR MEETS ENVOY .\nTRIPOLI 1996-08-22\nLeader Muammar Gaddafi met the envoy on Thursday .")).toEqual(['MUAMMAR', 'Muammar Gaddafi']);
  });
  it('not a common given name', () => {
    expect(texts('person', 'BILL PASSES SENATE .\nWASHINGTON 1996-08-22\nSenator Bill Bradley voted for it .')).toEqual(['Bill Bradley']);
  });
});

describe('bodies in a capitals headline', () => {
  it.each([
    ['PENTAGON SAYS TROOPS TO STAY', ['PENTAGON']],
    ['BUNDESBANK LEAVES RATES UNCHANGED', ['BUNDESBANK']],
    ['SOCCER - LEEDS UNITED SIGN NORWEGIAN DEFENDER', ['LEEDS UNITED']],
    ['SOCCER - NORWICH CITY SACK COACH', ['NORWICH CITY']],
  ])('an institution\'s one word, and a town with a club\'s closing word: %s', (text, orgs) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(orgs);
  });
  it.each([
    ['FLOODS HIT MEXICO CITY', ['MEXICO CITY']],
    ['ORANGE COUNTY FILES FOR BANKRUPTCY', ['ORANGE COUNTY']],
    ['FRANCE UNITED IN GRIEF', ['FRANCE']],
  ])('a place the gazetteer knows whole, a county, or a country stays a place: %s', (text, places) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([]);
  });
  it.each([
    ['GOLF - LEHTO LEADS AT THE U.S. OPEN .\nShe shot 66 .', []],
    ['TENNIS - KARLSSON TAKES U.S. OPEN TITLE .\nHe won .', []],
    ['MOTOR RACING - POLE FOR MONACO GRAND PRIX .\nQualifying ended late .', []],
    ['GOLF - LEHTO LEADS BY TWO AT GREATER MILWAUKEE OPEN .\nShe shot 66 .', []],
    ['TENNIS - KARLSSON WINS JAPAN OPEN\nHe won in straight sets .', []],
    ['SOCCER - JAPAN OPEN WITH WIN OVER SYRIA .\nThe match ended late .', ['JAPAN', 'SYRIA']],
    ['MARKETS - TOKYO STOCKS OPEN LOWER .\nShares fell .', ['TOKYO']],
    ['MONACO GRANTS LICENCE .\nThe casino reopened .', ['MONACO']],
  ])('a place that opens an event in capitals names no place, but a verb "OPEN" keeps it: %s', (text, places) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
  });
});

describe('an acronym in a capitals headline of a body the story names in full', () => {
  it.each([
    ['TRADERS DESERT VBOT PIT .\nVolumes at the Varvak Board of Trade fell on Monday .', ['VBOT', 'Varvak Board of Trade']],
    ['QPF SAYS IT WILL NOT SPLIT .\nThe Quorvane People \'s Front denied it on Monday .', ['QPF', "Quorvane People 's Front"]],
  ])('takes the initials of all its words or of its capitalized ones: %s', (text, orgs) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(orgs);
  });
  it('initials that spell an English word name nothing', () => {
    expect(factsOf('organization', 'SEA TALKS RESUME .\nThe Southern Energy Agency met on Monday .').map((f) => f.text)).toEqual(['Southern Energy Agency']);
  });
});

describe('a person the story names, called in a capitals headline by part of the name', () => {
  it.each([
    ['a surname of two words', 'TENNIS - HALE BEATS VARGA BRODWICK .\nTop seed Tom Hale beat Lucia Varga Brodwick on Sunday .', ['HALE', 'VARGA BRODWICK']],
    ['a surname before a generational suffix', 'BASEBALL - TARNWICK HOMERS TWICE .\nKen Tarnwick Jr. homered twice on Monday .', ['TARNWICK']],
    ['a surname before a hyphenated given name', "SEOUL 'S PAK URGES TALKS .\nPresident Pak Young-dal urged talks on Thursday .", ['PAK']],
    ['a surname before a hyphen set apart', "SEOUL 'S KIM URGES TALKS .\nPresident Kim Young - sam urged talks on Thursday .", ['KIM']],
  ])('%s', (_name, text, headline) => {
    const people = factsOf('person', text).map((f) => f.text);
    expect(people.slice(0, headline.length)).toEqual(headline);
  });
  it('a given name of a Western name stays no surname in a headline', () => {
    const text = 'MARK TO SELL UNIT .\nChairman Mark Tarnwick said the unit would be sold .';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Mark Tarnwick']);
  });
});

describe('a nation\'s service in a capitals headline', () => {
  it('is the common noun where the story writes it in lower case', () => {
    const text = 'VALDORIA ARMY SEIZES RADIO STATION\nKAVRAN 1996-07-26\nThe army took over the state radio on Thursday .';
    expect(factsOf('organization', text)).toEqual([]);
  });
  it('is the service where the story capitalizes it', () => {
    const text = 'NAVY ORDERS FRIGATES\nWASHINGTON 1996-07-26\nThe Navy ordered three frigates on Thursday .';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['NAVY', 'Navy']);
  });
});

describe('a schedule heading in capitals', () => {
  it('names no place with its weekday', () => {
    const text = 'TUESDAY , AUGUST 27TH SCHEDULE\nMINNESOTA AT TEXAS';
    expect(factsOf('location', text)).toEqual([]);
  });
});

describe('the first word of a firm or a club the story settled, alone', () => {
  it.each([
    ['a share in a market report', 'LONDON SHARES - VELMARK FIRM\nLONDON 1996-10-08\nVelmark Orsini rose 12 pence . Dealers said Velmark was supported .', ['VELMARK', 'Velmark Orsini', 'Velmark']],
    ['a club of a results table', 'SOCCER - DRAVIC HELD\nZAGREB 1996-10-08\nDravic Osijek 1 Hajduk Split 1\nDravic are now fifth .', ['DRAVIC', 'Dravic Osijek', 'Hajduk Split', 'Dravic']],
  ])('%s', (_name, text, orgs) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(orgs);
  });
});

describe('dotted capitals in a capitals headline', () => {
  it.each([
    ['U.N. WARNS OF FAMINE\nGENEVA 1996-11-05\nThe United Nations said food would run out.', ['U.N.', 'United Nations']],
    ['J.R. EWING RETURNS\nDALLAS 1996-11-05\nThe show comes back.', []],
    ['BLAST AT 10 P.M. KILLS TWO\nLIMA 1996-11-05\nTwo people died.', []],
  ])('%s', (text, orgs) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(orgs);
  });
});

describe("a firm's closing word in a capitals headline", () => {
  it.each([
    ['NORVEX AIRWAYS , TARLO AIRLINES IN TALKS .', ['NORVEX AIRWAYS', 'TARLO AIRLINES']],
    ['US AIRLINES CUT FARES', []],
  ])('%s', (text, bodies) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(bodies);
  });
});

describe('a dateline in capitals before a dash', () => {
  it.each([
    ['SEOUL — Samsung Electronics Co. said profit rose.', 'Samsung Electronics Co.', 'SEOUL'],
    ['LONDON - Barclays Plc said profit rose.', 'Barclays Plc', 'LONDON'],
  ])('%s', (text, firm, place) => {
    const facts = extract(text, { referenceDate: '2024-02-16' }).facts;
    expect(facts.filter((f) => f.kind === 'organization').map((f) => f.text)).toEqual([firm]);
    expect(facts.filter((f) => f.kind === 'location').map((f) => f.text)).toEqual([place]);
  });
  it.each([
    ['DENVER, Colo. — Quorvex Inc. said profit rose.', 'Quorvex Inc.', ['DENVER', 'Colo.']],
    ['Markets slid\nLYON, France - Valmont SA said sales fell.', 'Valmont SA', ['LYON', 'France']],
  ])('the city and its state or country before the dash: %s', (text, firm, places) => {
    const facts = extract(text, { referenceDate: '2024-02-16' }).facts;
    expect(facts.filter((f) => f.kind === 'organization').map((f) => f.text)).toEqual([firm]);
    expect(facts.filter((f) => f.kind === 'location').map((f) => f.text)).toEqual(places);
  });
  it('keeps the news agency in brackets after it an agency', () => {
    const facts = extract('SEOUL (Reuters) - Samsung said profit rose.', { referenceDate: '2024-02-16' }).facts;
    expect(facts.find((f) => f.text === 'Reuters')).toMatchObject({ kind: 'organization', rule: 'organization/news-agency' });
  });
});

describe('a wire file id and its date head no dateline', () => {
  it.each([
    ['The vote was close.\nXYZ20010314.1200.0042 NEWS STORY 2001-03-14 12:00:00\nThe council met.', []],
    ['The vote was close.\nKANDAHAR 2001-03-14 Fighting resumed.', ['KANDAHAR']],
  ])('%s', (text, places) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
  });
});

describe("a shouted person's name", () => {
  it.each([
    ['ARAFAT MEETS AIDES IN GAZA', 'ARAFAT', 'Arafat'],
    ['KOHL WINS VOTE IN BUNDESTAG', 'KOHL', 'Kohl'],
    ['YELTSIN SACKS LEBED', 'YELTSIN', 'Yeltsin'],
  ])('goes by its running-text spelling, though as short as an acronym: %s', (text, mention, name) => {
    expect(factsOf('person', text)).toContainEqual(expect.objectContaining({ text: mention, value: name }));
  });
});

describeCorpus('person', "a transcript's speaker label in capitals", [
  { expect: { rule: 'person/speaker-label' }, phrases: [
    '[[NORA KELLING]], CNN ANCHOR: Good evening from Atlanta.',
    'The vote is close. [[MARK DELLAVALE]], ABC NEWS CORRESPONDENT: Nora, the count goes on.',
    '[[RUTH OKAFOR]], MSNBC SENIOR WHITE HOUSE CORRESPONDENT: Thank you.',
  ] },
]);
describeCorpus('organization', "the network in a speaker label's role", [
  { expect: { rule: 'organization/speaker-label' }, phrases: [
    'NORA KELLING, [[CNN]] ANCHOR: Good evening from Atlanta.',
    'MARK DELLAVALE, [[ABC NEWS]] CORRESPONDENT: Nora, the count goes on.',
    'GREG VOSS, [[CNNfn]] CORRESPONDENT: Stocks rose.',
  ] },
]);
describeNegatives('organization', 'a speaker label names no body in the name or a rank in the role', [
  '[[NORA KELLING]], CNN ANCHOR: Good evening.',
  'CARL DUNN, [[SENIOR]] CORRESPONDENT: Yes.',
]);
describeNegatives('person', 'a capitals headline before a colon is no speaker', ['[[KENYA]]: MOI NAMES NEW CABINET', 'USA: [[CBOT WHEAT]] FALLS, TRADER SAYS']);
