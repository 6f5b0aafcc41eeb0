import { formatDay, formatMonth, isValidDay, type Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * A plan the text says was replaced: "originally planned for", "first set for", "which had been
 * scheduled for". The date after it is the old one.
 */
const SUPERSEDED_PLAN = /\b(?:(?:originally|initially|first|previously)\s+|had\s+been\s+(?:(?:originally|initially|first|previously)\s+)?)(?:planned|scheduled|set|slated|due|expected)\s+(?:for|on|in)\s+$/i;
const PLAN_REACH = 48;

/**
 * The new date of a plan moved later ("was pushed back to June", "has been postponed until May",
 * "delayed to"), or earlier ("brought forward to"). "moved to" and "rescheduled for" tell no way.
 */
const MOVED_LATER = /\b(?:pushed\s+back|put\s+back|put\s+off|postponed|delayed|deferred)\s+(?:again\s+)?(?:to|until|till)\s+$/i;
const MOVED_EARLIER = /\b(?:brought|pulled|moved)\s+forward\s+to\s+$/i;
const MOVE_REACH = 40;

/** A month or day whose year the text did not write, and whose value has a year to move. */
function yearless(h: DateHit): boolean {
  return h.explicitYear === false && (h.grain === 'month' || (h.grain === 'day' && h.day !== undefined)) && /^\d{4}-\d\d(?:-\d\d)?$/.test(h.value);
}

/** `h` moved to `year`, or null where the day does not exist then (Feb. 29). */
function inYear(h: DateHit, year: number): DateHit | null {
  if (h.grain === 'month') return { ...h, value: formatMonth(year, Number(h.value.slice(5, 7))) };
  const { m, d } = h.day as Day;
  if (!isValidDay(year, m, d)) return null;
  const day = { y: year, m, d };
  return { ...h, value: formatDay(day), day };
}

/**
 * "The vote, originally planned for March, was pushed back to June" told in May: the old date of
 * a postponed plan lies before the new one (this March, not next), and before a plan brought
 * forward it lies after it. The reference's tense cannot tell which March: the plan was made
 * before the report and may name a date either side of it. The old date takes the year that
 * puts it within a year on the right side of the new date in the same sentence.
 */
export function settlePostponed(hits: DateHit[], text: string, sentenceOf: (offset: number) => number): DateHit[] {
  const out = hits.slice();
  for (let i = 0; i < out.length; i++) {
    const old = out[i];
    if (!yearless(old) || !SUPERSEDED_PLAN.test(text.slice(Math.max(0, old.start - PLAN_REACH), old.start))) continue;
    const sentence = sentenceOf(old.start);
    for (let j = i + 1; j < out.length && sentenceOf(out[j].start) === sentence; j++) {
      const moved = out[j];
      const lead = text.slice(Math.max(old.end, moved.start - MOVE_REACH), moved.start);
      const later = MOVED_LATER.test(lead);
      if (!later && !MOVED_EARLIER.test(lead)) continue;
      if (!/^\d{4}-\d\d/.test(moved.value) || moved.grain === 'quarter' || moved.grain === 'year') break;
      out[i] = settle(old, moved.value.slice(0, old.grain === 'month' ? 7 : 10), later) ?? old;
      break;
    }
  }
  return out;
}

/** `old` in the year that puts it before (`later`) or after the new date's value `moved`; in the same month it stays there. */
function settle(old: DateHit, moved: string, later: boolean): DateHit | null {
  const year = Number(moved.slice(0, 4));
  const key = (h: DateHit) => h.value.slice(0, moved.length);
  const same = inYear(old, year);
  if (!same) return null;
  if (later) return key(same) <= moved ? same : inYear(old, year - 1);
  return key(same) >= moved ? same : inYear(old, year + 1);
}
