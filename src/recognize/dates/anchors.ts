import type { Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * Resolves the hits that count from another date, in text order: "the following day" from
 * the last day-level date before it, a clock time from a date in its own sentence ("09:11,
 * February 16, 2024"). Both fall back to the reference day. A period compared with another
 * ("the same period last year") takes the nearest earlier date of its sentence.
 */
/** A value on the calendar ("2010-02", "2009-Q3"), not a reference word or a duration. */
const CALENDAR_VALUE = /^\d{4}(?:-|$)/;

export function resolveAnchors(hits: DateHit[], ref: Day | null, sentenceOf: (offset: number) => number): DateHit[] {
  const sentenceDays = new Map<number, Array<{ at: number; day: Day }>>();
  for (const h of hits) {
    if (!h.day || h.anchored) continue;
    const s = sentenceOf(h.start);
    const list = sentenceDays.get(s) ?? [];
    list.push({ at: h.start, day: h.day });
    sentenceDays.set(s, list);
  }
  let last: Day | null = null;
  let previous: { sentence: number; hit: DateHit } | null = null;
  return hits.map((h) => {
    let out = h;
    if (h.fromSentenceDate) {
      const sentence = sentenceOf(h.start);
      const { fromSentenceDate: _fromSentenceDate, ...rest } = h;
      out = { ...rest, value: h.fromSentenceDate(previous?.sentence === sentence ? previous.hit : null) };
    } else if (h.anchored) {
      const anchor = h.anchored.from === 'sentence' ? (nearest(sentenceDays.get(sentenceOf(h.start)), h.start) ?? last ?? ref) : (last ?? ref);
      const resolved = h.anchored.resolve(anchor);
      const { anchored: _anchored, ...rest } = h;
      out = { ...rest, value: resolved.value, ...(resolved.day ? { day: resolved.day } : {}) };
    }
    if (out.day && out.grain === 'day') last = out.day;
    if (!h.anchored && !h.fromSentenceDate && out.grain !== 'other' && CALENDAR_VALUE.test(out.value)) previous = { sentence: sentenceOf(out.start), hit: out };
    return out;
  });
}

function nearest(days: Array<{ at: number; day: Day }> | undefined, at: number): Day | null {
  if (!days?.length) return null;
  let best = days[0];
  for (const d of days) if (Math.abs(d.at - at) < Math.abs(best.at - at)) best = d;
  return best.day;
}
