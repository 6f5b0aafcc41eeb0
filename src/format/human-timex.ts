import type { DateFact, TimexMod } from '../types';
import { TIMEX_MOD_WORDS } from './qualifier-words';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** ISO weekday numbers as TIMEX3 writes them in XXXX-WXX-4: 1 is Monday, 7 is Sunday. */
const ISO_WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };

const DATE_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  Q: ['quarter', 'quarters'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
  ML: ['millennium', 'millennia'],
};
const TIME_UNITS: Record<string, [string, string]> = { H: ['hour', 'hours'], M: ['minute', 'minutes'], S: ['second', 'seconds'] };

// Calendar shapes of a TIMEX3 value's date part. X stands for an unknown digit ("XXXX-02-15").
const DAY = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/;
const MONTH = /^(\d{4}|XXXX)-(\d{2})$/;
const YEAR = /^\d{4}$/;
const DECADE = /^(\d{3})X?$/;
const CENTURY = /^(\d{2})(?:XX)?$/;
const WEEK = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-([1-7]|WE))?$/;
const QUARTER_OR_HALF = /^(\d{4}|XXXX)-([QH])([1-4])$/;
const SEASON = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/;
// The time part after T: "15:00", "15:00:30", "15", or a part of the day ("MO"), then a zone.
const TIME = /^(?:(\d{2})(?::(\d{2}))?(?::(\d{2}(?:\.\d+)?))?|(MO|MI|AF|EV|NI|DT))(Z|[+-]\d{2}(?::?\d{2})?)?$/;
// One "3M" of a duration; sticky so that a duration is read piece by piece in linear time.
const DURATION_PART = /(\d+(?:\.\d+)?|X)(DE|CE|ML|[YMWDQHS])/y;

/** A TIMEX3 date as a reader would say it: "Thu 15 Feb 2024", "3 months", "early 2024", "every Monday". */
export function humanDate(f: DateFact): string {
  let text = f.timexType === 'SET' ? humanSet(f.value) : humanTimex(f.value);
  if (f.mod) text = withMod(f.mod, text);
  if (f.range) text = `${f.range.role === 'start' ? 'from' : 'to'} ${text}`;
  return f.ambiguous ? `${text} (ambiguous)` : text;
}

/** Any TIMEX3 value; a shape it does not know comes back unchanged, so nothing is hidden. */
export function humanTimex(value: string): string {
  if (REFS[value]) return REFS[value];
  if (value.startsWith('P')) return humanDuration(value) ?? value;
  const t = value.indexOf('T');
  const datePart = t < 0 ? value : value.slice(0, t);
  const day = datePart === '' ? '' : humanCalendar(datePart);
  if (day === undefined) return value;
  if (t < 0) return day;
  const time = humanTime(value.slice(t + 1));
  if (time === undefined) return value;
  return day === '' ? time : `${day}, ${time}`;
}

function humanCalendar(v: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = DAY.exec(v))) return humanDay(m[1], m[2], m[3]);
  if ((m = MONTH.exec(v))) return joinYear(monthName(m[2]), m[1]);
  if (YEAR.test(v)) return v;
  if ((m = WEEK.exec(v))) return humanWeek(m[1], m[2], m[3]);
  if ((m = QUARTER_OR_HALF.exec(v))) return joinYear(`${m[2]}${m[3]}`, m[1]);
  if ((m = SEASON.exec(v))) return joinYear(SEASONS[m[2]], m[1]);
  if ((m = DECADE.exec(v))) return `the ${m[1]}0s`;
  if ((m = CENTURY.exec(v))) return `the ${m[1]}00s`;
  return undefined;
}

function humanDay(year: string, month: string, day: string): string | undefined {
  if (month === 'XX') return day === 'XX' ? joinYear('', year) || 'a day' : `day ${+day} of the month`;
  const name = monthName(month);
  if (!name) return undefined;
  if (day === 'XX') return joinYear(name, year);
  if (year === 'XXXX') return `${+day} ${name}`;
  const weekday = new Date(Date.UTC(+year, +month - 1, +day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${+day} ${name} ${year}`;
}

function humanWeek(year: string, week: string, day: string | undefined): string {
  const weekday = day === undefined ? undefined : day === 'WE' ? 'the weekend' : ISO_WEEKDAYS[+day];
  if (week === 'XX') return weekday ?? joinYear('a week', year);
  const which = `week ${+week}${year === 'XXXX' ? '' : ` of ${year}`}`;
  return weekday ? `${weekday}, ${which}` : which;
}

function humanTime(v: string): string | undefined {
  const m = TIME.exec(v);
  if (!m) return undefined;
  const clock = m[4] ? PARTS_OF_DAY[m[4]] : `${m[1]}:${m[2] ?? '00'}${m[3] ? `:${m[3]}` : ''}`;
  const zone = m[5] === undefined ? '' : m[5] === 'Z' ? ' UTC' : ` UTC${m[5]}`;
  return clock + zone;
}

/** "P3M" → "3 months", "P1Y6M" → "1 year 6 months", "PT2H" → "2 hours", "PXM" → "some months". */
function humanDuration(value: string): string | undefined {
  const parts: string[] = [];
  let units = DATE_UNITS;
  let i = 1;
  while (i < value.length) {
    if (value[i] === 'T' && units === DATE_UNITS) {
      units = TIME_UNITS;
      i++;
      continue;
    }
    DURATION_PART.lastIndex = i;
    const m = DURATION_PART.exec(value);
    const names = m ? units[m[2]] : undefined;
    if (!m || !names) return undefined;
    parts.push(m[1] === 'X' ? `some ${names[1]}` : `${m[1]} ${m[1] === '1' ? names[0] : names[1]}`);
    i = DURATION_PART.lastIndex;
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** A SET: "P1W" → "every week", "XXXX-WXX-1" → "every Monday", "TMO" → "every morning". */
function humanSet(value: string): string {
  const period = value.startsWith('P') ? humanDuration(value) : undefined;
  if (period) return `every ${period.replace(/^1 /, '')}`;
  const text = humanTimex(value);
  if (text === value) return value;
  return `every ${text.replace(/^a /, '')}`;
}

function withMod(mod: TimexMod, text: string): string {
  return mod === 'MID' ? `mid-${text}` : `${TIMEX_MOD_WORDS[mod]} ${text}`;
}

function monthName(mm: string): string {
  return MONTHS[+mm - 1] ?? '';
}

function joinYear(what: string, year: string): string {
  if (year === 'XXXX') return what;
  return what ? `${what} ${year}` : year;
}
