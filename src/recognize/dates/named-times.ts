import { addDays, compareDays, type Day } from '../../resolve/timex-calendar';
import type { DateHit, DateRule, DateScan } from './hit';
import { timeOfDayHit } from './times';

/** "noon", "midnight", "midday", "mid-day". */
const NAMED_TIME = /\b(noon|mid-?day|midnight)\b/gi;

/** "after midnight", "shortly past midnight": the preposition right before the word. */
const AFTER_BEFORE = /\b(?:after|past)\s+(?:about\s+|around\s+)?$/i;
const LEAD_REACH = 20;

/**
 * Midnight is the end of a day (T24:00, as TIMEX3 writes a deadline "at midnight on Friday"),
 * but "shortly after midnight" is the start of the next one (T00:00): "after midnight on Sunday"
 * is early Sunday. With no other day named, a midnight told in the past is the one that just
 * went by: "Police were called shortly after midnight" is early on the reference day, and "the
 * fire broke out just before midnight" the end of the day before it, where the reference day's
 * own midnight is still to come; a coming "after midnight" is early the next day.
 */
function midnightHit(start: number, end: number, rule: string, scan: DateScan): DateHit {
  const after = AFTER_BEFORE.test(scan.text.slice(Math.max(0, start - LEAD_REACH), start));
  const hit = timeOfDayHit(start, end, rule, after ? 'T00:00' : 'T24:00');
  const { ref } = scan;
  const anchored = hit.anchored;
  const past = scan.tense(start, end) === 'past';
  if (!ref || !anchored || (!past && !after)) return hit;
  const dayOf = (anchor: Day | null): Day | null => {
    if (!anchor || compareDays(anchor, ref) !== 0) return anchor;
    if (!past) return addDays(ref, 1);
    return after ? ref : addDays(ref, -1);
  };
  return { ...hit, anchored: { ...anchored, resolve: (anchor) => anchored.resolve(dayOf(anchor)) } };
}

const namedTime: DateRule = {
  id: 'date/time-named',
  pattern: NAMED_TIME,
  build(m, scan) {
    const end = m.index + m[0].length;
    return /midnight/i.test(m[1]) ? midnightHit(m.index, end, this.id, scan) : timeOfDayHit(m.index, end, this.id, 'T12:00');
  },
};

export const NAMED_TIME_RULES: readonly DateRule[] = [namedTime];
