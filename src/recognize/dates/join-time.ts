import { ZONE_WORDS } from '../../lexicon/time-zones';
import { formatDay } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';
import { hourInDayPart } from './hour-day-part';
import { TWILIGHT_RULE } from './twilight';

/** Only a space may stand between a clock time and the day it falls on: "16:00 UTC today". */
const TIME_DAY_GAP = /^ $/;

/** "9 p.m. Eastern Friday", "noon local time on Sunday": a zone written as a word between a time and its day. */
const ZONED_DAY_GAP = new RegExp(String.raw`^ (?:${[...ZONE_WORDS].join('|')})(?: time)? (?:on )?$`, 'i');

/** "2:45 p.m. Frankfurt time on Thursday", "9 a.m. New York time Friday": a city's clock between a time and its day. */
const CITY_TIME_DAY_GAP = /^ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? time (?:on )?$/u;

/** "10:30 in the morning", "10 a.m. this morning": the day part hit starts after "in". */
const TIME_DAY_PART_GAP = /^ (?:in )?$/;

/** "Wednesday at 3.30pm", "tomorrow morning at 9", "tonight around 9". */
const AT_GAP = /^ (?:at|around|about) $/;

/** "tomorrow 8:00am", "Feb. 22, 3:30 p.m.": a day written just before its clock time. */
const DAY_TIME_GAP = /^,? $/;

/** "9 a.m. on Tuesday", "6 p.m. on Dec. 5". */
const ON_GAP = /^ on $/;

/** The "on" that closes a gap after a clock's zone: "9 a.m. ET on Thursday". */
const ON_TAIL = / on $/;

/** A clock time not yet placed on a day: "T15:30", "T07:00Z". */
const CLOCK = /^XXXX-XX-XX(T(\d\d):(\d\d)(.*))$/;

/** A weekday that recurs: "Mondays", "every Monday". */
const WEEKDAY_SET = /^XXXX-WXX-[1-7]$/;

/** A part of a day: "2024-02-15TNI", "XXXX-XX-XXTMO". */
const DAY_PART_VALUE = /^(.*)T(MO|AF|EV|NI)$/;

type Anchored = NonNullable<DateHit['anchored']>;

function datePart(value: string): string {
  const t = value.indexOf('T');
  return t < 0 ? value : value.slice(0, t);
}

/** The clock of a time hit still waiting for its day, or null. */
function clockOf(h: DateHit): { clock: string; hour: number; rest: string } | null {
  if (h.grain !== 'time' || !h.anchored) return null;
  const m = CLOCK.exec(h.value);
  return m ? { clock: m[1], hour: Number(m[2]), rest: `:${m[3]}${m[4]}` } : null;
}

/** The time `time` on the day `day` names, whether that day is already known or still anchored. */
function onDay(time: DateHit, day: DateHit, start: number, end: number, clock: string): DateHit {
  const { anchored: _anchored, ...rest } = time;
  const joined = { ...rest, start, end, timexType: 'TIME' as const, grain: 'time' as const };
  if (day.anchored) {
    const dayAnchor: Anchored = day.anchored;
    return {
      ...joined,
      value: `${datePart(day.value)}${clock}`,
      anchored: {
        from: dayAnchor.from,
        resolve: (anchor) => {
          const r = dayAnchor.resolve(anchor);
          return { value: datePart(r.value) + clock, ...(r.day ? { day: r.day } : {}) };
        },
      },
    };
  }
  const date = day.day ? formatDay(day.day) : datePart(day.value);
  return { ...joined, value: date + clock, ...(day.day ? { day: day.day } : {}) };
}

/**
 * Joins two neighbouring hits into one time, or places the time on its day when a preposition
 * stands between them ("9 a.m. on Tuesday", "Wednesday at 3.30pm"): TimeML leaves prepositions
 * out of a TIMEX3, so in an article those are two expressions, the clock's value on the day's
 * date. A typed request ("tuesday at 3pm") asks for one time, so `request` joins them. Returns
 * the hits that replace the pair, or null.
 */
