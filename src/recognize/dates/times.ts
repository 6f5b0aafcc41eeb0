import { formatDay, pad2 } from '../../resolve/timex-calendar';
import { HOUR_WORDS, WORDS_AFTER_BARE_HOUR } from '../../lexicon/time-units';
import { TIME_ZONE_ABBREVIATIONS } from '../../lexicon/time-zones';
import { HOUR_WORD } from './fragments';
import type { DateHit, DateRule } from './hit';
import { isCapitalized, wordAfter, wordBefore } from './words';

/** "a.m.", "pm", "p m", and "p . m ." as tokenized text spaces it. */
export const MERIDIEM = String.raw`(a\.m\.?|p\.m\.?|am\b|pm\b|a\.?\s?m\b\.?|p\.?\s?m\b\.?|[ap]\s\.\s?m\b(?:\s\.)?)`;
/** "a.m.", "pm": the unspaced forms, after an hour that needs no more to be one ("3 oclock pm", "3ish pm"). */
export const PLAIN_MERIDIEM = String.raw`(a\.m\.?|p\.m\.?|am\b|pm\b)`;
// The space inside "( GMT" is matched only after the bracket: "\s*\(?\s*" would split a run of
// spaces in n ways, which made "6:50" followed by 200 KB of spaces take minutes. A zone is a
// whole word: "9 am estimated" has none.
export const ZONE = String.raw`(?:\s*(?:\(\s*)?(${TIME_ZONE_ABBREVIATIONS.join('|')}|Z)\b(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?:\s*\))?)`;

/** "09:11", "15:30 GMT", "6:40 p.m. (GMT +8)", "08:30 UTC", and a calendar's "3:15p". */
const CLOCK = new RegExp(String.raw`\b([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?!\d|:\d)(?:\s*${MERIDIEM}|([ap])(?![\w'-]))?${ZONE}?`, 'gi');

/** "3 p.m.", "6.30pm", "11 am", and minutes glued to the hour: "1140 a.m.", "930pm". */
const HOUR_MERIDIEM = new RegExp(String.raw`\b(1[0-2]|0?[1-9])(?:\.?([0-5]\d))?[\s.]?${MERIDIEM}${ZONE}?`, 'gi');

/** "seven p.m.", "eleven pm", "at three am": a bare "am" after a word is too often the verb ("one am I") without "at" before it. */
const HOUR_WORD_MERIDIEM = new RegExp(String.raw`\b(${HOUR_WORD})\s?(a\.m\.?|p\.m\.?|pm\b|am\b|[ap]\s\.\s?m\b(?:\s\.)?)${ZONE}?`, 'gi');

/** Words after which "three am" is a time. */
const BARE_AM_LEADS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'around', 'about', 'before', 'after', 'from', 'since']);

/** "noonish", "11ish", "eleven-ish", "3ish pm": an approximate hour (mod APPROX). */
const APPROXIMATE_HOUR = new RegExp(String.raw`\b(noon|midday|midnight|1[0-2]|0?[1-9]|${HOUR_WORD})-?ish\b(?:\s?${PLAIN_MERIDIEM})?`, 'gi');

/** "0800 GMT", "1600 hrs". */
const MILITARY = new RegExp(String.raw`\b([01]\d|2[0-3])([0-5]\d)(?:\s*(hrs|hours)\b|${ZONE})`, 'g');


/** "nine o'clock", "9 oclock", "3 oclock pm". */
const OCLOCK = new RegExp(String.raw`\b(1[0-2]|0?[1-9]|${HOUR_WORD})\s+o'?clock\b(?:\s?${PLAIN_MERIDIEM})?`, 'gi');

/**
 * A time of day ("T15:00", "TMO") takes its day from a date in the same sentence, or the last one
 * before, or the reference day.
 */
export function timeOfDayHit(start: number, end: number, rule: string, time: string): DateHit {
  return {
    start,
    end,
    rule,
    value: `XXXX-XX-XX${time}`,
    timexType: 'TIME',
    grain: 'time',
    anchored: { from: 'sentence', resolve: (anchor) => ({ value: anchor ? formatDay(anchor) + time : `XXXX-XX-XX${time}` }) },
  };
}

/** The TIMEX3 clock of a time of day: "T15:30", "T19:56:30", "T08:00Z" (GMT and UTC only). */
export function clockValue(hour: number, minute: number, second?: number, zone?: string): string {
  const z = zone && UTC_ZONE.test(zone) ? 'Z' : '';
  return `T${pad2(hour)}:${pad2(minute)}${second === undefined ? '' : `:${pad2(second)}`}${z}`;
}

const UTC_ZONE = /^(GMT|UTC|Z)$/i;

/**
 * Where a time ends: its match without trailing space, and without a zone's closing bracket the
 * match did not open. "6:40 p.m. (GMT +8)" keeps its bracket; "at 9 a.m. (1400 GMT) on Monday"
 * gives "1400 GMT", whose bracket opened before the time.
 */
