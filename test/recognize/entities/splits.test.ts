import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describe('splits', () => {
  it('"City, Country" is two places', () => {
    const facts = factsOf('location', 'The summit was held in Lisbon, Portugal, last week.');
    expect(facts.map((f) => f.text)).toEqual(['Lisbon', 'Portugal']);
  });
  it('a hyphenated pair of countries is two places', () => {
    const facts = factsOf('location', 'The India-Pakistan border stayed closed.');
    expect(facts.map((f) => f.text)).toEqual(['India', 'Pakistan']);
  });
  it.each([
    ['The Boeing-Lockheed team lost the contract.', ['Boeing', 'Lockheed']],
    ['Regulators blocked the QXT-BRVA merger.', ['QXT', 'BRVA']],
    ['Rolls-Royce and Hewlett-Packard signed a deal.', ['Rolls-Royce', 'Hewlett-Packard']],
  ] as const)('a hyphenated pair of firms known on their own is two firms: %s', (text, names) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(names);
  });
  it.each([
    ["The Justice Department's Office of Legal Counsel wrote the memo.", ['Justice Department', 'Office of Legal Counsel']],
    ["The Treasury Department's Committee on Foreign Investment cleared the deal.", ['Treasury Department', 'Committee on Foreign Investment']],
    ["The Labor Department's Bureau of Labor Statistics said prices rose.", ['Labor Department', 'Bureau of Labor Statistics']],
  ] as const)("an institution's possessive before another body's name is two bodies: %s", (text, names) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(names);
  });
  it.each([
    ["The People's Liberation Army moved troops.", "People's Liberation Army"],
    ["Children's Hospital said he was stable.", "Children's Hospital"],
    ["The Korean People's Army said.", "Korean People's Army"],
  ] as const)("a possessive that no institution holds stays inside the name: %s", (text, name) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([name]);
  });
  it('a photo credit splits agency and photographer', () => {
    const text = 'Crowds gather in the square. (Xinhua/Wang Jianmin)';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Xinhua']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Wang Jianmin']);
  });
  it.each([
    ['On Monday Brantel Corp. said it would cut jobs.', 'organization', 'Brantel Corp.'],
    ['On Tuesday KESTREL Health Care announced cuts.', 'organization', 'KESTREL Health Care'],
    ['Since Friday Maria Kowalski has been missing.', 'person', 'Maria Kowalski'],
  ] as const)('a weekday after a preposition is the day, not part of the name: %s', (text, kind, name) => {
    expect(factsOf(kind, text).map((f) => f.text)).toEqual([name]);
    expect(factsOf('date', text)).toHaveLength(1);
  });
  it.each([
    ['In January Brantel Corp. unveiled a phone.', 'organization', 'Brantel Corp.', 'January'],
    ['Analysts said in October Kestrel Motors would cut jobs.', 'organization', 'Kestrel Motors', 'October'],
    ['In March Brantel Corp. unveiled a phone.', 'organization', 'Brantel Corp.', 'March'],
    ['By June Parliament had passed the bill.', 'organization', 'Parliament', 'June'],
    ['In May Theresa May resigned.', 'person', 'Theresa May', 'May'],
  ] as const)('a month after a temporal word is the month, not part of the name: %s', (text, kind, name, month) => {
    expect(factsOf(kind, text).map((f) => f.text)).toEqual([name]);
    expect(factsOf('date', text).map((f) => f.text)).toEqual([month]);
  });
  it.each([
    ['A song by June Carter played.', 'June Carter'],
    ['He interviewed April Ryan in May.', 'April Ryan'],
    ['Prime Minister Theresa May spoke.', 'Theresa May'],
  ])('a month that is a given name after a word that does not open the sentence stays in the name: %s', (text, name) => {
    expect(factsOf('person', text).map((f) => f.text)).toEqual([name]);
  });
  it('a place before a title and name is a place, the name a person', () => {
    const text = 'Canadian officials met U.S. Trade Representative Lena Park on Monday.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Canadian', 'U.S.']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Lena Park']);
  });

  it.each([
    ['a city', 'Shares of Chicago-based Norvell Corp. fell.', ['Chicago'], ['Norvell Corp.']],
    ['a two-word city', 'The San Francisco-based Kestrel Inc. hired staff.', ['San Francisco'], ['Kestrel Inc.']],
    ['a place with a place head', 'The Silicon Valley-based Orbin Holdings grew.', ['Silicon Valley'], ['Orbin Holdings']],
  ])('a place made into a modifier is split from what it modifies: %s', (_name, text, places, orgs) => {
    expect(factsOf('location', text).map((f) => f.text)).toEqual(places);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(orgs);
  });
  it.each([
    ['two institutions', 'Researchers from Harvard University and Boston University took part.', ['Harvard University', 'Boston University']],
    ['two companies', 'Kestrel Motor Corp. and Orbin Motors Co. recalled cars.', ['Kestrel Motor Corp.', 'Orbin Motors Co.']],
    ['a head-of name and one with the same head', 'She taught at the University of Leeds and Kestrel University.', ['University of Leeds', 'Kestrel University']],
    ['two ministries', 'The Ministry of Defence and the Ministry of Finance disagreed.', ['Ministry of Defence', 'Ministry of Finance']],
    ['a firm named by a plural and a group', 'Harlan Investments and Corvey Group cut their fees.', ['Harlan Investments', 'Corvey Group']],
    ['two partnerships', 'Lindell Partners and Oster Capital Group bid for it.', ['Lindell Partners', 'Oster Capital Group']],
    ['a head-of name and one a place opens', 'Teams from the Institute of Optics and Oregon State University met.', ['Institute of Optics', 'Oregon State University']],
    ['a firm "of" its country and another firm', 'Kestrel Motor Co. of South Korea and Orbin Motors Corp. of Japan will build it.', ['Kestrel Motor Co.', 'Orbin Motors Corp.']],
    ['two agencies whose names hold "and" and share a head', 'The Fish and Game Administration and the Mine Safety and Health Administration agreed.', ['Fish and Game Administration', 'Mine Safety and Health Administration']],
    ['a full name and a firm its acronym names', 'Dealers bought Western Kestrel Mining and KRL Ltd shares.', ['Western Kestrel Mining', 'KRL Ltd']],
    ['a coined one-word name and a bank', 'Zentiqo and Harbour Bank shares rose in Nairobi.', ['Zentiqo', 'Harbour Bank']],
    ['a coined one-word name and a group after a verb', 'Funds sold Brontexa and Meadow Capital Group stock.', ['Brontexa', 'Meadow Capital Group']],
  ])('two names joined by "and" stay two: %s', (_name, text, expected) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(expected);
  });
  it.each([
    ['an agency named by a plural', 'The Securities and Exchange Commission sued.', ['Securities and Exchange Commission']],
    ['two ordinary words before a commission', 'The Fisheries and Oceans Commission met.', ['Fisheries and Oceans Commission']],
    ['an appeals court and its circuit', 'The ruling was upheld by the U.S. Court of Appeals for the Eleventh Circuit in Atlanta.', ['U.S. Court of Appeals for the Eleventh Circuit']],
    ['a trial court and its district', 'She sued in the U.S. District Court for the Western District of Kentucky.', ['U.S. District Court for the Western District of Kentucky']],
    ["a prosecutor's office and its district", "The U.S. Attorney's Office for the Eastern District of Texas declined to comment.", ["U.S. Attorney's Office for the Eastern District of Texas"]],
  ])('a plural that opens an agency\'s name stays in it: %s', (_name, text, expected) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(expected);
  });
  it('a division "of" its city stays two places where no body heads it', () => {
    expect(factsOf('location', 'Factories in the Minhang New Area of Shanghai reopened.').map((f) => f.text)).toEqual(['Minhang New Area', 'Shanghai']);
  });
  it('two small towns that one trust serves keep their "and" (no word list knows them, the town list does)', () => {
    expect(factsOf('organization', 'Ledbury and Tewkesbury Hospital Trust was fined.').map((f) => f.text)).toEqual(['Ledbury and Tewkesbury Hospital Trust']);
  });
  it('"and" before a portfolio inside a firm\'s name keeps it whole', () => {
    expect(factsOf('organization', 'Shares of Kestrel Trust and Banking Corp rose.').map((f) => f.text)).toEqual(['Kestrel Trust and Banking Corp']);
  });
  it('"and" inside one institution\'s name keeps it whole', () => {
    expect(factsOf('organization', 'The Department of Health and Human Services agreed.').map((f) => f.text)).toEqual(['Department of Health and Human Services']);
    expect(factsOf('organization', 'He briefed the Securities and Exchange Commission.').map((f) => f.text)).toEqual(['Securities and Exchange Commission']);
    expect(factsOf('organization', 'The Ministry of Inland Trade and Regional Cooperation agreed.').map((f) => f.text)).toEqual(['Ministry of Inland Trade and Regional Cooperation']);
    expect(factsOf('organization', 'The Council for Rural Enterprise and Development agreed.').map((f) => f.text)).toEqual(['Council for Rural Enterprise and Development']);
    expect(factsOf('organization', 'The Council for Trade and Reuters agreed.').map((f) => f.text)).toEqual(['Council for Trade', 'Reuters']);
    // a field of study that the word list lacks is part of the portfolio
    expect(factsOf('organization', 'The Institute of Geophysics and Volcanology said lava flowed.').map((f) => f.text)).toEqual(['Institute of Geophysics and Volcanology']);
    expect(factsOf('person', 'The Institute of Geophysics and Volcanology said lava flowed.')).toEqual([]);
  });
  it('a second "of" after a head and a place gives where the body is', () => {
    const text = 'A study by the University of Leeds of the UK was cited.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['University of Leeds']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['UK']);
    expect(factsOf('organization', 'He sued in the Supreme Court of the State of New York.').map((f) => f.text)).toEqual(['Supreme Court of the State of New York']);
  });
  it('a place that opens a cued name is a place of its own', () => {
    const text = 'In a statement, Governor of Vermont Ellen Marsh said the road would reopen.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Vermont']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Ellen Marsh']);
  });
});

