import { extract } from '../../src';
import type { EntityCandidate, RecognizeContext } from '../../src/pipeline-types';
import { groupEntities } from '../../src/refine/coreference';

const entitiesOf = (text: string) => extract(text, { referenceDate: '2024-02-16' }).entities;

describe('coreference within a document', () => {
  it('links a surname to the full name', () => {
    const entities = entitiesOf('Prime Minister Anna Kowalczyk visited Oslo. Kowalczyk said the trip went well.');
    expect(entities).toContainEqual(expect.objectContaining({ kind: 'person', canonical: 'Anna Kowalczyk', mentions: 2, aliases: ['Kowalczyk'] }));
  });
  it.each([
    ['Tycoon Wong Kai-ming spoke on Monday. Wong said sales would rise.', 'Wong Kai-ming'],
    ['Tycoon Wong Kai-ming spoke on Monday. His son, Peter Wong, runs the bank.', 'Peter Wong'],
  ])('links a surname to the one person it may name, an East Asian name by its first word: %s', (text, canonical) => {
    expect(entitiesOf(text).filter((e) => e.kind === 'person').map((e) => e.canonical)).toContain(canonical);
  });
  it('links a surname to neither an East Asian name opening with it nor a name closing with it', () => {
    const people = entitiesOf("Tycoon Wong Kai-ming spoke on Monday. Wong's son, Peter Wong, runs the bank.").filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.canonical, e.mentions])).toEqual([['Wong Kai-ming', 1], ['Wong', 1], ['Peter Wong', 1]]);
  });
  it('links a defined acronym to its long form', () => {
    const entities = entitiesOf('The International Grain Council (IGC) met. Later the IGC cut its forecast.');
    const igc = entities.filter((e) => e.kind === 'organization');
    expect(igc).toEqual([expect.objectContaining({ canonical: 'International Grain Council', mentions: 3 })]);
  });
  it('keeps a place in brackets after a place apart: it says where, it names no alias', () => {
    const entities = entitiesOf('Talks opened in Varna (Bulgaria) on Monday. Varna hosted them.');
    expect(entities.filter((e) => e.kind === 'location').map((e) => [e.canonical, e.mentions])).toEqual([['Varna', 2], ['Bulgaria', 1]]);
  });
  it('links an acronym spelled by the initials of an earlier name', () => {
    const entities = entitiesOf('The World Health Organization warned of delays. WHO officials said more was needed.');
    expect(entities.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'World Health Organization', mentions: 2 })]);
  });
  it.each([
    ['The Bank of Ruritania held rates on Tuesday. The BOR said prices would rise.', 'Bank of Ruritania', 'BOR'],
    ['The Bank of Ruritania held rates on Tuesday. The BoR said prices would rise.', 'Bank of Ruritania', 'BoR'],
    ['The Ministry of Fisheries said quotas would fall. The MoF added that boats would be paid.', 'Ministry of Fisheries', 'MoF'],
  ])('links an acronym that keeps a linking word\'s initial: %s', (text, canonical, alias) => {
    const orgs = entitiesOf(text).filter((e) => e.kind === 'organization');
    expect(orgs).toEqual([expect.objectContaining({ canonical, mentions: 2, aliases: [alias] })]);
  });
  it('keeps an acronym apart from a name whose initials, with or without its linking words, it does not spell', () => {
    const orgs = entitiesOf('The Bank of Ruritania held rates on Tuesday. The BRU said prices would rise.').filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => e.canonical)).toEqual(['Bank of Ruritania', 'BRU']);
  });
  it("links a firm's or a body's last word to its full name, when only one name ends with it", () => {
    const lilly = entitiesOf('Eli Lilly won approval for a drug. Shares of Lilly rose 2%.').filter((e) => e.kind === 'organization');
    expect(lilly).toEqual([expect.objectContaining({ canonical: 'Eli Lilly', mentions: 2, aliases: ['Lilly'] })]);
    const commission = entitiesOf('The European Commission fined the firm. The Commission said it would appeal.').filter((e) => e.kind === 'organization');
    expect(commission).toEqual([expect.objectContaining({ canonical: 'European Commission', mentions: 2 })]);
  });
  it.each([
    ['The Federal Reserve held rates on Tuesday. Markets expect the Fed to cut in June.', 'Federal Reserve', 'Fed'],
    ['The Metropolitan Opera opened its season. Tickets at the Met sold out, the Met said.', 'Metropolitan Opera', 'Met'],
  ])('links a body\'s first word, clipped, to its full name: %s', (text, canonical, alias) => {
    const orgs = entitiesOf(text).filter((e) => e.kind === 'organization');
    expect(orgs).toContainEqual(expect.objectContaining({ canonical, aliases: [alias] }));
    expect(orgs.map((e) => e.canonical)).not.toContain(alias);
  });
  it('links no clipped word to a name whose first word is a name, not a word, nor to either of two names it clips', () => {
    const fordham = entitiesOf('Fordham University opened a lab. Ford said it would pay for it.').filter((e) => e.kind === 'organization');
    expect(fordham.map((e) => e.canonical)).toEqual(['Fordham University', 'Ford']);
    const two = entitiesOf('The Federal Reserve and the Federal Trade Commission met. The Fed said talks went well.').filter((e) => e.kind === 'organization');
    expect(two.map((e) => e.canonical)).toContain('Fed');
  });
  it('links a last word to neither of two names that end with it', () => {
    const orgs = entitiesOf('The European Commission and the Securities and Exchange Commission met. The Commission said talks went well.').filter((e) => e.kind === 'organization');
    expect(orgs.find((e) => e.canonical === 'Commission')).toBeDefined();
  });
  it('links "the U.S." to "United States"', () => {
    const entities = entitiesOf('The United States objected. Diplomats said the U.S. would not sign.');
    expect(entities.filter((e) => e.kind === 'location')).toEqual([expect.objectContaining({ canonical: 'United States', mentions: 2, aliases: ['U.S.'] })]);
  });
  it('links a lone surname to a full name known only by its shape', () => {
    const entities = entitiesOf('Tuija Marquardt beat Dagny Vrethammar 6-3 6-4. Marquardt, the fifth seed, served well.');
    expect(entities).toContainEqual(expect.objectContaining({ kind: 'person', canonical: 'Tuija Marquardt', mentions: 2, aliases: ['Marquardt'] }));
  });
  it("links a company's short name to its full name", () => {
    const entities = entitiesOf('Varnholt Motor Corp. said it would recall 40,000 cars. Varnholt shares fell 3%.');
    expect(entities.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'Varnholt Motor Corp.', mentions: 2, aliases: ['Varnholt'] })]);
  });
  it('names an entity as running text writes it, not as a headline in capitals does', () => {
    const entities = entitiesOf('VARNHOLT IBX CORP SEES LOSS\n\nVarnholt IBX Corp said on Monday it expects a loss.');
    expect(entities.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'Varnholt IBX Corp', mentions: 2, aliases: ['VARNHOLT IBX CORP'] })]);
  });
  it('names a short firm whose capitals spell a word as running text writes it; an acronym keeps its capitals', () => {
    const shell = entitiesOf('SHELL PROFIT JUMPS\n\nShell said on Monday it expects a gain.');
    expect(shell.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'Shell', mentions: 2, aliases: ['SHELL'] })]);
    const nato = entitiesOf('NATO met in Brussels. Nato said it would hold a drill.');
    expect(nato.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'NATO', aliases: ['Nato'] })]);
  });
  it('keeps minor words small when only capitals name it', () => {
    const entities = entitiesOf('BUDGET GOES TO HOUSE OF COMMONS\n\nLONDON 1996-08-22\n\nThe budget was sent on.');
    expect(entities.filter((e) => e.kind === 'organization').map((e) => e.canonical)).toEqual(['House of Commons']);
  });
  it('keeps two people who share no name apart', () => {
    const entities = entitiesOf('Maria Lopez met Carlos Ruiz in Madrid.');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.canonical)).toEqual(['Maria Lopez', 'Carlos Ruiz']);
  });
});