function timeEnd(start: number, whole: string): number {
  const trimmed = whole.trimEnd();
  if (!trimmed.endsWith(')') || trimmed.includes('(')) return start + trimmed.length;
  return start + trimmed.slice(0, -1).trimEnd().length;
}

function timeHit(start: number, end: number, rule: string, hour: number, minute: number, zone: string | undefined, second?: number): DateHit {
  return timeOfDayHit(start, end, rule, clockValue(hour, minute, second, zone));
}

/** The hour of a digit or word ("7", "seven"), 1–12. */
export function hourOf(text: string): number {
  return HOUR_WORDS.get(text.toLowerCase()) ?? Number(text);
}

/**
 * An hour written without "o'clock" or "p.m." is a time only where the words after it let it
 * be one: "at 7 on Friday", but not "at 7 venues" or "a quarter to 5 percent".
 */
export function bareHourEnds(text: string, end: number): boolean {
  if (/^\s?%/.test(text.slice(end, end + 2))) return false;
  const next = wordAfter(text, end);
  return isCapitalized(next) || WORDS_AFTER_BARE_HOUR.has(next.toLowerCase());
}

export function toHour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^p/i.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/**
 * Words that put a time with seconds on the clock ("at 4:12:33", "until 10:00:05", "between
 * 9:59:58 and 10:00:02"). Without one, and without "p.m." or a zone, hours, minutes and seconds
 * are how long something took: a results line ("1. Ana Folau (Tonga) Team 4:12:33") or "won in
 * 2:08:33" names no time of day. After a day ("Oct 26 15:50:06", "2016-10-26 15:50:06") it is a
 * timestamp.
 */
const CLOCK_LEADS: ReadonlySet<string> = new Set([
  'at', 'by', 'until', 'till', 'before', 'after', 'from', 'since', 'around', 'about', 'approximately', 'exactly',
  'between', 'and', 'to',
]);

function isElapsedTime(text: string, start: number, end: number): boolean {
  if (/\d,?\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  return !CLOCK_LEADS.has(wordBefore(text, start)) && wordAfter(text, end).toLowerCase() !== 'local';
}

const clock: DateRule = {
  id: 'date/time-clock',
  pattern: CLOCK,
  build(m, scan) {
    const [whole, h, min, sec, spaced, glued, zone] = m;
    const meridiem = spaced ?? glued;
    if (/[\d:.,]/.test(scan.text.charAt(m.index - 1))) return null;
    // "3:32.11", "1:45,20": minutes, seconds and hundredths of a race, not a time of day.
    if (!meridiem && !zone && /^[.,]\d/.test(scan.text.slice(m.index + whole.length, m.index + whole.length + 2))) return null;
    if (sec !== undefined && !meridiem && !zone && isElapsedTime(scan.text, m.index, m.index + whole.length)) return null;
    const hour = toHour24(Number(h), meridiem);
    if (hour > 24 || (meridiem && Number(h) > 12)) return null;
    return timeHit(m.index, timeEnd(m.index, whole), this.id, hour, Number(min), zone, sec === undefined ? undefined : Number(sec));
  },
};

const hourMeridiem: DateRule = {
  id: 'date/time-meridiem',
  pattern: HOUR_MERIDIEM,
  build(m, scan) {
    const [whole, h, min, meridiem, zone] = m;
    if (/[\d$:.,]/.test(scan.text.charAt(m.index - 1))) return null;
    return timeHit(m.index, timeEnd(m.index, whole), this.id, toHour24(Number(h), meridiem), Number(min ?? 0), zone);
  },
};

const hourWordMeridiem: DateRule = {
  id: 'date/time-word-meridiem',
  pattern: HOUR_WORD_MERIDIEM,
  build(m, scan) {
    const [whole, h, meridiem, zone] = m;
    if (meridiem.toLowerCase() === 'am' && !BARE_AM_LEADS.has(wordBefore(scan.text, m.index))) return null;
    return timeHit(m.index, timeEnd(m.index, whole), this.id, toHour24(hourOf(h), meridiem), 0, zone);
  },
};

const approximateHour: DateRule = {
  id: 'date/time-approximate',
  pattern: APPROXIMATE_HOUR,
  build(m) {
    const word = m[1].toLowerCase();
    const hour = word === 'midnight' ? 24 : word === 'noon' || word === 'midday' ? 12 : toHour24(hourOf(word), m[2]);
    return { ...timeHit(m.index, m.index + m[0].length, this.id, hour, 0, undefined), mod: 'APPROX' };
  },
};

const military: DateRule = {
  id: 'date/time-military',
  pattern: MILITARY,
  build(m) {
    const [whole, h, min, , zone] = m;
    return timeHit(m.index, timeEnd(m.index, whole), this.id, Number(h), Number(min), zone);
  },
};

const oclock: DateRule = {
  id: 'date/time-oclock',
  pattern: OCLOCK,
  build(m) {
    return timeHit(m.index, m.index + m[0].length, this.id, toHour24(hourOf(m[1]), m[2]), 0, undefined);
  },
};

export const TIME_RULES: readonly DateRule[] = [clock, hourMeridiem, hourWordMeridiem, approximateHour, military, oclock];