describe('a known organization opening a longer run', () => {
  it('is split from an event it names', () => {
    expect(factsOf('organization', 'Pupils entered the Google Robotics Fair this year.').map((f) => f.text)).toEqual(['Google']);
  });
  it('is split from a person after it in a photo credit', () => {
    const text = 'Image: NASA Maria Kowalczyk.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['NASA']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Maria Kowalczyk']);
  });
  it('leaves common words after it unnamed', () => {
    expect(factsOf('person', 'Gifts went to the UNHCR Art Collections.')).toEqual([]);
  });
  it('dotted initials are no acronym', () => {
    expect(factsOf('organization', 'Then K.C. Maurer spoke.')).toEqual([]);
  });
});

describe('a known place after "in" says where a body sits', () => {
  it('splits the court from its city', () => {
    const text = 'The 9th Circuit Court of Appeals in San Francisco will hear the case.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Circuit Court of Appeals']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['San Francisco']);
  });
  it('keeps a name that goes on with "in" and no place', () => {
    expect(factsOf('organization', 'The Society for Women in Engineering met.').map((f) => f.text)).toEqual(['Society for Women in Engineering']);
  });
  it.each([
    ['The National Weather Service in Marbleton said it expected more snow.', 'National Weather Service', 'Marbleton'],
    ['The Tax Office in Quellbrook reopened on Monday.', 'Tax Office', 'Quellbrook'],
  ])('splits a head from the town after "in", though no list knows it: %s', (text, organization, location) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([organization]);
    expect(factsOf('location', text).map((f) => f.text)).toEqual([location]);
  });
});

