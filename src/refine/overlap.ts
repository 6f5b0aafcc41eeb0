import type { Candidate } from '../pipeline-types';
import type { Kind } from '../types';

const NUMERIC: ReadonlySet<Kind> = new Set(['money', 'percent']);
const NAMES: ReadonlySet<Kind> = new Set(['person', 'organization', 'location']);

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const contains = (outer: Candidate, inner: Candidate) => outer.start <= inner.start && inner.end <= outer.end;

const HOLIDAY_RULE = 'date/holiday';

/**
 * Within one kind, keeps the longer of overlapping candidates ("$5 million" over "$5"), the
 * earlier one on a tie. One sweep over candidates sorted by start: kept spans never overlap, so
 * a new candidate can only overlap the last one kept.
 */
export function removeOverlapsWithinKind(candidates: Candidate[]): Candidate[] {
  const lastByKind = new Map<Kind, number>();
  const kept: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    const at = lastByKind.get(c.kind);
    const last = at === undefined ? undefined : kept[at];
    if (last && overlaps(last, c)) {
      if (c.end - c.start > last.end - last.start) kept[at!] = c;
      continue;
    }
    lastByKind.set(c.kind, kept.length);
    kept.push(c);
  }
  return kept;
}

/**
 * The rate that closes a money span ("$2 million a day", "$40,000 a year") is also a TIMEX3 set,
 * as TimeML and MEANTIME mark it: the date keeps its place inside the amount.
 */
function isRateOf(date: Candidate, numeric: Candidate): boolean {
  return date.kind === 'date' && date.timexType === 'SET' && numeric.kind === 'money' && numeric.value.per !== undefined
    && numeric.start < date.start && date.end === numeric.end;
}

/**
 * Across kinds, a money or percent span wins over a date it overlaps ("$2014" and "2014 percent"
 * are not years), unless the date is the money's rate, and a date wholly inside a name is part of
 * that name ("Christmas Island", "the September 11 Commission"). A name wholly inside an amount
 * says which currency ("Hong Kong $ 3 million", "U.S. $ 5 million") and is part of the amount,
 * as news annotation nests no place in a MONEY span; one wholly inside a holiday is part of its
 * name ("Easter Monday", "St. Patrick's Day").
 */
export function removeCrossKindConflicts(candidates: Candidate[]): Candidate[] {
  const numeric = new SpanIndex(candidates.filter((c) => NUMERIC.has(c.kind)));
  const names = new SpanIndex(candidates.filter((c) => NAMES.has(c.kind)));
  const holidays = new SpanIndex(candidates.filter((c) => c.kind === 'date' && c.rule === HOLIDAY_RULE));
  return candidates.filter((c) => {
    if (NAMES.has(c.kind)) return !numeric.overlapping(c).some((n) => n.kind === 'money' && contains(n, c)) && !holidays.overlapping(c).some((h) => contains(h, c));
    if (c.kind !== 'date') return true;
    if (numeric.overlapping(c).some((n) => !isRateOf(c, n))) return false;
    return !names.overlapping(c).some((n) => n.start <= c.start && c.end <= n.end && n.end - n.start > c.end - c.start);
  });
}

/**
 * Spans sorted by start, for finding the ones that overlap a query. Candidate spans are short,
 * so scanning back from the query's end over at most the longest span's length finds them all.
 */
class SpanIndex {
  private readonly spans: Candidate[];
  private readonly maxLength: number;

  constructor(spans: Candidate[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.maxLength = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  overlapping(q: Candidate): Candidate[] {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < q.end) lo = mid + 1;
      else hi = mid;
    }
    const found: Candidate[] = [];
    for (let i = lo - 1; i >= 0 && this.spans[i].start > q.start - this.maxLength; i--) {
      if (overlaps(this.spans[i], q)) found.push(this.spans[i]);
    }
    return found;
  }
}
