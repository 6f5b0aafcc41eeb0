import { runPrepared } from './pipeline';
import { detectReferenceDate, type ReferenceDate } from './resolve/reference-date';
import { SCHEMA_VERSION } from './schema-version';
import { prepareText } from './text/prepare';
import { ALL_KINDS, type Entity, type ExtractOptions, type ExtractionResult, type Fact, type Kind } from './types';

export type BlockSummary = Omit<ExtractionResult, 'facts'>;

/**
 * Extracts from a document too large to hold whole, one block of paragraphs at a time (see
 * text/blocks.ts for where blocks are cut). Each block's facts come back at once, with offsets,
 * sentence numbers, entity ids and range ids of the whole document, so they can be written out
 * and forgotten; memory holds one block and the entity table.
 *
 * What stays document-wide: the reference date (found at the top, used for every block), entity
 * ids, mention counts and aliases, range numbering and the totals. What is per block: the
 * recognizers' own document-level cues, and grouping a short name with its long form
 * ("Stoltenberg" with "Jens Stoltenberg"); groups of one canonical name are then merged across
 * blocks.
 */
export class BlockExtractor {
  private offset = 0;
  private sentences = 0;
  private ranges = 0;
  private reference?: ReferenceDate;
  private readonly counts: Partial<Record<Kind, number>> = {};
  private readonly entityByName = new Map<string, Entity>();
  private readonly entities: Entity[] = [];

  constructor(private readonly options: ExtractOptions = {}) {
    const kinds = new Set(options.kinds ?? ALL_KINDS);
    for (const k of ALL_KINDS) if (kinds.has(k)) this.counts[k] = 0;
  }

  /** Runs the next block, which must follow the previous one and end at a block cut. */
  add(block: string): Fact[] {
    const prepared = prepareText(block);
    this.reference ??= this.options.referenceDate ? { date: this.options.referenceDate, source: 'option' } : detectReferenceDate(prepared);
    const result = runPrepared(prepared, this.options, this.reference);
    const entityIds = this.mergeEntities(result.entities);
    const rangeIds = new Map<string, string>();
    const facts = result.facts.map((f) => {
      const moved: Fact = { ...f, start: f.start + this.offset, end: f.end + this.offset, sentence: f.sentence + this.sentences };
      if ('entityId' in moved) moved.entityId = entityIds.get(moved.entityId)!;
      if ('range' in moved && moved.range) {
        let id = rangeIds.get(moved.range.id);
        if (!id) rangeIds.set(moved.range.id, (id = `r${++this.ranges}`));
        moved.range = { ...moved.range, id };
      }
      this.counts[f.kind] = (this.counts[f.kind] ?? 0) + 1;
      return moved;
    });
    this.offset += block.length;
    this.sentences += prepared.sentences.length;
    return facts;
  }

  /** Everything but the facts, once the last block is in. */
  finish(): BlockSummary {
    const reference = this.reference ?? { date: this.options.referenceDate ?? null, source: this.options.referenceDate ? 'option' : 'none' };
    return {
      schemaVersion: SCHEMA_VERSION,
      referenceDate: reference.date,
      referenceDateSource: reference.source,
      length: this.offset,
      counts: this.counts,
      entities: this.entities,
    };
  }

  /** Folds a block's entities into the document's, by kind and canonical name; returns block id → document id. */
  private mergeEntities(blockEntities: Entity[]): Map<string, string> {
    const ids = new Map<string, string>();
    for (const e of blockEntities) {
      const key = `${e.kind}\u0000${e.canonical}`;
      let doc = this.entityByName.get(key);
      if (!doc) {
        doc = { id: `e${this.entities.length + 1}`, kind: e.kind, canonical: e.canonical, aliases: [], mentions: 0 };
        this.entityByName.set(key, doc);
        this.entities.push(doc);
      }
      doc.mentions += e.mentions;
      for (const alias of e.aliases) if (!doc.aliases.includes(alias)) doc.aliases.push(alias);
      ids.set(e.id, doc.id);
    }
    return ids;
  }
}
