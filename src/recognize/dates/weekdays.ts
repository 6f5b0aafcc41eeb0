import { NEWSPAPER_NAMES } from '../../lexicon/org-words';
import { DAY_PARTS } from '../../lexicon/seasons';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { addDays, type Day, formatDay, formatWeek, isoWeekday } from '../../resolve/timex-calendar';
import { weekdayDay, type WeekdayDirection } from '../../resolve/timex';
import { COUNT_OR_ARTICLE, DAY_PART, WEEKDAY_FULL } from './fragments';
import type { DateRule, DateScan } from './hit';
import { hasWordIn, isCapitalized, wordAfter, wordBefore } from './words';
import { UNPLANNED_EVENT_NOUNS } from '../../lexicon/unplanned-events';

/**
 * "Thursday", "last Friday", "next Monday", "this past Wednesday", "the following Friday", "Monday
 * morning", and the British "Monday next" (the coming Monday) and "Monday week" (the one after).
 */
const WEEKDAY_PHRASE = new RegExp(
  String.raw`\b(?:(this\s+past|this\s+coming|this|last|next|coming|past|(?:the\s+)?previous|(?:the\s+)?following|upcoming)\s+)?${WEEKDAY_FULL}\b(?:\s+${DAY_PART}|\s+(next|week)\b(?!\s+(?:to|door|week|weekend|month|year|time)\b|[-']))?`,
  'gi',
);

const MODIFIER_DIRECTION: ReadonlyMap<string, WeekdayDirection> = new Map([
  ['this past', 'before'], ['last', 'last'], ['past', 'before'], ['previous', 'last'],
  ['this coming', 'after'], ['next', 'next'], ['coming', 'after'], ['following', 'next'], ['upcoming', 'after'],
  ['this', 'this-week'],
]);

/**
 * "the next Tuesday", "the following Friday" count from a day the story tells of, not from
 * the writer's today, so yesterday and tomorrow are not excluded: the nearest such day.
 */
const TOLD_DIRECTION: Partial<Record<WeekdayDirection, WeekdayDirection>> = { last: 'before', next: 'after' };

/** The modifier and its "the" tell a day of the story: "the following Friday", "the previous Monday". */
function isToldModifier(modifier: string, text: string, start: number): boolean {
  return modifier.toLowerCase().startsWith('the') || wordBefore(text, start) === 'the';
}

function modifierDirection(modifier: string, text: string, start: number): WeekdayDirection {
  const direction = MODIFIER_DIRECTION.get(modifier.toLowerCase().split(/\s+/).filter((w) => w !== 'the').join(' '))!;
  return isToldModifier(modifier, text, start) ? (TOLD_DIRECTION[direction] ?? direction) : direction;
}

/** "the Mail on Sunday", "the Independent on Sunday": a newspaper's name before "on". */
const NEWSPAPER_ON = /\b([A-Z][a-z]+)\s+on\s+$/;

/**
 * "the Sunday Times", "the Mail on Sunday": a weekday inside a newspaper's name is no date. Without
 * "the" the name must end there: in "said on Sunday Post Office staff" the capital runs on.
 */
function namesNewspaper(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end);
  if (isCapitalized(next) && NEWSPAPER_NAMES.has(next.toLowerCase())) {
    const afterName = text.indexOf(next, end) + next.length;
    return wordBefore(text, start) === 'the' || !isCapitalized(wordAfter(text, afterName));
  }
  const on = NEWSPAPER_ON.exec(text.slice(Math.max(0, start - 20), start));
  return on !== null && NEWSPAPER_NAMES.has(on[1].toLowerCase());
}

/** "the crash came on a Monday": some Monday, not this week's ("at a Wednesday media event" is that week's). */
const ON_SOME_WEEKDAY = /\bon\s+a\s+$/i;

/**
 * "this Monday" is the current week's, unless that day has passed and the clause looks ahead
 * ("I will see you this Monday" told on a Friday is the coming one).
 */
function thisWeekDirection(scan: DateScan, weekday: number, start: number, end: number): WeekdayDirection {
  if (!scan.ref || weekday >= isoWeekday(scan.ref)) return 'this-week';
  const tense = scan.tense(start, end);
  return tense === 'future' || (scan.query && tense !== 'past') ? 'after' : 'this-week';
}

/** How far after a weekday's "'s" the event it owns may be named: "Friday's magnitude 9.0 earthquake". */
const OWNED_EVENT_REACH = 40;

/** "after Friday's earthquake", "will investigate Sunday's bombing": the day of an event no one schedules. */
function ownsUnplannedEvent(text: string, end: number): boolean {
  if ((text[end] !== "'" && text[end] !== '’') || text[end + 1] !== 's') return false;
  const after = text.slice(end + 2, end + 2 + OWNED_EVENT_REACH);
  const stop = [', ', '; ', '. '].map((mark) => after.indexOf(mark)).filter((at) => at >= 0);
  return hasWordIn(stop.length ? after.slice(0, Math.min(...stop)) : after, UNPLANNED_EVENT_NOUNS);
}

