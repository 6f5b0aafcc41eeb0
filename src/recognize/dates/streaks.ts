import { relativePeriod } from '../../resolve/timex';
import type { DateHit, DateRule } from './hit';
import { anchoredPeriod } from './relative';

/**
 * "for the third straight day", "the fifth consecutive month", "a second successive quarter":
 * the last of a run of periods, which is the one the story reports. A day or session is the
 * day the story is about (the last day named, else the reference day); a month or quarter the
 * latest one named that has ended, else the last one before the reference; a week or year the
 * reference's own.
 */
const STREAK = /\b(?:the|a)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s+(day|session|trading\s+day|week|month|quarter|year)\b/gi;

type StreakUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const streak: DateRule = {
  id: 'date/streak',
  pattern: STREAK,
  build(m, scan) {
    const noun = m[2].toLowerCase();
    const unit: StreakUnit = noun === 'session' || noun.endsWith('day') ? 'day' : (noun as StreakUnit);
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const, grain: unit };
    if (unit === 'day') return { ...base, value: '', anchored: anchoredPeriod('day', 0) };
    if (unit === 'week' || unit === 'year') return { ...base, value: relativePeriod(scan.ref, unit, 0) };
    const fallback = relativePeriod(scan.ref, unit, -1);
    const ended = (earlier: DateHit | null) => (earlier && scan.ref && earlier.value <= fallback ? earlier.value : fallback);
    return { ...base, value: fallback, fromEarlier: { grain: unit, resolve: ended } };
  },
};

export const STREAK_RULES: readonly DateRule[] = [streak];
