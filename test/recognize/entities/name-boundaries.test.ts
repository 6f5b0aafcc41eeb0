import { factsOf } from '../../helpers/corpus';
import { tokenize } from '../../../src/recognize/entities/tokens';

const texts = (kind: 'person' | 'organization' | 'location', text: string) => factsOf(kind, text).map((f) => f.text);

describe('where a name starts and ends', () => {
  it.each([
    ['a county side', 'On Friday Lancashire beat Kent by six wickets.', 'organization', 'Lancashire'],
    ['a club', 'On Sunday Everton drew with Leeds.', 'organization', 'Everton'],
    ['a person', 'On Tuesday Marta Kessler resigned.', 'person', 'Marta Kessler'],
  ] as const)('a weekday that opens a run is the date before the name: %s', (_name, text, kind, name) => {
    expect(texts(kind, text)).toContain(name);
    expect(factsOf('date', text).map((f) => f.text)).toHaveLength(1);
  });
  it.each([
    ['a titled person', 'Prime Minister Arvid Lund Tuesday signed the decree.', 'person', 'Arvid Lund'],
    ['a person alone', 'Carla Ostrowski Monday denied the report.', 'person', 'Carla Ostrowski'],
    ['a firm', 'Halvorsen Foods Inc. Friday said sales fell.', 'organization', 'Halvorsen Foods Inc.'],
  ] as const)('a weekday that ends a run is the date after the name, as wire copy writes it: %s', (_name, text, kind, name) => {
    expect(texts(kind, text)).toEqual([name]);
    expect(factsOf('date', text).map((f) => f.text)).toHaveLength(1);
  });
  it.each([
    ['a club', 'Sheffield Wednesday lost at home.', 'organization', 'Sheffield Wednesday'],
  ] as const)('a name that ends in a weekday keeps it: %s', (_name, text, kind, name) => {
    expect(texts(kind, text)).toEqual([name]);
  });
  it('a paper named for a weekday keeps it', () => {
    expect(texts('organization', 'The story ran in the Sunday Times.')).toEqual(['Sunday Times']);
  });

  it.each([
    ['after a title', 'Interior Minister Jaime Mayor Oreja said the bomb was ETA\'s.', 'Jaime Mayor Oreja'],
    ['alone', 'Federico Mayor Zaragoza arrived on Monday.', 'Federico Mayor Zaragoza'],
  ])('a title word between a given name and a surname opens a double surname: %s', (_name, text, person) => {
    expect(texts('person', text)).toEqual([person]);
  });
  it.each([
    ['a bank', 'Rates will fall this year, said Kirsten Bishop of Halvard Bank.', 'Kirsten Bishop', 'Halvard Bank'],
    ['a broker', 'Margaret King of Tessaly Securities cut her forecast.', 'Margaret King', 'Tessaly Securities'],
    ['a university', 'Sarah Prince of Dunmore University led the study.', 'Sarah Prince', 'Dunmore University'],
  ])('a title word between a given name and "of" is the surname, and the employer follows: %s', (_name, text, person, employer) => {
    expect(texts('person', text)).toEqual([person]);
    expect(texts('organization', text)).toEqual([employer]);
    expect(texts('location', text)).toEqual([]);
  });
  it.each([
    ['a see', 'The Bishop of Durham led the prayers.', [], ['Durham']],
    ['a realm', 'King Abdullah of Jordan met the envoy.', ['Abdullah'], ['Jordan']],
  ])('a title before "of" and no given name keeps its see or realm: %s', (_name, text, people, places) => {
    expect(texts('person', text)).toEqual(people);
    expect(texts('location', text)).toEqual(places);
  });
  it.each([
    ['a museum', "'We were lucky,' said Dana Whitcombe of the Natural History Museum in Oxford.", 'Dana Whitcombe', 'Natural History Museum'],
    ['a gallery', 'Mara Feld of the National Gallery said the loan was agreed.', 'Mara Feld', 'National Gallery'],
  ])('a full name before "of" and a building is the person, apart from the building: %s', (_name, text, person, building) => {
    expect(texts('person', text)).toEqual([person]);
    expect([...texts('location', text), ...texts('organization', text)]).toContain(building);
  });
  it('a building named with "of" keeps its whole name', () => {
    expect(texts('location', 'The Cleveland Museum of Art reopened.')).toEqual(['Cleveland Museum of Art']);
  });
  it('a title after a place and before a full name stays a title', () => {
    const text = 'Madrid Mayor Alberto Ruiz Gallardon visited the site.';
    expect(texts('person', text)).toEqual(['Alberto Ruiz Gallardon']);
    expect(texts('location', text)).toEqual(['Madrid']);
  });

  it('a firm spelled with a spaced hyphen is the firm the document spells whole', () => {
    const text = 'Pepsi-Cola Co. raised prices. Analysts said Pepsi - Cola would gain share.';
    expect(texts('organization', text)).toEqual(['Pepsi-Cola Co.', 'Pepsi - Cola']);
  });
  it.each([
    ['U.S.-Canada Trade Forum', 'He addressed the U.S.-Canada Trade Forum on Friday.'],
    ['U.K.-India Business Council', 'The U.K.-India Business Council said exports grew.'],
  ])('a body named by a compound that opens with a dotted abbreviation keeps it: %s', (name, text) => {
    expect(texts('organization', text)).toEqual([name]);
    expect(texts('location', text)).toEqual([]);
  });
  it('the places of a compound that opens with a dotted abbreviation stay two places', () => {
    expect(texts('location', 'U.S.-Brazil trade talks resumed near the U.S.-Mexico border.')).toEqual(['U.S.', 'Brazil', 'U.S.', 'Mexico']);
    expect(texts('location', 'A U.S.-led force and a U.K.-based bank.')).toEqual(['U.S.', 'U.K.']);
  });
  it('places around a spaced hyphen stay two', () => {
    expect(texts('location', 'The Boston - New York shuttle was full.')).toEqual(['Boston', 'New York']);
  });
});

describe('a museum or gallery whose name has "and" inside', () => {
  it.each([
    ['two founders before one head', 'A loan from the Victoria and Albert Museum arrived.', 'Victoria and Albert Museum'],
    ['a head on each side', 'The Dunmore Museum and Art Gallery reopened on Friday.', 'Dunmore Museum and Art Gallery'],
  ])('is one place: %s', (_name, text, name) => {
    expect(texts('location', text)).toEqual([name]);
  });
  it.each([
    ['a word before the head', 'They toured the Louvre and Science Museum.', 'Science Museum'],
    ['a people before the head', 'Staff of the Tate and British Museum met.', 'British Museum'],
  ])('keeps a museum named by a word or a people its own: %s', (_name, text, name) => {
    expect(texts('location', text)).toContain(name);
    expect(texts('location', text).some((t) => t.includes(' and '))).toBe(false);
  });
});

describe("an apostrophe after a word's final s", () => {
  it('is the possessive of a name in s, which may go on', () => {
    expect(texts('location', "Fans packed St Tarlos' Park on Saturday.")).toEqual(["St Tarlos' Park"]);
    expect(texts('location', "Talks with the Tarlo Islands' government stalled.")).toEqual(['Tarlo Islands']);
  });
  it('closes a quote an apostrophe opened', () => {
    const text = "She starred in 'Varvak Brothers' and won.";
    const brothers = tokenize(text, 0, text.length).find((t) => t.text === 'Brothers');
    expect(brothers?.possessive).toBe(false);
  });
});