// "a week from Tuesday", "ten days from Friday": a count of days or weeks reckoned from the weekday.
const COUNTED_FROM = new RegExp(String.raw`\b${COUNT_OR_ARTICLE}\s+(?:days?|weeks?)\s+from\s+$`, 'i');
const COUNTED_FROM_REACH = 40;

/**
 * A query names today by "today": a bare "tuesday" asked on a Tuesday is the next one.
 */
function bareDirection(scan: DateScan, start: number, end: number): WeekdayDirection {
  // "protests have gone on since Thursday", told on a Thursday: a stretch that began before today.
  if (wordBefore(scan.text, start) === 'since') return 'before';
  // "the vote is a week from Tuesday": a count reckoned from a weekday looks ahead, unless the
  // clause is told in the past ("the vote was a week from Tuesday").
  if (COUNTED_FROM.test(scan.text.slice(Math.max(0, start - COUNTED_FROM_REACH), start)) && scan.tense(start, end) !== 'past') return 'future';
  if (ownsUnplannedEvent(scan.text, end) || scan.tense(start, end) !== 'future') return 'past';
  // "the rules were due to take effect on Monday", told on a Tuesday: the Monday just past.
  if (scan.standingFixture(start, end)) return 'fixture';
  return scan.query ? 'after' : 'future';
}

/**
 * A weekday without a modifier takes the tense around it: "said Thursday" is the last
 * Thursday on or before the article's date, "will meet Thursday" the next one. News defaults
 * to the past, a query to the future.
 */
const weekday: DateRule = {
  id: 'date/weekday',
  pattern: WEEKDAY_PHRASE,
  build(m, scan) {
    const [whole, modifier, dayWord, part, tail] = m;
    // "next Monday week" is read as "next Monday": the tail counts only after a bare weekday.
    const british = modifier ? undefined : tail;
    const start = m.index;
    const end = start + (tail && !british ? whole.slice(0, -tail.length).trimEnd().length : whole.length);
    if (!modifier && !part && namesNewspaper(scan.text, start, end)) return null;
    const iso = WEEKDAYS.get(dayWord.toLowerCase())!;
    const partCode = part ? DAY_PARTS.get(part.toLowerCase()) : undefined;
    const suffix = partCode ? `T${partCode}` : '';
    const rule = modifier ? 'date/weekday-relative' : 'date/weekday';
    const timexType = partCode ? 'TIME' : 'DATE';
    if (!scan.ref || (!modifier && ON_SOME_WEEKDAY.test(scan.text.slice(Math.max(0, start - 8), start)))) return { start, end, rule, value: `XXXX-WXX-${iso}${suffix}`, timexType, grain: 'day' };
    const direction = british ? 'after' : modifier ? modifierDirection(modifier, scan.text, start) : bareDirection(scan, start, end);
    if (modifier && isToldModifier(modifier, scan.text, start)) {
      // "ran aground on March 23 … by the following Monday": counted from the day the story last named.
      const resolve = (anchor: Day | null) => {
        const day = weekdayDay(anchor ?? scan.ref!, iso, direction);
        return { value: formatDay(day) + suffix, day };
      };
      return { start, end, rule, value: '', timexType, grain: partCode ? 'time' : 'day', anchored: { from: 'previous', resolve } };
    }
    const settled = direction === 'this-week' ? thisWeekDirection(scan, iso, start, end) : direction;
    const day = british?.toLowerCase() === 'week' ? addDays(weekdayDay(scan.ref, iso, settled), 7) : weekdayDay(scan.ref, iso, settled);
    return { start, end, rule, value: formatDay(day) + suffix, timexType, grain: partCode ? 'time' : 'day', day };
  },
};

/** "midweek", "mid-week": the middle of a week, not "a midweek flight" (some week's). */
const MIDWEEK = /\bmid-?week\b(?!-)/gi;
const WEDNESDAY = 3;

/**
 * "Stocks slid midweek" is the middle of the week whose Wednesday the tense points to, as a bare
 * "Wednesday" would be: this week's in a Friday report, last week's in a Monday one, and next
 * week's for "is expected to arrive midweek" told on a Thursday.
 */
const midweek: DateRule = {
  id: 'date/midweek',
  pattern: MIDWEEK,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    if (!scan.ref || wordBefore(scan.text, start) === 'a') return null;
    const wednesday = weekdayDay(scan.ref, WEDNESDAY, bareDirection(scan, start, end));
    return { start, end, rule: this.id, value: formatWeek(wednesday), timexType: 'DATE', grain: 'week', mod: 'MID' };
  },
};

export const WEEKDAY_RULES: readonly DateRule[] = [weekday, midweek];
