import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('person', 'titles are not part of the name', [
  { expect: { value: 'Maria Lindqvist' }, phrases: [
    'The talks were chaired by Secretary General [[Maria Lindqvist]] on Tuesday.',
    'Foreign Minister [[Maria Lindqvist]] arrived late.',
    'Alliance chief Dr. [[Maria Lindqvist]] spoke first.',
    'Police spokeswoman [[Maria Lindqvist]] declined to comment.',
  ] },
  { expect: { value: 'Tomas Berger' }, phrases: [
    'Mr. [[Tomas Berger]] resigned.',
    'The bank hired analyst [[Tomas Berger]] last year.',
    'President [[Tomas Berger]] vetoed the bill.',
    'Fed Chair [[Tomas Berger]] held rates steady.',
    'Board chair [[Tomas Berger]] resigned.',
  ] },
]);

describeNegatives('organization', '"Cabinet" right before the post it qualifies', [
  '[[Interior Cabinet]] Secretary Wanjiru Kamau said the road was open.',
  'Health [[Cabinet]] Secretary Wanjiru Kamau opened the clinic.',
]);
describeCorpus('organization', 'the Cabinet as a body, before no post', [
  { expect: { kind: 'organization' }, phrases: ['A memo from the [[Cabinet Office]] leaked.'] },
]);

describe('a titled name followed by "of" and where they serve', () => {
  it('splits the person from the place', () => {
    const text = 'President Amara Diallo of Senegal arrived on Tuesday.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Amara Diallo']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Senegal']);
  });
});

describeCorpus('person', "the Gulf's honorific Sayyid stands before the name and outside it", [
  { expect: { rule: 'person/title' }, phrases: [
    "Oman's Sayyid [[Badr bin Hamad Al Busaidi]] hosted the talks.",
    'Sayyid [[Theyazin bin Haitham]] met the envoy.',
  ] },
]);
describeNegatives('person', 'the honorific with no name after it', ['Pilgrims greeted the [[Sayyid]] at the shrine.']);

describeCorpus('person', 'hyphenated titles', [
  { expect: { rule: 'person/title' }, phrases: ['The vote was welcomed by Secretary-General [[Anselm Okafor]].', 'Director-General [[Anselm Okafor]] resigned.'] },
]);

describe('an East Asian family name alone names the person', () => {
  it('links the two-letter family name that comes first', () => {
    const text = 'Premier Wu Dingbang spoke first. Later, Wu met the visitors.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Wu Dingbang', 'Wu']);
  });
});

describeCorpus('person', "a legislature's posts are titles", [
  { expect: { rule: 'person/title' }, phrases: [
    'House Speaker [[Dana Whitlock]] told reporters the vote would wait.',
    'Senate Majority Leader [[Dana Whitlock]] scheduled a vote.',
    'The bill was opposed by Minority Whip [[Dana Whitlock]].',
  ] },
]);

describeCorpus('person', "a court's posts are titles", [
  { expect: { rule: 'person/title' }, phrases: [
    'U.S. District Judge [[Dana Whitlock]] denied the motion.',
    'Bankruptcy Judge [[Dana Whitlock]] approved the sale.',
  ] },
]);

describeCorpus('organization', 'a body that opens a sentence before a capitalized title and its holder', [
  { expect: { rule: 'organization/head' }, phrases: ['[[Coast Guard]] Rear Adm. Dana Whitlock said the search would go on.', '[[Border Police]] Commandant Dana Whitlock resigned.'] },
]);

describeCorpus('person', "a commandant's title", [{ expect: { rule: 'person/title' }, phrases: ['The academy is run by Commandant [[Dana Whitlock]].'] }]);

describeNegatives('location', "a court's post after a country", ['U.S. [[District]] Judge Dana Whitlock denied the motion.']);

describe('a clipped title after a word ends a name, not a post held there', () => {
  it('keeps the second word of a two-word name', () => {
    const text = 'Prime Minister Hok Sen met the king. Hok Sen later left for Tokyo.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Hok Sen', 'Hok Sen']);
  });
});

describeNegatives('person', 'a post without a holder', ['The House Speaker said the vote would wait.']);

describeCorpus('person', "a title's holder whose given name is also a town's", [
  { expect: { rule: 'person/title' }, phrases: ['Board Chairman [[Stanley Gault]] credited strong tire sales.'] },
]);

describeNegatives('person', "a caption's label after a title", ['Costumes of Captain Nemo and Captain Ahab [[Image]]: Lea Roth.']);