describe('a person named right after the institution they work at', () => {
  it.each([
    ['University of Vermont Burlington Tahmineh Rostami led the study.', 'University of Vermont Burlington', 'Tahmineh Rostami'],
    ['A statement from the Ministry of Defence Graham Jones said so.', 'Ministry of Defence', 'Graham Jones'],
  ])('%s', (text, organization, person) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([organization]);
    expect(factsOf('person', text).map((f) => f.text)).toEqual([person]);
  });
});

describeNegatives('person', 'firms named for partners after a bank, and institutions named for a person', [
  'Analysts at Bank of America [[Merrill Lynch]] raised the target.',
  'She studied at the University of [[Mary Washington]].',
]);

describe('a titled person before "and" and an institution', () => {
  it('ends the person before "and"', () => {
    const text = 'State Councilor Wen Baozhi and Foreign Ministry spokesman Lin Dao said so.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Wen Baozhi', 'Lin Dao']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Foreign Ministry']);
  });
});

describe("a party's members after a body's 'for'", () => {
  it.each([
    ['The governor failed to win the state Senate for Democrats.', ['Senate']],
    ['Turnout may keep the House for Republicans in the fall.', ['House']],
    ['The Committee for Democrats Abroad met in Paris.', ['Committee for Democrats Abroad']],
  ])('%s', (text, organizations) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(organizations);
  });
});

