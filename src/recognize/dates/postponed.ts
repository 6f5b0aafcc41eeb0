import { formatDay, formatMonth, isValidDay, type Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * A plan the text says was replaced: "originally planned for", "first set for", "which had been
 * scheduled for", "was due to open in". The date after it is the old one.
 */
const SUPERSEDED_PLAN =
  /\b(?:(?:originally|initially|first|previously)\s+|had\s+been\s+(?:(?:originally|initially|first|previously)\s+)?)(?:planned|scheduled|set|slated|due|expected)\s+(?:for|on|in)\s+$|\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first)\s+)?(?:due|set|scheduled|slated|planned)\s+to\s+[a-z]+(?:\s+(?:place|effect|off|up|out))?\s+(?:in|on)\s+$/i;
const PLAN_REACH = 56;

/**
 * The new date of a plan moved later ("was pushed back to June", "has been postponed until May",
 * "delayed to"), or earlier ("brought forward to"). "will now open in", "moved to" and
 * "rescheduled for" tell no way.
 */
const MOVED_LATER = /\b(?:pushed\s+back|put\s+back|put\s+off|postponed|delayed|deferred)\s+(?:again\s+)?(?:to|until|till)\s+$/i;
const MOVED_EARLIER = /\b(?:brought|pulled|moved)\s+forward\s+to\s+$/i;
const MOVED_SOMEWHERE = /\b(?:now\s+(?:[a-z]+\s+){0,3}?(?:in|on|for)|(?:moved|rescheduled|switched|changed)\s+(?:to|for))\s+$/i;
const MOVE_REACH = 40;

type Way = 'later' | 'earlier' | 'either';

function wayMoved(lead: string): Way | null {
  if (MOVED_LATER.test(lead)) return 'later';
  if (MOVED_EARLIER.test(lead)) return 'earlier';
  return MOVED_SOMEWHERE.test(lead) ? 'either' : null;
}

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
 * forward it lies after it; where the text tells no way ("was due to open in March but will now
 * open in September") it is the one nearest the new date, the earlier on a tie, as plans slip
 * more often than they advance. The reference's tense cannot tell which March: the plan was made
 * before the report and may name a date either side of it. Only a new date in the same sentence
 * moves the old one.
 */
export function settlePostponed(hits: DateHit[], text: string, sentenceOf: (offset: number) => number): DateHit[] {
  const out = hits.slice();
  for (let i = 0; i < out.length; i++) {
    const old = out[i];
    if (!yearless(old) || !SUPERSEDED_PLAN.test(text.slice(Math.max(0, old.start - PLAN_REACH), old.start))) continue;
    const sentence = sentenceOf(old.start);
    for (let j = i + 1; j < out.length && sentenceOf(out[j].start) === sentence; j++) {
      const moved = out[j];
      const way = wayMoved(text.slice(Math.max(old.end, moved.start - MOVE_REACH), moved.start));
      if (!way) continue;
      if (!/^\d{4}-\d\d/.test(moved.value) || moved.grain === 'quarter' || moved.grain === 'year') break;
      out[i] = settle(old, moved.value.slice(0, 7), way) ?? old;
      break;
    }
  }
  return out;
}

/** Months from the first of two "YYYY-MM" values to the second. */
function monthsBetween(a: string, b: string): number {
  return 12 * (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/**
 * `old` in the year that puts its month before (`later`), after (`earlier`) or nearest (`either`)
 * the new date's month `moved`; in the same month it stays there.
 */
function settle(old: DateHit, moved: string, way: Way): DateHit | null {
  const year = Number(moved.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => inYear(old, y)).filter((h): h is DateHit => h !== null);
  const fits = candidates.filter((h) => {
    const gap = monthsBetween(h.value.slice(0, 7), moved);
    return way === 'later' ? gap >= 0 && gap < 12 : way === 'earlier' ? gap <= 0 && gap > -12 : Math.abs(gap) <= 6;
  });
  // Nearest first; on a tie the earlier, which comes first.
  fits.sort((a, b) => Math.abs(monthsBetween(a.value.slice(0, 7), moved)) - Math.abs(monthsBetween(b.value.slice(0, 7), moved)));
  return fits[0] ?? null;
}
