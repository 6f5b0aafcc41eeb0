import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src';
import type { DateFact, EntityFact, ExtractionResult, Fact, MoneyFact, PercentFact } from '../../src/types';
import { FIXTURES_DIR } from '../helpers/fixtures';

/** The facts the seed article must yield, as the first issue lists them. */
const text = fs.readFileSync(path.join(FIXTURES_DIR, 'nato-2024-02-16.txt'), 'utf8');
let result: ExtractionResult;
beforeAll(() => {
  result = extract(text);
});

const ofKind = <T extends Fact>(kind: T['kind']) => result.facts.filter((f): f is T => f.kind === kind);
const entityNamed = (kind: EntityFact['kind'], canonical: string) => result.entities.find((e) => e.kind === kind && e.canonical === canonical);
const mentionsOf = (id: string | undefined) => ofKind<EntityFact>('person').concat(ofKind('organization'), ofKind('location')).filter((f) => f.entityId === id);

it('takes its reference date from the header', () => {
  expect(result.referenceDate).toBe('2024-02-16');
  expect(result.referenceDateSource).toBe('header');
});

describe('money', () => {
  it('is exactly the five amounts, in US dollars', () => {
    // Qualifiers ("more than", "around") may open the span, as OntoNotes annotates them.
    expect(ofKind<MoneyFact>('money').map((f) => [f.text.replace(/^(more than|around|over) /, ''), f.value.amount, f.value.currency])).toEqual([
      ['380 billion U.S. dollars', 380e9, 'USD'],
      ['600 billion dollars', 600e9, 'USD'],
      ['10 billion dollars', 10e9, 'USD'],
      ['75 billion dollars', 75e9, 'USD'],
      ['100 billion dollars', 100e9, 'USD'],
    ]);
  });

  it('marks the bare "dollars" as assumed and the "U.S. dollars" as stated', () => {
    const money = ofKind<MoneyFact>('money');
    expect(money[0].value.currencyAssumed).not.toBe(true);
    expect(money.slice(1).every((f) => f.value.currencyAssumed === true)).toBe(true);
  });
});

it('finds "2 percent" as the only percentage', () => {
  expect(ofKind<PercentFact>('percent').map((f) => [f.text, f.value, f.unit])).toEqual([['2 percent', 2, 'percent']]);
});

describe('dates', () => {
  const dates = () => ofKind<DateFact>('date');
  const valuesOf = (t: string) => dates().filter((f) => f.text === t).map((f) => f.value);

  it('resolves "Thursday" to the day before the story', () => {
    expect(valuesOf('Thursday')).toEqual(['2024-02-15', '2024-02-15']);
  });

  it('reads the explicit dates', () => {
    expect(valuesOf('Feb. 15, 2024')).toEqual(['2024-02-15']);
    expect(valuesOf('1949')).toEqual(['1949']);
    expect(valuesOf('2014')).toEqual(['2014', '2014']);
  });

  it('resolves "this year" to 2024', () => {
    expect(dates().filter((f) => /^this year$/i.test(f.text)).map((f) => f.value)).toEqual(['2024', '2024']);
  });

  it('reads "the past few months" as a duration', () => {
    const f = dates().find((d) => d.text.includes('past few months'));
    expect(f).toMatchObject({ timexType: 'DURATION', value: 'PXM' });
  });

  it('takes no number of troops, money or percent for a date', () => {
    for (const d of dates()) expect(d.text).not.toMatch(/billion|percent|member/);
  });
});

describe('people', () => {
  it('groups the bare "Stoltenberg" mentions under Jens Stoltenberg', () => {
    const jens = entityNamed('person', 'Jens Stoltenberg');
    expect(jens).toBeDefined();
    expect(mentionsOf(jens?.id).map((f) => f.text)).toEqual(['Jens Stoltenberg', 'Stoltenberg', 'Stoltenberg']);
  });

  it.each(['Zhao Dingzhe', 'Peng Yukai', 'Liu Ning'])('finds %s', (name) => {
    expect(entityNamed('person', name)).toBeDefined();
  });

  it('keeps brackets, slashes and titles out of spans', () => {
    for (const f of ofKind<EntityFact>('person')) expect(f.text).not.toMatch(/[()/]|Secretary|General/);
  });
});

describe('organizations', () => {
  it('finds NATO in at least 8 of its 11 mentions, with the long form grouped to it', () => {
    const nato = ofKind<EntityFact>('organization').filter((f) => f.text === 'NATO');
    expect(nato.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(nato.map((f) => f.entityId));
    expect(ids.size).toBe(1);
    const long = ofKind<EntityFact>('organization').filter((f) => f.text === 'North Atlantic Treaty Organization');
    expect(long.length).toBeGreaterThan(0);
    for (const f of long) expect(ids.has(f.entityId)).toBe(true);
  });

  it('finds Xinhua', () => {
    expect(ofKind<EntityFact>('organization').some((f) => f.text === 'Xinhua')).toBe(true);
  });

  it('does not take the Defence Investment Pledge for an organization', () => {
    expect(ofKind<EntityFact>('organization').some((f) => /Pledge/.test(f.text))).toBe(false);
  });
});

describe('locations', () => {
  it.each(['Brussels', 'Belgium', 'Ukraine', 'Europe', 'Canada', 'United States', 'North America', 'Russia'])('finds %s', (name) => {
    expect(ofKind<EntityFact>('location').some((f) => f.text === name || f.text === `the ${name}`)).toBe(true);
  });

  it('splits "Brussels, Belgium" into two places', () => {
    const both = ofKind<EntityFact>('location').filter((f) => f.text === 'Brussels' || f.text === 'Belgium');
    expect(new Set(both.map((f) => f.entityId)).size).toBe(2);
  });
});
