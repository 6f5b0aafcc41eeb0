import { formatDay, pad2 } from '../../resolve/timex-calendar';
import type { DateHit, DateRule } from './hit';

const MERIDIEM = String.raw`(a\.m\.?|p\.m\.?|am\b|pm\b|a\.?\s?m\b\.?|p\.?\s?m\b\.?)`;
// The space inside "( GMT" is matched only after the bracket: "\s*\(?\s*" would split a run of
// spaces in n ways, which made "6:50" followed by 200 KB of spaces take minutes.
const ZONE = String.raw`(?:\s*(?:\(\s*)?(GMT|UTC|Z\b|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|AEST|AEDT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?:\s*\))?)`;

/** "09:11", "15:30 GMT", "6:40 p.m. (GMT +8)", "08:30 UTC". */
const CLOCK = new RegExp(String.raw`\b([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?!\d|:\d)(?:\s*${MERIDIEM})?${ZONE}?`, 'gi');

/** "3 p.m.", "6.30pm", "11 am". */
const HOUR_MERIDIEM = new RegExp(String.raw`\b(1[0-2]|0?[1-9])(?:\.([0-5]\d))?\s?${MERIDIEM}${ZONE}?`, 'gi');

/** "0800 GMT", "1600 hrs". */
const MILITARY = new RegExp(String.raw`\b([01]\d|2[0-3])([0-5]\d)(?:\s*(hrs|hours)\b|${ZONE})`, 'g');

/** "noon", "midnight", "midday". */
const NAMED_TIME = /\b(noon|midday|midnight)\b/gi;

/** "nine o'clock". */
const OCLOCK = /\b(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'?clock\b/gi;

const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

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

function timeHit(start: number, end: number, rule: string, hour: number, minute: number, zone: string | undefined): DateHit {
  const z = zone && /^(GMT|UTC|Z)$/i.test(zone) ? 'Z' : '';
  return timeOfDayHit(start, end, rule, `T${pad2(hour)}:${pad2(minute)}${z}`);
}

function toHour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^p/i.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

const clock: DateRule = {
  id: 'date/time-clock',
  pattern: CLOCK,
  build(m, scan) {
    const [whole, h, min, , meridiem, zone] = m;
    if (/[\d:.,]$/.test(scan.text.slice(Math.max(0, m.index - 1), m.index))) return null;
    const hour = toHour24(Number(h), meridiem);
    if (hour > 24 || (meridiem && Number(h) > 12)) return null;
    return timeHit(m.index, m.index + whole.trimEnd().length, this.id, hour, Number(min), zone);
  },
};

const hourMeridiem: DateRule = {
  id: 'date/time-meridiem',
  pattern: HOUR_MERIDIEM,
  build(m, scan) {
    const [whole, h, min, meridiem, zone] = m;
    if (/[\d$:.,]$/.test(scan.text.slice(Math.max(0, m.index - 1), m.index))) return null;
    return timeHit(m.index, m.index + whole.trimEnd().length, this.id, toHour24(Number(h), meridiem), Number(min ?? 0), zone);
  },
};

const military: DateRule = {
  id: 'date/time-military',
  pattern: MILITARY,
  build(m) {
    const [whole, h, min, , zone] = m;
    return timeHit(m.index, m.index + whole.trimEnd().length, this.id, Number(h), Number(min), zone);
  },
};

const namedTime: DateRule = {
  id: 'date/time-named',
  pattern: NAMED_TIME,
  build(m) {
    const hour = /midnight/i.test(m[1]) ? 24 : 12;
    return timeHit(m.index, m.index + m[0].length, this.id, hour, 0, undefined);
  },
};

const oclock: DateRule = {
  id: 'date/time-oclock',
  pattern: OCLOCK,
  build(m) {
    const hour = HOUR_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    return timeHit(m.index, m.index + m[0].length, this.id, hour, 0, undefined);
  },
};

export const TIME_RULES: readonly DateRule[] = [clock, hourMeridiem, military, namedTime, oclock];
