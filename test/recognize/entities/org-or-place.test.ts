import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

const texts = (kind: 'person' | 'organization' | 'location', text: string) => factsOf(kind, text).map((f) => f.text);

describe('an organization whose words name a place', () => {
  it.each([
    ['a forecasting centre', 'The National Hurricane Center in Miami issued a warning.', 'National Hurricane Center'],
    ['a field in -ology', 'He was taken to the Kursk Cardiology Centre overnight.', 'Kursk Cardiology Centre'],
    ['a research centre', 'Staff at the Orland Cancer Research Center walked out.', 'Orland Cancer Research Center'],
    ['an adjective of a field', 'The Varnian Seismological Center said the quake was shallow.', 'Varnian Seismological Center'],
    ['an adjective of a field, British spelling', 'The Ostrel Meteorological Centre issued a warning.', 'Ostrel Meteorological Centre'],
    ['what it guards', 'The Varnian Cyber Security Centre is helping the company.', 'Varnian Cyber Security Centre'],
    ['what it watches', 'The Ostrel Drought Monitoring Centre warned of dry months.', 'Ostrel Drought Monitoring Centre'],
    ['a field in -ography', 'Scientists at the Varnian Oceanography Centre tagged the buoys.', 'Varnian Oceanography Centre'],
    ['the land it studies', 'Scientists at the Ostrel Agroforestry Centre planted acacias.', 'Ostrel Agroforestry Centre'],
    ['the hazard it fights', 'The Varnian Interagency Fire Center said 40 fires were burning.', 'Varnian Interagency Fire Center'],
    ['the climate it studies', 'The Ostrel Climate Centre issued its seasonal outlook.', 'Ostrel Climate Centre'],
    ['a survey of the poles', 'Scientists at the British Antarctic Survey said the shelf cracked.', 'British Antarctic Survey'],
    ['a survey of the rocks', 'The Danish Geological Survey said the quake was shallow.', 'Danish Geological Survey'],
    ['a survey of the seas', 'The Varnian Hydrographic Survey charted the new shoal.', 'Varnian Hydrographic Survey'],
    ['what it puts out', 'The Ostrel Information Centre said 12 people were detained.', 'Ostrel Information Centre'],
    ['the law it stands up for', 'Lawyers at the Varnian Humanitarian Law Centre filed the case.', 'Varnian Humanitarian Law Centre'],
  ])('a centre named for what it studies or forecasts is a body: %s', (_name, text, org) => {
    expect(texts('organization', text)).toEqual([org]);
    expect(texts('location', text)).not.toContain(org);
  });
  it.each([
    ['named for a person', 'Crews worked at the Kennedy Space Center in Florida.', 'Kennedy Space Center'],
    ['named for a use', 'The fair filled the Halden Convention Centre.', 'Halden Convention Centre'],
    ['named for a use, beside a guarded one', 'Guards stood outside the Halden Shopping Centre.', 'Halden Shopping Centre'],
    ['named for a use, beside a studied one', 'Crowds filled the Halden Climbing Centre.', 'Halden Climbing Centre'],
  ])('a centre named for a person or a use stays a place: %s', (_name, text, place) => {
    expect(texts('location', text)).toContain(place);
  });

  it('a body named by a place and a noun of joint work is one organization', () => {
    const text = 'Ministers of the Asia-Pacific Economic Cooperation forum met in Lima.';
    expect(texts('organization', text)).toEqual(['Asia-Pacific Economic Cooperation']);
    expect(texts('location', text)).toEqual(['Lima']);
  });
  it('the same place before a plain noun stays a place', () => {
    expect(texts('location', 'Growth in the Asia-Pacific region slowed.')).toEqual(['Asia-Pacific']);
  });

  it.each([
    ['mid-sentence', 'Fares on Virgin Atlantic rose.'],
    ['opening a sentence', 'Virgin Atlantic cut its fares on Monday.'],
  ])('a word before an ocean or a country names a carrier: %s', (_name, text) => {
    expect(texts('organization', text)).toEqual(['Virgin Atlantic']);
    expect(texts('location', text)).toEqual([]);
  });
  it.each([
    ['Reform UK will field a candidate in the seat.', 'Reform UK'],
    ['Sky UK cut its prices on Monday.', 'Sky UK'],
  ])('a singular noun before a country names a party or a branch, opening a sentence too: %s', (text, org) => {
    expect(texts('organization', text)).toEqual([org]);
    expect(texts('location', text)).toEqual([]);
  });
  it.each([
    ['Neighbouring Syria denied the report.', 'Syria'],
    ['Tiny Luxembourg voted against it.', 'Luxembourg'],
    ['Meanwhile Russia said no.', 'Russia'],
  ])('a word describing a place that opens a sentence is no carrier: %s', (text, place) => {
    expect(texts('location', text)).toEqual([place]);
    expect(texts('organization', text)).toEqual([]);
  });

  it.each([
    ['percent', 'Trading was thin, while Orvalex slipped 1 percent.', 'Orvalex'],
    ['pence', 'In London, Marwick Westminster rose 12p to 540p.', 'Marwick Westminster'],
    ['a currency unit', 'In Frankfurt, Kestrelwerk fell 2 marks.', 'Kestrelwerk'],
  ])('a name whose price moves by a figure in a market report is a company: %s', (_name, text, org) => {
    expect(texts('organization', text)).toEqual([org]);
  });
  it('a move by places or points is no share', () => {
    expect(texts('organization', 'In the table, Brannock rose 2 places.')).toEqual([]);
  });

  it.each([
    ['Passengers at Heathrow waited for hours.', 'Heathrow'],
    ['Flights from Schiphol and Narita were cancelled.', 'Schiphol'],
  ])('an airport named with no head word is a place: %s', (text, place) => {
    expect(texts('location', text)).toContain(place);
  });
});