describeCorpus('person', 'a title word that closes a full name before a generational suffix is its surname', [
  { expect: { rule: 'person/generational' }, phrases: ['A recording of [[Martin Luther King Jr.]] was played.', 'The award went to [[Darnell Bishop Jr.]] last year.'] },
]);

describeCorpus('person', 'the person a holiday is named for', [
  { expect: { rule: 'person/namesake' }, phrases: ['Offices close for [[Martin Luther King]] Day on Monday.', 'Parades mark [[Martin Luther King Jr.]] Day in January.'] },
]);

describeNegatives('person', 'a title word inside the name of a holiday, a work or a prize', [
  'Offices close for Martin Luther King [[Day]] on Monday.',
  'The [[Star Wars]] lead signed autographs.',
  'She won the [[Queen Elizabeth Prize]] for engineering.',
]);

describeCorpus('person', 'after a title, a town-named given name opens the holder\'s name', [
  { expect: { value: 'Ngozi Adaeze-Okoro' }, phrases: ['Finance Minister [[Ngozi Adaeze-Okoro]] said the budget would pass.', 'Senator [[Ngozi Adaeze-Okoro]] arrived on Tuesday.'] },
  { expect: { value: 'Tamale Osei' }, phrases: ['Deputy Mayor [[Tamale Osei]] opened the market.'] },
]);

describeNegatives('person', 'a town before a common word after a title stays a place', [
  'Deputy Mayor [[Tamale]] Metropolitan said so.',
  'The envoy met Prime Minister [[Canada]] officials.',
]);

describeCorpus('person', 'a form of address makes a person of a name that is also a place or a firm word', [
  { expect: { rule: 'person/honorific' }, phrases: [
    'Mr. [[Washington]] said the plan was dead.',
    'The memo from Mrs. [[Paris]] arrived late.',
    'Mr. [[Sun]], the company\'s treasurer, declined to comment.',
    'Mr. [[Church]]\'s proposal was rejected.',
    'Dr. Pepper and Ms. [[Times]] met on Tuesday.',
  ] },
]);

describe('a form of address before a name and "of"', () => {
  it('splits the person from where they come from', () => {
    const text = 'Mr. Hollis of Vermont agreed.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Hollis']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Vermont']);
  });
});

describe('a shortened title before a surname alone and "of"', () => {
  it.each([
    ['Dr. Hall of the Mayo Clinic said the drug works.', ['Hall'], ['Mayo Clinic']],
    ['Dr. Okafor of the World Health Organization spoke first.', ['Okafor'], ['World Health Organization']],
    ['Prof. Lindqvist of Uppsala University led the study.', ['Lindqvist'], ['Uppsala University']],
  ])('%s', (text, people, bodies) => {
    expect(factsOf('person', text).map((f) => f.text)).toEqual(people);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(bodies);
  });
  it('keeps a post word after a title word a part of the post', () => {
    expect(factsOf('person', 'Director General of the agency Amara Diallo spoke.').map((f) => f.text)).toEqual(['Amara Diallo']);
  });
});

describeCorpus('person', 'a plural title opens a list of surnames', [
  { expect: { rule: 'person/title-list' }, phrases: [
    'Messrs. Wolf and [[Hunt]] declined to comment.',
    'Messrs. Wolf, [[Hunt]] and Park declined to comment.',
    'Sens. Mitchell and [[Dole]] agreed on the schedule.',
  ] },
]);

describeNegatives('person', 'a list that no plural title opens', [
  'Wolf and [[Hunt]] are words.',
  'Mr. Wolf and [[Hunt]] Valley are here.',
]);

describe('a titled full name before "of" and the body the holder serves', () => {
  it('splits the holder from the institution', () => {
    const text = 'General Secretary Wang Lianfu of the Communist Party Central Committee spoke first.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Wang Lianfu']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Communist Party Central Committee']);
  });
  it('splits a chamber before the title from the holder and the state after "of"', () => {
    const text = 'Senate Majority Leader Dana Whitlock of Vermont delayed the vote.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Senate']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Dana Whitlock']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Vermont']);
  });
  it('keeps a holder whose given name no list knows', () => {
    const text = 'Judge Temba Moore of the U.S. District Court in Boston dismissed the suit.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Temba Moore']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['U.S. District Court']);
  });
});

describeCorpus('person', "a post in apposition after a given name and a place's head", [
  { expect: { rule: 'person/apposition' }, phrases: ['[[Nora Hills]], the U.S. trade representative, met him.', '[[Dana Park]], a former ambassador, resigned.'] },
]);