describe("a firm's 'of' before a city or a qualified town", () => {
  it.each([
    ['Quorvane Group of Valley Forge, Pa., was second.', 'Quorvane Group', 'Valley Forge'],
    ['Brandell Industries of Chicago reported a loss.', 'Brandell Industries', 'Chicago'],
    ['The film was produced by Quellan Films of Mexico City.', 'Quellan Films', 'Mexico City'],
    ['Varnel Corp. of Kansas City posted a loss.', 'Varnel Corp.', 'Kansas City'],
    ['Tarvex Group of South Korea made a bid.', 'Tarvex Group', 'South Korea'],
    ['It sold the port to KVL International of Singapore.', 'KVL International', 'Singapore'],
    ['Brandt Holdings of the Netherlands walked away.', 'Brandt Holdings', 'Netherlands'],
  ])('%s', (text, organization, place) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([organization]);
    expect(factsOf('location', text).map((f) => f.text)).toContain(place);
  });
  it('keeps a name whose "of" leads to no place', () => {
    expect(factsOf('organization', 'The Group of Seven met in Paris.').map((f) => f.text)).toEqual(['Group of Seven']);
    expect(factsOf('organization', 'The Company of Biologists publishes three journals.').map((f) => f.text)).toEqual(['Company of Biologists']);
    expect(factsOf('organization', 'The Group of Eight met in Italy.').map((f) => f.text)).toEqual(['Group of Eight']);
  });
  it('keeps a corporation whose country is its name', () => {
    expect(factsOf('organization', 'The National Oil Corporation of Libya cut output.').map((f) => f.text)).toEqual(['National Oil Corporation of Libya']);
    expect(factsOf('organization', 'The Commonwealth Bank of Australia cut rates.').map((f) => f.text)).toEqual(['Commonwealth Bank of Australia']);
  });
});

describeCorpus('organization', 'a known firm joined by a hyphen to an unknown name is a merged firm', [
  { expect: { rule: 'organization/merged-firm' }, phrases: ['[[Ford-Tarnwick]] said the deal was off.', 'Analysts expect [[Siemens-Quorvex]] to cut jobs.'] },
]);

describeNegatives('organization', 'a double-barrelled surname whose second part is a word', ['[[Ford-Smith]] said she would appeal.']);

describe('a known firm joined by a hyphen to the first word of another of several words', () => {
  it.each([
    ['The launcher is a Boeing-Lockheed Martin joint venture.', ['Boeing', 'Lockheed Martin']],
    ['A Toyota-General Motors plant opened in 1984.', ['Toyota', 'General Motors']],
    ['The Ford-Tarnwick Holdings deal fell through.', ['Ford-Tarnwick Holdings']],
  ])('%s', (text, firms) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(firms);
  });
});


describe('a place alone before "and" and a body', () => {
  it('is a place of its own', () => {
    const text = 'Researchers in Stockholm and Marlow State University reported the result.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Marlow State University']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Stockholm']);
  });
  it('keeps a body named for a country whose name holds "and"', () => {
    expect(factsOf('organization', 'The Bosnia and Herzegovina Football Federation fined the club.').map((f) => f.text)).toEqual(['Bosnia and Herzegovina Football Federation']);
  });
});

