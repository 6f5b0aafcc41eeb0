import { addDays, type Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * Wire copy gives a local time and, in brackets, the same moment in GMT with its own day: "6 a.m.
 * (2300 GMT Sunday)" is Monday morning where it happened. The local time's day is the GMT day moved
 * by the zone offset that the two clock readings imply.
 */

/** What may stand between a local time and the bracket that restates it: "04:17 local time (2117 GMT Sunday)". */
const OPENS_BRACKET = /^\s*(?:local(?:\s+time)?\s*)?\(\s*$/i;
const UTC_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/;
const LOCAL_VALUE = /T(\d{2}):(\d{2})$/;

/** Zone offsets run from UTC-12 to UTC+14. */
const WEST_MOST = -12 * 60;
const EAST_MOST = 14 * 60;
const DAY_MINUTES = 24 * 60;

export type UtcReading = { day: Day; minutes: number };

/** The GMT/UTC time with a day named in the bracket right after `hits[index]`, or null. */
export function bracketedUtc(hits: readonly DateHit[], index: number, text: string): UtcReading | null {
  const local = hits[index];
  const next = hits[index + 1];
  if (!next || next.anchored || !OPENS_BRACKET.test(text.slice(local.end, next.start))) return null;
  const m = UTC_VALUE.exec(next.value);
  if (!m) return null;
  return { day: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, minutes: Number(m[4]) * 60 + Number(m[5]) };
}

/** The day of a local clock reading (a resolved "…THH:MM" value) that shows the same moment as `utc`, or null. */
export function localDayOf(utc: UtcReading, localValue: string): Day | null {
  const m = LOCAL_VALUE.exec(localValue);
  if (!m) return null;
  let offset = Number(m[1]) * 60 + Number(m[2]) - utc.minutes;
  if (offset > EAST_MOST) offset -= DAY_MINUTES;
  if (offset < WEST_MOST) offset += DAY_MINUTES;
  return addDays(utc.day, Math.floor((utc.minutes + offset) / DAY_MINUTES));
}
