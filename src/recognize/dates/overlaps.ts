import type { DateHit } from './hit';

/**
 * Keeps the longest of overlapping hits ("Thursday, Feb. 15, 2024" over "Thursday"), and on
 * equal spans the one with the higher priority. One sweep over hits sorted by start: kept
 * hits never overlap, so a new hit can only overlap the last one kept.
 */
export function keepLongestHits(hits: DateHit[]): DateHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end || (b.priority ?? 0) - (a.priority ?? 0));
  const kept: DateHit[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      const longer = h.end - h.start > last.end - last.start;
      const samePriorityTie = h.end - h.start === last.end - last.start && (h.priority ?? 0) > (last.priority ?? 0);
      if (longer || samePriorityTie) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return dropBrokenRanges(kept);
}

/** A range endpoint whose partner lost an overlap is a plain date. */
function dropBrokenRanges(hits: DateHit[]): DateHit[] {
  const count = new Map<string, number>();
  for (const h of hits) if (h.range) count.set(h.range.id, (count.get(h.range.id) ?? 0) + 1);
  return hits.map((h) => {
    if (!h.range || count.get(h.range.id) === 2) return h;
    const { range: _range, ...rest } = h;
    return rest;
  });
}
