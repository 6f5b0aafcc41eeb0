import type { EntityCandidate, RecognizeContext } from '../pipeline-types';
import { acronymOf, isAcronymName, nameWords } from '../resolve/entities';
import type { Entity, EntityKind } from '../types';

export interface GroupedMention {
  candidate: EntityCandidate;
  entityId: string;
  canonical: string;
}

interface Group {
  kind: EntityKind;
  names: string[];
  members: EntityCandidate[];
  /** Merged into this group. */
  parent?: Group;
}

// "North Atlantic Treaty Organization (NATO)": an acronym in brackets right after a name defines it.
const DEFINED_ACRONYM = /^\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)/;

/**
 * Groups the mentions of one entity within a document under one id and canonical name:
 * mentions with the same name (places by their gazetteer name, so "the U.S." joins "United
 * States"), a surname with the full name ("Stoltenberg" → "Jens Stoltenberg"), and an acronym
 * with its long form, defined in brackets or spelled by the initials ("NATO").
 */
export function groupEntities(mentions: EntityCandidate[], ctx: RecognizeContext): { mentions: GroupedMention[]; entities: Entity[] } {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of ordered) {
    const key = `${m.kind}\u0000${normalKey(m.name)}`;
    let g = byKey.get(key);
    if (!g) {
      g = { kind: m.kind, names: [m.name], members: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.members.push(m);
  }
  linkDefinedAcronyms(ordered, byKey, ctx.text);
  for (const g of groups) if (!g.parent) linkShortForm(g, groups);

  const root = (g: Group): Group => (g.parent ? root(g.parent) : g);
  const entities: Entity[] = [];
  const entityOf = new Map<Group, Entity>();
  const grouped: GroupedMention[] = [];
  for (const m of ordered) {
    const g = root(byKey.get(`${m.kind}\u0000${normalKey(m.name)}`)!);
    let entity = entityOf.get(g);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, kind: g.kind, canonical: canonicalOf(g, groups, root), aliases: [], mentions: 0 };
      entityOf.set(g, entity);
      entities.push(entity);
    }
    entity.mentions++;
    const surface = ctx.input.slice(m.start, m.end).replace(/\s+/g, ' ');
    if (surface !== entity.canonical && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    grouped.push({ candidate: m, entityId: entity.id, canonical: entity.canonical });
  }
  return { mentions: grouped, entities };
}

const normalKey = (name: string) => name.toLowerCase().replace(/\./g, '');

/** "North Atlantic Treaty Organization (NATO)" joins the two names whatever their initials. */
function linkDefinedAcronyms(ordered: EntityCandidate[], byKey: Map<string, Group>, text: string): void {
  for (const m of ordered) {
    const defined = DEFINED_ACRONYM.exec(text.slice(m.end, m.end + 14));
    if (!defined || isAcronymName(m.name)) continue;
    const long = byKey.get(`${m.kind}\u0000${normalKey(m.name)}`)!;
    for (const kind of ['organization', 'location', 'person'] as const) {
      const short = byKey.get(`${kind}\u0000${normalKey(defined[1])}`);
      if (short && short !== long && !short.parent && kind === long.kind) short.parent = long;
    }
  }
}

/**
 * Joins a short name to the one longer name of its kind that it abbreviates: a person's
 * surname or given name, or an organization's or place's acronym.
 */
function linkShortForm(g: Group, groups: Group[]): void {
  const name = g.names[0];
  const words = nameWords(name);
  const candidates = groups.filter((o) => o !== g && o.kind === g.kind && !o.parent && nameWords(o.names[0]).length > words.length);
  let matches: Group[] = [];
  if (g.kind === 'person' && words.length === 1) {
    const last = candidates.filter((o) => nameWords(o.names[0]).at(-1)!.toLowerCase() === words[0].toLowerCase());
    matches = last.length ? last : candidates.filter((o) => nameWords(o.names[0]).some((w) => w.toLowerCase() === words[0].toLowerCase()));
  } else if (g.kind !== 'person' && isAcronymName(name)) {
    const letters = name.replace(/[^A-Za-z]/g, '').toUpperCase();
    matches = candidates.filter((o) => acronymOf(o.names[0]) === letters);
  }
  if (matches.length === 1) g.parent = matches[0];
}

/** A person or organization goes by its longest name, a place by its gazetteer name. */
function canonicalOf(g: Group, groups: Group[], root: (g: Group) => Group): string {
  if (g.kind === 'location') return g.names[0];
  let best = g.names[0];
  for (const o of groups) {
    if (root(o) !== g) continue;
    if (nameWords(o.names[0]).length > nameWords(best).length) best = o.names[0];
  }
  return best;
}