/** Mentions laid out one after another, as the recognizer would hand them over. */
function grouped(mentions: Array<[EntityCandidate['kind'], string]>) {
  let text = '';
  const candidates: EntityCandidate[] = [];
  for (const [kind, name] of mentions) {
    const start = text.length;
    text += name;
    candidates.push({ kind, start, end: text.length, rule: 'test', name });
    text += '. ';
  }
  const ctx = { input: text, text, sentences: [] } as unknown as RecognizeContext;
  return groupEntities(candidates, ctx).entities.map((e) => `${e.kind}:${e.canonical}:${e.mentions}`);
}

describe('short forms', () => {
  it('prefers the one full name ending in the word over names merely containing it', () => {
    expect(grouped([['person', 'Lena Marsh'], ['person', 'Marsh Tolland'], ['person', 'Marsh']])).toEqual(['person:Lena Marsh:2', 'person:Marsh Tolland:1']);
  });
  it("links the words that open one company's full name, and no other name", () => {
    expect(grouped([['organization', 'Harlow Sachs Group Inc.'], ['organization', 'Harlow Sachs'], ['organization', 'Harlow']])).toEqual(['organization:Harlow Sachs Group Inc.:3']);
    expect(grouped([['organization', 'Nomura Securities'], ['organization', 'Nomura']])).toEqual(['organization:Nomura Securities:2']);
    expect(grouped([['organization', 'Lockheed Martin'], ['organization', 'Lockheed']])).toHaveLength(2);
    expect(grouped([['organization', 'Apex Bank Corp.'], ['organization', 'Apex Foods Inc.'], ['organization', 'Apex']])).toHaveLength(3);
    expect(grouped([['organization', 'Orion Inc.'], ['location', 'Orion']])).toHaveLength(2);
  });
  it('falls back to the one full name containing the word', () => {
    expect(grouped([['person', 'Lena Marsh'], ['person', 'Lena']])).toEqual(['person:Lena Marsh:2']);
  });
  it('links a compound surname to the one full name ending in it', () => {
    expect(grouped([['person', 'Lucia Ortega Blanco'], ['person', 'Ortega Blanco'], ['person', 'Blanco']])).toEqual(['person:Lucia Ortega Blanco:3']);
    expect(grouped([['person', 'Lucia Ortega Blanco'], ['person', 'Ana Ortega Blanco'], ['person', 'Ortega Blanco']])).toHaveLength(3);
    expect(grouped([['person', 'Lucia Ortega Blanco'], ['person', 'Pedro Blanco']])).toHaveLength(2);
  });
  it('leaves a surname alone when two full names end in it', () => {
    expect(grouped([['person', 'Lena Marsh'], ['person', 'Tom Marsh'], ['person', 'Marsh']])).toEqual(['person:Lena Marsh:1', 'person:Tom Marsh:1', 'person:Marsh:1']);
  });
  it('matches initials only within the kind, and only when one name has them', () => {
    expect(grouped([['organization', 'Grain Trade Board'], ['location', 'Great Tor Bay'], ['organization', 'GTB']])).toEqual([
      'organization:Grain Trade Board:2',
      'location:Great Tor Bay:1',
    ]);
    expect(grouped([['organization', 'Grain Trade Board'], ['organization', 'Global Tin Bank'], ['organization', 'GTB']])).toHaveLength(3);
  });
  it('takes initials only from words that open with a capital', () => {
    expect(grouped([['organization', 'eQuill UK'], ['organization', 'EU']])).toEqual(['organization:eQuill UK:1', 'organization:EU:1']);
  });
});

describe('grouping many distinct names', () => {
  const cpuMs = (run: () => void) => {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const syllables = ['ka', 'lo', 'mi', 'ra', 'tu', 'ne', 'so', 'vi', 'de', 'po'];
  const word = (i: number) => {
    let s = '';
    do {
      s += syllables[i % 10];
      i = Math.floor(i / 10);
    } while (i > 0);
    return s[0].toUpperCase() + s.slice(1);
  };
  const names = (n: number): Array<[EntityCandidate['kind'], string]> =>
    Array.from({ length: n }, (_, i): Array<[EntityCandidate['kind'], string]> => [
      ['person', `${word(i)} ${word(i + 7 * n)}`],
      ['person', word(i + 7 * n)],
      ['organization', `${word(i + 3 * n)} ${word(i + 4 * n)} Group`],
    ]).flat();

  it('takes time linear in the number of names, not quadratic', () => {
    grouped(names(200));
    const small = cpuMs(() => grouped(names(1500)));
    const large = cpuMs(() => grouped(names(6000)));
    // Quadratic time grows 16× for 4× the names; linear 4×, plus the noise of a loaded machine.
    expect(large / Math.max(small, 20)).toBeLessThan(10);
  });
});