describe('the news organizations and pollsters that sponsor a poll together, joined by hyphens', () => {
  it.each([
    ['A CNN-USA Today-Gallup poll released Sunday showed him ahead.', ['CNN', 'USA Today', 'Gallup']],
    ['An ABC News-Washington Post poll found support slipping.', ['ABC News', 'Washington Post']],
    ['The latest New York Times-CBS News survey was released.', ['New York Times', 'CBS News']],
    ['A Reuters-Ipsos poll put her ahead.', ['Reuters', 'Ipsos']],
    ['A Reuters/Ipsos poll put her ahead.', ['Reuters', 'Ipsos']],
    ['An NPR/Marist poll found support slipping.', ['NPR', 'Marist']],
    // A pollster's own double name, with no part the lists know, stays whole or unnamed.
    ['A Vantrell-Osgood poll put her ahead.', []],
  ] as const)('%s', (text, names) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(names);
  });
});

describe("a party's name, then its leader's after \"of\"", () => {
  it.each([
    ['The Samajwadi Party of Akhilesh Yadav won 37 seats.', ['Samajwadi Party'], ['Akhilesh Yadav']],
    ['Allies such as the Telugu Desam Party of N. Chandrababu Naidu held firm.', ['Telugu Desam Party'], ['N. Chandrababu Naidu']],
    ['The Justice and Development Party of Recep Tayyip Erdogan lost Istanbul.', ['Justice and Development Party'], ['Recep Tayyip Erdogan']],
    // A party of a place, or of a common word, is one name.
    ['The Liberal Party of Canada won a minority.', ['Liberal Party of Canada'], []],
    ['The Party of Regions won in the east.', ['Party of Regions'], []],
  ] as const)('%s', (text, bodies, people) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(bodies);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(people);
  });
});

describeCorpus('location', 'the town after "of" that follows a firm the lists know', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Rival Vonovia of [[Bochum]] reported similar figures.', 'UBS of [[Switzerland]] said it would appeal.'] },
]);
describeNegatives('location', 'a bank named "of" a place keeps the place in its name', ['The [[Bank of England]] held rates.', '[[Royal Bank of Scotland]] said profit rose.']);
describe("a leader's possessive before a body named by a head and \"of\"", () => {
  it.each([
    ["Vargas's Party of National Renewal won the vote.", 'Vargas', 'Party of National Renewal'],
    ["Petrescu's Alliance of Progressive Forces quit the coalition.", 'Petrescu', 'Alliance of Progressive Forces'],
  ] as const)('is the leader and the body: %s', (text, person, body) => {
    expect(factsOf('person', text).map((f) => f.text)).toEqual([person]);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([body]);
  });
  it('after "for" too, the leader named in full before', () => {
    const text = "President Joseph Mwale said on Friday that Mwale's Movement for Multiparty Reform would win.";
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Joseph Mwale', 'Mwale']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Movement for Multiparty Reform']);
  });
  it.each([
    ["Doctors at Children's Hospital of Philadelphia said he was stable.", "Children's Hospital of Philadelphia"],
    ["St. Anne's College of Nursing opened in May.", "St. Anne's College of Nursing"],
  ] as const)("a common word's or a saint's possessive stays inside the name: %s", (text, name) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([name]);
  });
});
describeCorpus('organization', "a known body or an acronym joined by a hyphen to a country is the body's branch there", [
  { expect: { rule: 'organization/country-branch' }, phrases: ['Clearing rose again, [[WWF-Peru]] said.', '[[Oxfam-Chile]] said on Monday the aid had run out.', 'Staff at [[Greenpeace-Brazil]] quit.'] },
]);
describeNegatives('organization', 'two sides of what a noun names, joined by a hyphen', ['The [[EU-China]] summit ended.', 'Talks between the [[ANC-Zambia]] delegations ended.']);
