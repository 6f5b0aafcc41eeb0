import { addDays, formatDay, type Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/** A clock time on a day: "2024-03-04T22:00", with its date and its hour and minute. */
const DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * "a curfew from 10pm to 5am on Monday", "the shift runs from 11 p.m. Friday to 7 a.m.": a range
 * of clock times whose end comes before its start on the same day ends on the day after, which
 * each endpoint placed alone on the day it was anchored to cannot know. An end at midnight is the
 * start's day's 24:00, as TIMEX3 writes the end of a day ("from 10am to 12am").
 */
export function rollOvernightEnds(hits: DateHit[]): DateHit[] {
  const starts = new Map<string, DateHit>();
  for (const h of hits) if (h.range?.role === 'start') starts.set(h.range.id, h);
  return hits.map((h) => {
    const start = h.range?.role === 'end' ? starts.get(h.range.id) : undefined;
    const a = start ? DAY_TIME.exec(start.value) : null;
    const b = DAY_TIME.exec(h.value);
    if (!a || !b || a[1] !== b[1] || a[2] !== b[2] || a[3] !== b[3] || `${b[4]}:${b[5]}` >= `${a[4]}:${a[5]}`) return h;
    if (b[4] === '00' && b[5] === '00') return { ...h, value: `${h.value.slice(0, DAY_LENGTH)}T24:00${h.value.slice(DAY_LENGTH + MIDNIGHT.length)}` };
    const day: Day = addDays({ y: Number(b[1]), m: Number(b[2]), d: Number(b[3]) }, 1);
    return { ...h, day, value: formatDay(day) + h.value.slice(DAY_LENGTH) };
  });
}

/** "2024-03-04" in "2024-03-04T05:00". */
const DAY_LENGTH = 10;
const MIDNIGHT = 'T00:00';
