import type { Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * Resolves the hits that count from another date, in text order: "the following day" from
 * the last day-level date before it, a clock time from a date in its own sentence ("09:11,
 * February 16, 2024"). Both fall back to the reference day. A period compared with another
 * ("the same period last year") takes the nearest earlier date of its sentence, and "the
 * quarter" the latest quarter named before it.
 */
/** A value on the calendar ("2010-02", "2009-Q3", "FY1990"), not a reference word or a duration. */
const CALENDAR_VALUE = /^(?:FY)?\d{4}(?:-|$)/;

export function resolveAnchors(hits: DateHit[], ref: Day | null, sentenceOf: (offset: number) => number): DateHit[] {
  const sentenceDays = new Map<number, Array<{ at: number; day: Day }>>();
  for (const h of hits) {
    if (!h.day || h.anchored) continue;
    const s = sentenceOf(h.start);
    const list = sentenceDays.get(s) ?? [];
    list.push({ at: h.start, day: h.day });
    sentenceDays.set(s, list);
  }
  let last: { at: number; day: Day } | null = null;
  let lastCoarse: { at: number; day: Day; grain: 'month' | 'year' } | null = null;
  let previous: { sentence: number; hit: DateHit } | null = null;
  const latestOfGrain = new Map<DateHit['grain'], DateHit>();
  return hits.map((h) => {
    let out = h;
    if (h.fromEarlier) {
      const { fromEarlier, ...rest } = h;
      out = { ...rest, value: fromEarlier.resolve(latestOfGrain.get(fromEarlier.grain) ?? null) };
    } else {
      const within = h.fromSentenceDate?.within ?? 0;
      const near = previous && sentenceOf(h.start) - previous.sentence <= within ? previous.hit : null;
      const fromSentence = h.fromSentenceDate?.resolve(near) ?? null;
      if (fromSentence !== null) {
        const { fromSentenceDate: _fromSentenceDate, anchored: _anchored, ...rest } = h;
        out = { ...rest, value: fromSentence };
      } else if (h.anchored) {
        const fromText = previousAnchor(h.grain, last, lastCoarse);
        const anchor = h.anchored.from === 'sentence' ? (nearest(sentenceDays.get(sentenceOf(h.start)), h.start) ?? last?.day ?? ref) : (fromText ?? ref);
        const resolved = h.anchored.resolve(anchor);
        const { anchored: _anchored, fromSentenceDate: _fromSentenceDate, ...rest } = h;
        out = { ...rest, value: resolved.value, ...(resolved.day ? { day: resolved.day } : {}) };
      } else if (h.fromSentenceDate) {
        const { fromSentenceDate: _fromSentenceDate, ...rest } = h;
        out = rest;
      }
    }
    if (out.day && out.grain === 'day') last = { at: out.start, day: out.day };
    else if (!h.anchored) lastCoarse = coarseDay(out) ?? lastCoarse;
    if (!h.anchored && !h.fromSentenceDate && out.grain !== 'other' && CALENDAR_VALUE.test(out.value)) {
      previous = { sentence: sentenceOf(out.start), hit: out };
      latestOfGrain.set(out.grain, out);
    }
    return out;
  });
}

/** The first day of a year or month named in the text ("in 1998" → 1998-01-01), for offsets of that grain. */
function coarseDay(h: DateHit): { at: number; day: Day; grain: 'month' | 'year' } | null {
  const m = COARSE_VALUE.exec(h.value);
  if (!m || (h.grain !== 'year' && h.grain !== 'month')) return null;
  return { at: h.start, day: { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: 1 }, grain: h.grain };
}

const COARSE_VALUE = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * The date an offset counts from: the last day named, or a later year or month when the
 * offset is that coarse ("passed in 1998 and amended a decade later" → 2008).
 */
function previousAnchor(grain: DateHit['grain'], last: { at: number; day: Day } | null, coarse: { at: number; day: Day; grain: 'month' | 'year' } | null): Day | null {
  const coarseFits = coarse && (grain === 'year' || grain === 'decade' || grain === 'century' || ((grain === 'month' || grain === 'quarter') && coarse.grain === 'month'));
  if (coarseFits && (!last || coarse.at > last.at)) return coarse.day;
  return last?.day ?? null;
}

function nearest(days: Array<{ at: number; day: Day }> | undefined, at: number): Day | null {
  if (!days?.length) return null;
  let best = days[0];
  for (const d of days) if (Math.abs(d.at - at) < Math.abs(best.at - at)) best = d;
  return best.day;
}
