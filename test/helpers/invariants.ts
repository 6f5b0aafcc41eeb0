import type { ExtractionResult } from '../../src/types';

/**
 * The invariants every result keeps, whatever the input: exact offsets, facts sorted by start,
 * no two facts of one kind overlapping, entity ids that resolve. Returns the broken ones.
 */
export function brokenInvariants(input: string, result: ExtractionResult): string[] {
  const broken: string[] = [];
  const entityIds = new Set(result.entities.map((e) => e.id));
  const lastEnd = new Map<string, number>();
  result.facts.forEach((f, i) => {
    if (input.slice(f.start, f.end) !== f.text) broken.push(`fact ${i}: text ${JSON.stringify(f.text)} is not input[${f.start}, ${f.end})`);
    if (i > 0 && result.facts[i - 1].start > f.start) broken.push(`fact ${i}: not sorted by start`);
    const prev = lastEnd.get(f.kind);
    if (prev !== undefined && f.start < prev) broken.push(`fact ${i}: overlaps an earlier ${f.kind}`);
    lastEnd.set(f.kind, Math.max(prev ?? 0, f.end));
    if ('entityId' in f && !entityIds.has(f.entityId)) broken.push(`fact ${i}: unknown entity ${f.entityId}`);
  });
  if (result.length !== input.length) broken.push(`length ${result.length} is not ${input.length}`);
  return broken;
}
