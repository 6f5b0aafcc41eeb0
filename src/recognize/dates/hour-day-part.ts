import { DAY_PARTS } from '../../lexicon/seasons';
import { HOUR_WORD } from './fragments';
import type { DateRule } from './hit';
import { bareHourEnds, clockValue, hourOf, timeOfDayHit, toHour24 } from './times';
import { wordBefore } from './words';

/**
 * A bare hour that a part of the day makes a time: "at 7 in the evening", "11 at night",
 * "at 10 this morning". The day part stays its own hit here; joinTimeToDay merges the two.
 */
const HOUR_BEFORE_DAY_PART = new RegExp(
  String.raw`\b(1[0-2]|0?[1-9]|${HOUR_WORD})(?:[:.]([0-5]\d))?(\s+o'?clock)?(?:\s+at\s+(night)\b|(?=\s+(?:(?:in\s+the|this|that|last|tomorrow|yesterday)\s+(morning|afternoon|evening|night)|(tonight))\b))`,
  'gi',
);

/**
 * "in the morning at 7", "Tuesday evening at 7.30", "tonight around 9", "tomorrow at 5": the hour
 * after its day part or day, which joinTimeToDay then joins to it.
 */
const HOUR_AFTER_DAY_PART = new RegExp(
  String.raw`\b(morning|afternoon|evening|night|tonight|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:at|around|about)\s+(1[0-2]|0?[1-9]|${HOUR_WORD})(?:[:.]([0-5]\d))?\b(?![:.]?\d|\s*(?:a\.m|p\.m|am\b|pm\b|o'?clock))`,
  'gi',
);

/** "3 in the AM", "at 4 in the p.m.": a meridiem said as a part of the day. */
const HOUR_IN_THE_MERIDIEM = new RegExp(String.raw`\b(1[0-2]|0?[1-9]|${HOUR_WORD})\s+in\s+the\s+([ap])\.?m\b\.?`, 'gi');

/** Words that put a bare number on the clock ("at 7 in the evening"); "won 7 in the afternoon session" is a count. */
export const HOUR_LEADS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'til', 'from', 'around', 'about', 'before', 'after', 'since', 'past', 'circa']);


/**
 * The 24-hour clock of an hour said with a part of the day: 7 in the evening is 19, 11 at
 * night 23, 2 at night 2. Hours past 12 already are on the 24-hour clock.
 */
export function hourInDayPart(hour: number, part: string): number {
  if (hour >= 12) return hour;
  if (part === 'AF' || part === 'EV') return hour + 12;
  if (part === 'NI' && hour >= 6) return hour + 12;
  return hour;
}

function dayPartCode(word: string): string {
  const lower = word.toLowerCase();
  return DAY_PARTS.get(lower === 'tonight' ? 'night' : lower) ?? '';
}

const hourBeforeDayPart: DateRule = {
  id: 'date/time-hour-day-part',
  pattern: HOUR_BEFORE_DAY_PART,
  build(m, scan) {
    const [whole, hourText, minute, oclock, atNight, partWord, tonight] = m;
    if (/[\d$£€.,:]/.test(scan.text.charAt(m.index - 1))) return null;
    // A typed request ("8 tonight") has no room for a count of something else.
    if (!oclock && !scan.query && !HOUR_LEADS.has(wordBefore(scan.text, m.index))) return null;
    const part = dayPartCode(atNight ?? partWord ?? tonight);
    const hour = hourInDayPart(hourOf(hourText), part);
    return timeOfDayHit(m.index, m.index + whole.length, this.id, clockValue(hour, Number(minute ?? 0)));
  },
};

const hourAfterDayPart: DateRule = {
  id: 'date/time-hour-day-part',
  pattern: HOUR_AFTER_DAY_PART,
  build(m, scan) {
    const [whole, partWord, hourText, minute] = m;
    const end = m.index + whole.length;
    if (!bareHourEnds(scan.text, end)) return null;
    const start = end - hourText.length - (minute === undefined ? 0 : minute.length + 1);
    return timeOfDayHit(start, end, this.id, clockValue(hourInDayPart(hourOf(hourText), dayPartCode(partWord)), Number(minute ?? 0)));
  },
};

const hourInTheMeridiem: DateRule = {
  id: 'date/time-hour-day-part',
  pattern: HOUR_IN_THE_MERIDIEM,
  build(m, scan) {
    if (/[\d$£€.,:]/.test(scan.text.charAt(m.index - 1))) return null;
    return timeOfDayHit(m.index, m.index + m[0].length, this.id, clockValue(toHour24(hourOf(m[1]), m[2]), 0));
  },
};

export const HOUR_DAY_PART_RULES: readonly DateRule[] = [hourBeforeDayPart, hourAfterDayPart, hourInTheMeridiem];