describeNegatives('person', "a place in apposition with a place's head", ["Grant Park, the city's largest park, was full."]);

describeNegatives('person', 'a title before the name of a body and "of"', [
  'Deputy Director of the Federal Reserve Bank of Boston spoke.',
]);

describeCorpus('person', 'military ranks before a soldier\'s name', [
  { expect: { value: 'Sarath Wickrama' }, phrases: [
    'Army spokesman Brigadier [[Sarath Wickrama]] said three soldiers died.',
    'Major-General [[Sarath Wickrama]] took command of the division.',
    'Rear Admiral [[Sarath Wickrama]] inspected the fleet.',
    'Field Marshal [[Sarath Wickrama]] retired in May.',
  ] },
]);

describeNegatives('person', 'a rank word that opens no title', [
  '[[Rear Window]] is a film by Hitchcock.',
  'The Field Museum opened a new hall.',
]);

describeCorpus('person', 'public offices and church posts are titles', [
  { expect: { rule: 'person/title' }, phrases: [
    'Coroner [[Helen Marsh]] recorded a verdict of accidental death.',
    'Chief Superintendent [[Helen Marsh]] appealed for witnesses.',
    'The service was led by Archdeacon [[Helen Marsh]].',
  ] },
]);

describeNegatives('organization', "an office's holder after 'the' is no body", [
  'The Coroner said the climber had died of hypothermia.',
  'The Ombudsman said the council had failed the family.',
  'The Chief Coroner said the inquest would resume in May.',
  'The Inspector-General said the audit found no fraud.',
  'The Treasurer said the deficit would narrow next year.',
]);

describeNegatives('person', "an office's holder after 'the' is no person", ['The Chief Coroner said the inquest would resume in May.']);

describeCorpus('organization', "a body that speaks after 'the' stays a body", [
  { expect: { rule: 'organization/article-speaker' }, phrases: ['The [[Prado]] said the loan had been approved.'] },
]);

describe('an institution named with "of", a post and its holder', () => {
  it.each([
    ['Bank of Kestrel Governor Amira Hollis said rates would hold.', 'Bank of Kestrel', 'Amira Hollis'],
    ['University of Varnholt President Tobias Renn resigned.', 'University of Varnholt', 'Tobias Renn'],
    ['Ministry of Fisheries Chief Executive Ola Brekke spoke.', 'Ministry of Fisheries', 'Ola Brekke'],
  ])('%s', (text, organization, person) => {
    expect(factsOf('organization', text).map((f) => f.text)).toEqual([organization]);
    expect(factsOf('person', text).map((f) => f.text)).toEqual([person]);
  });

  it('keeps an office that goes on with "of" whole', () => {
    const text = 'The Office of the Registrar of Deeds fined the firm.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Office of the Registrar of Deeds']);
  });
});

describe('a title word that closes what a body is of stays in the body', () => {
  it('splits the body from the post and its holder', () => {
    const text = 'He met the Varnholt Court of Justice President Ilse Brandt on Monday.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Varnholt Court of Justice']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Ilse Brandt']);
  });
});

describeCorpus('person', 'a post in lower case before a name whose first word no list knows', [
  { expect: { kind: 'person', rule: 'person/role-noun' }, phrases: ['The agency\'s director-general [[Zarkasyi Abdul Hamid]] said the search would go on.', 'Its spokesman [[Ruzwan Ahmad Tarmizi]] declined to comment.'] },
]);

describeNegatives('organization', "a portfolio's word before a post that opens the sentence", ['[[Aviation]] chief Dana Whitlock said the search would go on.', '[[Security]] chief Anselm Okafor resigned.']);


describeCorpus('person', "a party member's word before a name, as a title", [
  { expect: { kind: 'person', rule: 'person/title' }, phrases: [
    'In New Jersey, Democrat [[Mikie Sherrill]] beat Jack Ciattarelli by 13 points.',
    'Republican [[Quinlan Hargrove]] won the open seat on Tuesday.',
  ] },
]);

describeCorpus('organization', 'bodies that such a word opens', [
  { expect: { kind: 'organization' }, phrases: ['The [[Republican Guard]] fired on the convoy.', 'The [[Republican National Committee]] said it would appeal.'] },
]);

