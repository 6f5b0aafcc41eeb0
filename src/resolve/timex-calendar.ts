/**
 * Calendar arithmetic on plain year/month/day triples. Everything goes through Date.UTC, so
 * results never depend on the machine's time zone.
 */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})(?:-WE)?$/;
const QUARTER_VALUE = /^(FY)?(\d{4}|XXXX)-Q([1-4])$/;

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function parseIsoDay(s: string | null): Day | null {
  const m = s ? ISO_DATE.exec(s) : null;
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

/** A quarter's TIMEX3 value, "2024-Q3", "XXXX-Q3" (year null) or a fiscal "FY1990-Q1"; null for any other value. */
export function parseQuarterValue(s: string): { y: number | null; q: number; fiscal: boolean } | null {
  const m = QUARTER_VALUE.exec(s);
  return m ? { y: m[2] === 'XXXX' ? null : Number(m[2]), q: Number(m[3]), fiscal: m[1] !== undefined } : null;
}

/** The Monday of a week's TIMEX3 value, "2024-W07" or its weekend "2024-W07-WE"; null for any other value. */
export function parseWeekValue(s: string): Day | null {
  const m = WEEK_VALUE.exec(s);
  if (!m) return null;
  const jan4 = { y: Number(m[1]), m: 1, d: 4 };
  return addDays(jan4, 7 * (Number(m[2]) - 1) - (isoWeekday(jan4) - 1));
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dayNumber(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromDayNumber(dayNumber(day) + n);
}

/** Moves by whole months, clamping the day ("Jan 31" + 1 month → Feb 29 in 2024). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  return ((dayNumber(day) + 3) % 7 + 7) % 7 + 1;
}

/** The ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

export function formatDay(day: Day): string {
  return `${pad4(day.y)}-${pad2(day.m)}-${pad2(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function formatWeek(day: Day): string {
  const w = isoWeek(day);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}

/** Easter Sunday (Gregorian), by the anonymous computus. */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: dayOfMonth };
}

/** The nth weekday of a month (n = -1 for the last): Thanksgiving is the 4th Thursday of November. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}
