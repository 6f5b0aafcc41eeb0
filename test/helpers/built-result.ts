import type { DateFact, Entity, EntityKind, ExtractionResult, Fact, MoneyValue, PercentFact } from '../../src/types';
import { ALL_KINDS } from '../../src/types';
import { SCHEMA_VERSION } from '../../src/schema-version';

/** What a test says it wants found: the text as written, which occurrence, and the rest of the fact. */
export type FactSpec =
  | { kind: 'date'; text: string; nth?: number; value: string; timexType?: DateFact['timexType']; mod?: DateFact['mod'] }
  | { kind: 'money'; text: string; nth?: number; value: MoneyValue }
  | { kind: 'percent'; text: string; nth?: number; value: number; unit?: PercentFact['unit'] }
  | { kind: EntityKind; text: string; nth?: number; canonical: string };

/**
 * Builds an ExtractionResult for `input` by locating each spec's text, so that view tests do not
 * depend on what the recognizers find today. Offsets are real; entity grouping follows `canonical`.
 */
export function buildResult(input: string, specs: FactSpec[], extra: Partial<ExtractionResult> = {}): ExtractionResult {
  const entities = new Map<string, Entity>();
  const facts: Fact[] = specs.map((spec) => {
    const start = nthIndex(input, spec.text, spec.nth ?? 1);
    const base = { text: spec.text, start, end: start + spec.text.length, sentence: 0, rule: `${spec.kind}/test` };
    switch (spec.kind) {
      case 'date':
        return { ...base, kind: 'date', value: spec.value, timexType: spec.timexType ?? 'DATE', ...(spec.mod ? { mod: spec.mod } : {}) };
      case 'money':
        return { ...base, kind: 'money', value: spec.value };
      case 'percent':
        return { ...base, kind: 'percent', value: spec.value, unit: spec.unit ?? 'percent' };
      default: {
        const key = `${spec.kind}:${spec.canonical}`;
        let entity = entities.get(key);
        if (!entity) {
          entity = { id: `e${entities.size + 1}`, kind: spec.kind, canonical: spec.canonical, aliases: [], mentions: 0 };
          entities.set(key, entity);
        }
        entity.mentions++;
        if (spec.text !== spec.canonical && !entity.aliases.includes(spec.text)) entity.aliases.push(spec.text);
        return { ...base, kind: spec.kind, value: spec.canonical, entityId: entity.id, canonical: spec.canonical };
      }
    }
  });
  facts.sort((a, b) => a.start - b.start);
  const counts: ExtractionResult['counts'] = {};
  for (const k of ALL_KINDS) counts[k] = facts.filter((f) => f.kind === k).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: 'article.txt',
    referenceDate: '2024-02-16',
    referenceDateSource: 'header',
    length: input.length,
    counts,
    facts,
    entities: [...entities.values()],
    ...extra,
  };
}

function nthIndex(input: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = input.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth} times`);
  }
  return at;
}