describeCorpus('organization', 'a word that dates a post, opening the sentence before the employer', [
  { expect: { rule: 'organization/employer-post' }, phrases: [
    'Former [[Liverpool]] manager Jurgen Klopp said he was happy.',
    'Outgoing [[Ryanair]] chief Michael O\u2019Leary spoke on Monday.',
  ] },
]);
describeCorpus('location', 'a country after a word that dates a post', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Former [[England]] captain Gary Lineker left on Monday.'] },
]);
describeCorpus('person', 'a word that dates a post before a title stays with the title', [
  { expect: { rule: 'person/title' }, phrases: ['Former President [[Barack Obama]] spoke on Monday.'] },
]);

describeCorpus('person', 'a cabinet seat and its portfolio are the title', [
  { expect: { kind: 'person', rule: 'person/title' }, phrases: [
    'Interior Cabinet Secretary [[Wanjiru Kamau]] toured the camp on Friday.',
    'Treasury Cabinet Secretary [[Otieno Barasa]] read the budget.',
  ] },
  { expect: { kind: 'person' }, phrases: [
    'Cabinet Secretary for Roads [[Wanjiru Kamau]] opened the bridge.',
    'Cabinet Minister for Fisheries [[Otieno Barasa]] resigned.',
  ] },
]);

describeNegatives('organization', 'a cabinet seat is no body', [
  '[[Interior Cabinet]] Secretary Wanjiru Kamau toured the camp on Friday.',
  '[[Cabinet Secretary for Roads]] Wanjiru Kamau opened the bridge.',
  'The [[Cabinet Secretary of Energy]] Otieno Barasa resigned.',
]);

describeCorpus('organization', 'bodies whose names hold a link after their head', [
  { expect: { kind: 'organization' }, phrases: ['The [[Office for Budget Responsibility]] cut its forecast.', 'The [[Cabinet Office]] said no.'] },
]);

describeCorpus('person', 'a holder named after a portfolio of common words, whatever the lists know of the name', [
  { expect: { kind: 'person', rule: 'person/title' }, phrases: [
    'Minister of Foreign Affairs [[Otieno Barasa]] flew to Addis Ababa.',
    'Minister for Roads [[Wanjiru Kamau]] opened the bridge.',
    'Secretary for Home Affairs [[Ndirangu Mwaura Kibet]] denied the report.',
  ] },
]);

describeNegatives('person', 'a portfolio with no holder after it', [
  'The Minister for Health and Social [[Care]] will decide.',
  'Minister of Transport [[Safety Rules]] came into force.',
]);

describeCorpus('person', 'a post whose portfolio runs through "and", with its holder after it', [
  { expect: { kind: 'person', rule: 'person/title' }, phrases: [
    'Minister of Trade and Industry [[Otieno Barasa]] flew to Accra.',
    'Deputy Minister for Water and Sanitation [[Wanjiku Njoroge]] toured the dam.',
    'Minister of Justice and Constitutional Development [[Ronald Lamola]] spoke.',
  ] },
]);
describeNegatives('organization', 'a portfolio after a post names no body', ['Minister of Justice and [[Constitutional Development]] Ronald Lamola spoke.']);
describeNegatives('location', 'a portfolio after a post is no list of places', ['The Minister of Finance and [[Economic Planning]], Ngozi Mwangi, said the budget was ready.']);
describeCorpus('organization', 'a firm after a founder\'s post', [
  { expect: { kind: 'organization' }, phrases: ['Co-founder of [[Google]], Sergey Brin, met the boy.'] },
]);

describeCorpus('location', 'the see, town or state of a post held over a place, after "of"', [
  { expect: { rule: 'location/seat' }, phrases: [
    'He was named Bishop of [[Kerry]] by the Pope.',
    'The Bishop of [[Lichfield]], Michael Ipgrave, said the roof leaked.',
    'The Mayor of [[Tulla]] opened the fair.',
    'Mayor of [[Tulla]] Ann Byrne cut the ribbon.',
  ] },
]);

describeNegatives('location', 'a body after a post held over a place', [
  'The Governor of the [[Bank of England]] spoke on Monday.',
  'Governor of [[Bank]] Indonesia Perry Warjiyo spoke.',
]);

describeCorpus('organization', 'an office whose "General" names the office, not a post', [
  { expect: { kind: 'organization' }, phrases: [
    'Exports resumed, the [[Directorate General of Foreign Trade]] said.',
    'The [[Inspectorate General of Police]] opened an inquiry.',
    'Rules from the [[Commissariat General of Customs]] took effect.',
  ] },
]);
describeNegatives('organization', 'a post named "General" of a body stays a post before its holder', ['Inspector General of Police [[Ravi Menon]] said the case was closed.']);
