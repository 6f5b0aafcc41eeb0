import { type Day, dayNumber, fromDayNumber } from './timex-calendar';

/** Calendars other than the Gregorian whose feasts news names without a date. */
export type LunarCalendar = 'islamic-umalqura' | 'hebrew' | 'chinese';

/**
 * A feast's day in a calendar's own terms: the month as ICU writes it in English with the
 * calendar's usual style ("10" in the Umm al-Qura calendar, "Tishri" in the Hebrew), and the day.
 */
export interface LunarDate {
  calendar: LunarCalendar;
  month: string;
  day: number;
}

// Node ships full ICU, whose calendars give these days without a table of our own or a package of
// astronomy: Umm al-Qura for Islamic feasts (as Saudi Arabia sets them), the Hebrew and the Chinese
// lunisolar calendars. The Hebrew months are read by name, since leap years add an Adar.
const MONTH_STYLE: Record<LunarCalendar, 'numeric' | 'long'> = { 'islamic-umalqura': 'numeric', hebrew: 'long', chinese: 'numeric' };
const formats = new Map<LunarCalendar, Intl.DateTimeFormat | null>();
const found = new Map<string, Day | null>();

function formatOf(calendar: LunarCalendar): Intl.DateTimeFormat | null {
  if (!formats.has(calendar)) {
    const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: MONTH_STYLE[calendar], day: 'numeric' });
    // A Node built with small ICU falls back to the Gregorian calendar; its days would be wrong.
    formats.set(calendar, format.resolvedOptions().calendar === calendar ? format : null);
  }
  return formats.get(calendar)!;
}

/**
 * The Gregorian day in year `y` on which the calendar's date falls, or null where ICU lacks the
 * calendar. An Islamic date falls twice in about one Gregorian year in 33; the first is taken.
 */
export function lunarDay(date: LunarDate, y: number): Day | null {
  const key = `${date.calendar} ${date.month} ${date.day} ${y}`;
  if (found.has(key)) return found.get(key)!;
  const format = formatOf(date.calendar);
  let day: Day | null = null;
  const last = dayNumber({ y, m: 12, d: 31 });
  for (let n = dayNumber({ y, m: 1, d: 1 }); format && !day && n <= last; n++) {
    const candidate = fromDayNumber(n);
    const parts = format.formatToParts(new Date(Date.UTC(candidate.y, candidate.m - 1, candidate.d)));
    const month = parts.find((p) => p.type === 'month')?.value;
    if (month === date.month && Number(parts.find((p) => p.type === 'day')?.value) === date.day) day = candidate;
  }
  found.set(key, day);
  return day;
}
