import type { Candidate, EntityCandidate, PreparedText, RecognizeContext } from './pipeline-types';
import { RECOGNIZERS } from './recognize';
import { groupEntities } from './refine/coreference';
import { refineCandidates } from './refine';
import { detectReferenceDate, type ReferenceDate } from './resolve/reference-date';
import { SCHEMA_VERSION } from './schema-version';
import { prepareText } from './text/prepare';
import { sentenceAt } from './text/sentence-at';
import { ALL_KINDS, type EntityKind, type ExtractOptions, type ExtractionResult, type Fact, type Kind } from './types';

const ENTITY_KINDS: ReadonlySet<Kind> = new Set<EntityKind>(['person', 'organization', 'location']);

/**
 * The stages, in order: prepare the text (normalize, sentences), fix the reference date, run
 * the recognizers, refine the candidates, group entity mentions, then build sorted facts.
 */
export function runPipeline(input: string, options: ExtractOptions = {}): ExtractionResult {
  const prepared = prepareText(input);
  const reference = options.referenceDate
    ? { date: options.referenceDate, source: 'option' as const }
    : detectReferenceDate(prepared);
  return runPrepared(prepared, options, reference);
}

/**
 * The stages after the text stage, for a caller that prepares the text and fixes the reference
 * date itself: a large file run block by block keeps its own date for every block.
 */
export function runPrepared(prepared: PreparedText, options: ExtractOptions, reference: ReferenceDate): ExtractionResult {
  const input = prepared.input;
  const kinds = new Set<Kind>(options.kinds ?? ALL_KINDS);
  const ctx: RecognizeContext = {
    ...prepared,
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    kinds,
  };

  // Money and percent also run when only dates are asked for: they claim "$2014" and "2014%".
  const needed = new Set<Kind>(kinds);
  if (kinds.has('date')) needed.add('money').add('percent');
  const candidates: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) {
    // A loop, not push(...list): a 1 MB line of clock times yields more candidates than a call's arguments may hold.
    if (recognizer.kinds.some((k) => needed.has(k))) for (const c of recognizer.recognize(ctx)) candidates.push(c);
  }

  const refined = refineCandidates(candidates, ctx).filter((c) => kinds.has(c.kind));
  const entityCandidates = refined.filter((c): c is EntityCandidate => ENTITY_KINDS.has(c.kind));
  const grouped = groupEntities(entityCandidates, ctx);

  const facts: Fact[] = [];
  for (const c of refined) if (!ENTITY_KINDS.has(c.kind)) facts.push(toFact(c as Exclude<Candidate, EntityCandidate>, ctx));
  for (const g of grouped.mentions) {
    facts.push({
      kind: g.candidate.kind,
      text: input.slice(g.candidate.start, g.candidate.end),
      start: g.candidate.start,
      end: g.candidate.end,
      sentence: sentenceAt(ctx.sentences, g.candidate.start),
      rule: g.candidate.rule,
      value: g.canonical,
      entityId: g.entityId,
      canonical: g.canonical,
    });
  }
  facts.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));

  const counts: Partial<Record<Kind, number>> = {};
  for (const k of ALL_KINDS) if (kinds.has(k)) counts[k] = 0;
  for (const f of facts) counts[f.kind] = (counts[f.kind] ?? 0) + 1;

  return {
    schemaVersion: SCHEMA_VERSION,
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    length: input.length,
    counts,
    facts,
    entities: grouped.entities,
  };
}

/**
 * Puts `text` and `sentence` into a date, money or percent candidate, keeping its other fields
 * in order. Copied key by key: object rest and spread cost twice as much, per fact of a 1 MB
 * line of "$1".
 */
function toFact(c: Exclude<Candidate, EntityCandidate>, ctx: RecognizeContext): Fact {
  const fact: Record<string, unknown> = {
    kind: c.kind,
    text: ctx.input.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    sentence: sentenceAt(ctx.sentences, c.start),
    rule: c.rule,
  };
  for (const key in c) if (!(key in fact)) fact[key] = c[key as keyof typeof c];
  return fact as unknown as Fact;
}
