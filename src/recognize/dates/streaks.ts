import { relativePeriod } from '../../resolve/timex';
import type { DateHit, DateRule, DateScan } from './hit';
import { anchoredPeriod } from './relative';
import { seasonValue } from './sport-seasons';

/**
 * "for the third straight day", "the fifth consecutive month", "a second successive quarter":
 * the last of a run of periods, which is the one the story reports. A day or session is the
 * day the story is about (the last day named, else the reference day); a month or quarter the
 * latest one named that has ended, else the last one before the reference; a week or year the
 * reference's own, and a season ("for a third straight season") the one in play. "for a third
 * day" and "for the fourth week in a row" are the same streak.
 */
const STREAK = /\b(?:the|a)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s+(day|session|trading\s+day|week|month|quarter|year|season)\b/gi;

/**
 * "for a third day", "for the fourth week in a row", "for a second month running", "into a fourth
 * week": a streak without "straight".
 */
const FOR_NTH = /\b(?:for|into)\s+((?:the|a)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(day|session|trading\s+day|week|month|quarter|year)\b(?:\s+(?:running|in\s+a\s+row)\b)?)(?!\s+(?:of|in|since|that|when|after|before)\b)/gi;

type StreakUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The unit a streak counts: "session" and "trading day" are days. A season of play is not one:
 * it is named by the year it opens in, as "this season" is (sport-seasons).
 */
export function streakUnit(noun: string): StreakUnit {
  const lower = noun.toLowerCase();
  return lower === 'session' || lower.endsWith('day') ? 'day' : (lower as StreakUnit);
}

/** The value of the last period of a run, as described above. */
export function streakHit(base: Omit<DateHit, 'value' | 'grain'>, unit: StreakUnit, scan: DateScan): DateHit {
  const hit = { ...base, grain: unit };
  if (unit === 'day') return { ...hit, value: '', anchored: anchoredPeriod('day', 0) };
  if (unit === 'week' || unit === 'year') return { ...hit, value: relativePeriod(scan.ref, unit, 0) };
  const fallback = relativePeriod(scan.ref, unit, -1);
  const ended = (earlier: DateHit | null) => (earlier && scan.ref && earlier.value <= fallback ? earlier.value : fallback);
  return { ...hit, value: fallback, fromEarlier: { grain: unit, resolve: ended } };
}

const streak: DateRule = {
  id: 'date/streak',
  pattern: STREAK,
  build(m, scan) {
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' } as const;
    if (m[2].toLowerCase() === 'season') return { ...base, value: seasonValue(scan, 0), grain: 'year' };
    return streakHit(base, streakUnit(m[2]), scan);
  },
};

const forNth: DateRule = {
  id: 'date/streak',
  pattern: FOR_NTH,
  build(m, scan) {
    const start = m.index + m[0].indexOf(m[1]);
    return streakHit({ start, end: start + m[1].length, rule: this.id, timexType: 'DATE' }, streakUnit(m[3]), scan);
  },
};

export const STREAK_RULES: readonly DateRule[] = [streak, forNth];