describe('a service before a colour', () => {
  it("is no mention of the service the document names elsewhere", () => {
    const text = 'The Navy said it would buy new uniforms in a Navy blue cloth.';
    expect(factsOf('organization', text).map((f) => f.start)).toEqual([4]);
  });
});

describeNegatives('organization', 'colours named for a service', ['The Army ordered jackets in [[Army]] green.', 'The Navy chose a [[Navy]] blue cloth.']);

describeNegatives('organization', 'a survey that polls people is no body', [
  'The Varnian Community Survey showed incomes rose.',
  'The Ostrel Household Survey found rents up 4%.',
]);

describeCorpus('organization', 'a town or state before a point\'s adjective names a railway or carrier', [
  { expect: {}, phrases: ['Freight on [[Norfolk Southern]] lines slowed.', 'A merger with [[Kansas City Southern]] was approved.'] },
]);

describeCorpus('organization', 'a museum that speaks, acts or owns is the body', [
  { expect: { rule: 'organization/acting-museum' }, phrases: [
    'The [[Metropolitan Museum of Art]] said it would sell prints.',
    'The [[Getty Museum]] in Los Angeles bought the painting.',
    "The [[Museum of Modern Art]]'s director resigned.",
  ] },
]);

describeCorpus('organization', 'a museum that employs the person or post named before "of the" is the body', [
  { expect: { rule: 'organization/acting-museum' }, phrases: [
    'The letters were found, said Ruth Bellamy of the [[National Army Museum]].',
    'The Director of the [[Ashmolean Museum]] approved the loan.',
  ] },
]);

describeNegatives('organization', 'a museum after "of the" and no name or post stays a place', ['Crowds filled the halls of the [[National Army Museum]] on Sunday.']);

describeCorpus('organization', "a known body's name before a place and \"Province\" names its branch there", [
  { expect: { rule: 'organization/branch-province' }, phrases: [
    'Fighters from [[Islamic State West Africa Province]] raided the town.',
    '[[Islamic State Khorasan Province]] claimed the bombing.',
  ] },
]);

describeNegatives('organization', 'a province named by places alone', ['Floods hit [[Western Cape Province]] on Monday.', 'Gunmen struck in [[Balochistan Province]].']);

describeNegatives('organization', 'a museum where something stands or happens is a place', [
  'Visitors lined up outside the [[Getty Museum]] on Sunday.',
  'The exhibit moves to the [[Museum of Flight]] in Seattle next year.',
]);

describeCorpus('organization', 'a theatre that speaks or acts is the body', [
  { expect: { rule: 'organization/acting-museum' }, phrases: ['The [[Quorvane Festival Theatre]] announced its new season.'] },
]);

describeNegatives('organization', 'a theatre where something is staged is a place', [
  'The play opens at the [[Quorvane Festival Theatre]] in May.',
]);

describeCorpus('organization', 'a hospital or an infirmary is a body wherever it stands, as OntoNotes tags it', [
  { expect: { rule: 'organization/head' }, phrases: [
    '[[Varnley Street Hospital]] said it had treated 40 children.',
    "The [[Tarnwick Royal Infirmary]]'s chief executive resigned.",
    'She was taken to [[Varnley Street Hospital]] with burns.',
    'She was treated at the [[Bristol Royal Infirmary]] overnight.',
    "She was taken to [[St Bride's Hospital]] with burns.",
  ] },
]);

describeNegatives('location', 'a hospital is no place', ['She was taken to [[Varnley Street Hospital]] with burns.', 'She was treated at the [[Bristol Royal Infirmary]] overnight.']);
