import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../src';

const article = readFileSync(join(__dirname, '../../../fixtures/nato-2024-02-16.txt'), 'utf8');
const result = extract(article, { referenceDate: '2024-02-16' });
const entity = (kind: string, canonical: string) => result.entities.find((e) => e.kind === kind && e.canonical === canonical);

describe('the seed article\'s entities', () => {
  it('finds the people, with bare "Stoltenberg" grouped to Jens Stoltenberg', () => {
    expect(entity('person', 'Jens Stoltenberg')).toMatchObject({ mentions: 3, aliases: ['Stoltenberg'] });
    for (const name of ['Zhao Dingzhe', 'Peng Yukai', 'Liu Ning']) expect(entity('person', name)).toBeDefined();
    const people = result.facts.filter((f) => f.kind === 'person');
    expect(people.filter((f) => /[(/]/.test(f.text))).toEqual([]);
  });
  it('groups NATO with the North Atlantic Treaty Organization and finds Xinhua', () => {
    const nato = entity('organization', 'North Atlantic Treaty Organization');
    expect(nato).toBeDefined();
    const natoMentions = result.facts.filter((f) => f.kind === 'organization' && f.text === 'NATO');
    expect(natoMentions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(natoMentions.map((f) => f.kind === 'organization' && f.entityId))).toEqual(new Set([nato!.id]));
    expect(entity('organization', 'Xinhua')).toBeDefined();
    expect(result.facts.some((f) => f.kind === 'organization' && /Pledge/.test(f.text))).toBe(false);
  });
  it('finds the places, Brussels and Belgium apart', () => {
    for (const name of ['Brussels', 'Belgium', 'Ukraine', 'Europe', 'Canada', 'United States', 'North America', 'Russia']) {
      expect(entity('location', name)).toBeDefined();
    }
  });
});
