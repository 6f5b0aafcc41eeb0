import { extract } from '../../src';

const entitiesOf = (text: string) => extract(text, { referenceDate: '2024-02-16' }).entities;

describe('coreference within a document', () => {
  it('links a surname to the full name', () => {
    const entities = entitiesOf('Prime Minister Anna Kowalczyk visited Oslo. Kowalczyk said the trip went well.');
    expect(entities).toContainEqual(expect.objectContaining({ kind: 'person', canonical: 'Anna Kowalczyk', mentions: 2, aliases: ['Kowalczyk'] }));
  });
  it('links a defined acronym to its long form', () => {
    const entities = entitiesOf('The International Grain Council (IGC) met. Later the IGC cut its forecast.');
    const igc = entities.filter((e) => e.kind === 'organization');
    expect(igc).toEqual([expect.objectContaining({ canonical: 'International Grain Council', mentions: 3 })]);
  });
  it('links an acronym spelled by the initials of an earlier name', () => {
    const entities = entitiesOf('The World Health Organization warned of delays. WHO officials said more was needed.');
    expect(entities.filter((e) => e.kind === 'organization')).toEqual([expect.objectContaining({ canonical: 'World Health Organization', mentions: 2 })]);
  });
  it('links "the U.S." to "United States"', () => {
    const entities = entitiesOf('The United States objected. Diplomats said the U.S. would not sign.');
    expect(entities.filter((e) => e.kind === 'location')).toEqual([expect.objectContaining({ canonical: 'United States', mentions: 2, aliases: ['U.S.'] })]);
  });
  it('keeps two people who share no name apart', () => {
    const entities = entitiesOf('Maria Lopez met Carlos Ruiz in Madrid.');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.canonical)).toEqual(['Maria Lopez', 'Carlos Ruiz']);
  });
});
