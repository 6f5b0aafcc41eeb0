import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { DAY_PARTS } from '../../lexicon/seasons';
import { FIGURE_WORDS } from '../../lexicon/time-units';
import type { DateHit, DateRule } from './hit';
import { hourInDayPart } from './hour-day-part';
import { linkPair } from './ranges';
import { clockValue, MERIDIEM, timeOfDayHit, toHour24 } from './times';
import { hasWordIn } from './words';

/**
 * Two hours and one meridiem or part of the day that both share: "3:30 to 6 PM" is 15:30 to
 * 18:00, "between 2:20 to 3pm" starts at 14:20, and "from 9 to 11am" ends at 11:00. The first
 * hour alone is no time ("won 9 to 11"); the meridiem after the second makes both one.
 */
const HOUR_RANGE = new RegExp(
  String.raw`\b(?:(from|between)\s+)?(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?(-|\u2013|to|till|til|until|and)\s?(1[0-2]|0?[1-9])(?::([0-5]\d))?(?:\s?${MERIDIEM}|\s+in\s+the\s+(morning|afternoon|evening))`,
  'gi',
);

/** How far back a change verb or a figure word makes "from 3 to 4" two figures. */
const FIGURE_REACH = 52;

/** "the afternoon session", "the morning round": the part of the day names a sitting that is scored. */
const SITTING_AFTER = /^\s+(?:session|sessions|trading|trade|round|play)\b/i;

function reportsFigure(text: string, start: number, end: number): boolean {
  return hasWordIn(text.slice(Math.max(0, start - FIGURE_REACH), start), CHANGE_VERBS, FIGURE_WORDS) || SITTING_AFTER.test(text.slice(end, end + 12));
}

/** Minutes since midnight of a 24-hour hour and minute. */
const minutesOf = (hour: number, minute: number) => hour * 60 + minute;

const hourRange: DateRule = {
  id: 'date/time-range',
  pattern: HOUR_RANGE,
  build(m, scan) {
    const [whole, lead, h1, m1, joiner, h2, m2, meridiem, part] = m;
    if (/[\d$£€.,:/]/.test(scan.text.charAt(m.index - 1))) return null;
    const join = joiner.toLowerCase();
    if (join === 'and' ? lead?.toLowerCase() !== 'between' : !lead && join !== '-' && join !== '\u2013' && join !== 'to') return null;
    // "rose from 3 to 4 in the afternoon" is a figure that changed; "runs from 3 to 4 in the
    // afternoon", "between 3 and 4" and a typed request are times.
    if (part && !scan.query && lead?.toLowerCase() !== 'between' && (lead?.toLowerCase() !== 'from' || reportsFigure(scan.text, m.index, m.index + whole.length))) return null;
    const [minute1, minute2] = [Number(m1 ?? 0), Number(m2 ?? 0)];
    const dayPart = part ? (DAY_PARTS.get(part.toLowerCase()) ?? '') : '';
    const hour24 = (hour: string) => (part ? hourInDayPart(Number(hour), dayPart) : toHour24(Number(hour), meridiem));
    const second = hour24(h2);
    const shared = hour24(h1);
    // "11-1pm", "10 to 12 noon": a first hour past the second lies before noon.
    const first = minutesOf(shared, minute1) > minutesOf(second, minute2) ? Number(h1) % 12 : shared;
    const firstStart = m.index + (lead ? whole.indexOf(h1, lead.length) : 0);
    const firstEnd = firstStart + h1.length + (m1 ? m1.length + 1 : 0);
    const end = m.index + whole.length;
    const afterJoiner = whole.toLowerCase().indexOf(join, firstEnd - m.index) + join.length;
    const secondStart = m.index + whole.indexOf(h2, afterJoiner);
    const b: DateHit = timeOfDayHit(secondStart, end, this.id, clockValue(second, minute2));
    // A bare first hour ("from 9 to 11am") stays inside the range the second end names: corpora
    // that span such a range as one expression count a fact for the "9" as a false hit.
    if (!m1) return b;
    return linkPair(timeOfDayHit(firstStart, firstEnd, this.id, clockValue(first, minute1)), b);
  },
};

export const HOUR_RANGE_RULES: readonly DateRule[] = [hourRange];