function joinPair(a: DateHit, b: DateHit, gap: string, request: boolean): DateHit[] | null {
  const apart = (time: DateHit, day: DateHit, clock: string, timeEnd = time.end): DateHit[] => {
    if (request) return [onDay(time, day, a.start, b.end, clock)];
    const placed = onDay(time, day, time.start, timeEnd, clock);
    return time === a ? [placed, b] : [a, placed];
  };
  const timeA = clockOf(a);
  const timeB = clockOf(b);
  const partA = a.grain === 'time' ? DAY_PART_VALUE.exec(a.value) : null;
  const partB = b.grain === 'time' ? DAY_PART_VALUE.exec(b.value) : null;
  const zoned = ZONED_DAY_GAP.test(gap) || CITY_TIME_DAY_GAP.test(gap);
  // "3 p.m. Friday", "16:00 UTC today", "9 a.m. Eastern Friday", "2:30 the next day".
  if (timeA && b.grain === 'day' && (TIME_DAY_GAP.test(gap) || (zoned && !ON_TAIL.test(gap)))) return [onDay(a, b, a.start, b.end, timeA.clock)];
  // "9 a.m. on Tuesday", "noon local time on Sunday": the clock, with its zone, on the day after it.
  if (timeA && b.grain === 'day' && (zoned || (ON_GAP.test(gap) && !b.anchored))) return apart(a, b, timeA.clock, a.end + gap.length - (ON_TAIL.exec(gap)?.[0].length ?? 0));
  // "7 in the evening", "10 a.m. this morning".
  if (timeA && partB && TIME_DAY_PART_GAP.test(gap)) return [onDay(a, b, a.start, b.end, adjusted(timeA, partB[2]))];
  // "in the morning at 7", "Tuesday evening at 7.30": the clock in the part of the day before it.
  if (partA && timeB && AT_GAP.test(gap)) return apart(b, a, adjusted(timeB, partA[2]));
  // "Mondays at 7 p.m.": the set recurs at that time.
  if (timeB && a.timexType === 'SET' && WEEKDAY_SET.test(a.value) && AT_GAP.test(gap)) return [{ ...a, end: b.end, value: a.value + timeB.clock }];
  // "before dawn Monday", "until midafternoon Sunday": an edge of daylight on the day after it.
  // A meal stays apart ("after dinner tomorrow"): it is an event that the day places.
  if (partA && a.rule === TWILIGHT_RULE && b.grain === 'day' && TIME_DAY_GAP.test(gap)) return [onDay(a, b, a.start, b.end, `T${partA[2]}`)];
  // "tomorrow 8:00am", "Feb. 22, 3:30 p.m.".
  if (timeB && a.grain === 'day' && !a.anchored && DAY_TIME_GAP.test(gap)) return [onDay(b, a, a.start, b.end, timeB.clock)];
  // "Wednesday at 3.30pm": the clock on the day before it.
  if (timeB && a.grain === 'day' && !a.anchored && AT_GAP.test(gap)) return apart(b, a, timeB.clock);
  return null;
}

function adjusted(time: { hour: number; rest: string }, part: string): string {
  return `T${String(hourInDayPart(time.hour, part)).padStart(2, '0')}${time.rest}`;
}

/**
 * A clock time and the day or part of a day it falls on are one expression, as TimeML spans
 * them: "16:00 UTC today", "3 p.m. Friday" → 2024-02-16T15:00, "7 in the evening" → T19:00.
 * Across "on" or "at" the clock keeps its own span and takes the day's date: "Wednesday at
 * 3.30pm" → "Wednesday" and "3.30pm" (2024-02-14T15:30); in a typed `request`, one span.
 */
export function joinTimeToDay(hits: DateHit[], text: string, request: boolean): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const joined = prev ? joinPair(prev, h, text.slice(prev.end, h.start), request) : null;
    if (joined) out.splice(out.length - 1, 1, ...joined);
    else out.push(h);
  }
  return out;
}
