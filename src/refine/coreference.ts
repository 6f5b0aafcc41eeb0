import type { EntityCandidate, RecognizeContext } from '../pipeline-types';
import type { Entity } from '../types';

export interface GroupedMention {
  candidate: EntityCandidate;
  entityId: string;
  canonical: string;
}

/** Groups mentions of one entity within a document under one id and canonical name. */
export function groupEntities(mentions: EntityCandidate[], _ctx: RecognizeContext): { mentions: GroupedMention[]; entities: Entity[] } {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  const grouped: GroupedMention[] = [];
  for (const m of ordered) {
    const key = `${m.kind}\u0000${m.name.toLowerCase()}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, kind: m.kind, canonical: m.name, aliases: [], mentions: 0 };
      byKey.set(key, entity);
      entities.push(entity);
    }
    entity.mentions++;
    grouped.push({ candidate: m, entityId: entity.id, canonical: entity.canonical });
  }
  return { mentions: grouped, entities };
}
