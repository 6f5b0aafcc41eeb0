import { MONTHS } from '../lexicon/months';
import type { PreparedText } from '../pipeline-types';
import type { ReferenceDateSource } from '../types';
import { formatDay, isValidDay } from './timex-calendar';

export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
}

/** Only the top of an article carries its own date. */
const HEAD_LENGTH = 600;
const HEAD_LINES = 8;

/** "date 2024-02-16" or "Date: 2024-02-16" in a header. */
const DATE_HEADER = /\bdate\s*[:=]?\s*([12]\d{3})-(\d{2})-(\d{2})\b/i;

const MONTH_NAME = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;

/** "February 16, 2024", "Friday, July 21, 2017", "March 01, 2008". */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH_NAME}\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+([12]\d{3})\b`, 'i');

/** "16 February 2024". */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b([0-3]?\d)\s+${MONTH_NAME}\s+([12]\d{3})\b`, 'i');

/** "2024-02-16" alone on a line. */
const ISO_LINE = /^\W*([12]\d{3})-(\d{2})-(\d{2})\W*$/;

/** "BRUSSELS, Feb. 15 (Xinhua) --", "WASHINGTON, Jan. 5, 2024 (AP) —": a capitalized place, a date, then the agency or a dash. */
const DATELINE = new RegExp(String.raw`^\s*[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Za-z. ]{2,30})?,\s+${MONTH_NAME}\s+([0-3]?\d)(?:,?\s+([12]\d{3}))?\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|—)`, 'i');

/** Words that may sit on a date line beside the date: "Xinhua) 09:11, February 16, 2024", "Updated: …". */
const DATE_LINE_FILLER = /^[\s\W\d:]*(?:[A-Za-z]+\)?\s*)?(?:updated|published|posted)?[\s\W\d:]*$/i;

function isoDay(y: string, m: string | number, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  return isValidDay(year, month, day) ? formatDay({ y: year, m: month, d: day }) : null;
}

const monthNumber = (word: string) => MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;

/** A full date on a line that is little else: a date line near the top of an article. */
function dateOnLine(line: string): string | null {
  const iso = ISO_LINE.exec(line);
  if (iso) return isoDay(iso[1], iso[2], iso[3]);
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy && DATE_LINE_FILLER.test(residue(line, mdy))) return isoDay(mdy[3], monthNumber(mdy[1]), mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy && DATE_LINE_FILLER.test(residue(line, dmy))) return isoDay(dmy[3], monthNumber(dmy[2]), dmy[1]);
  return null;
}

/** The line without the matched date and a weekday or time beside it. */
function residue(line: string, m: RegExpExecArray): string {
  return (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, '');
}

/**
 * The article's own date, from the top of the text:
 * 1. a "date YYYY-MM-DD" header;
 * 2. a line that is a full date, perhaps with a weekday, a time or an agency beside it
 *    ("09:11, February 16, 2024", "Friday, July 21, 2017");
 * 3. a dateline with a year ("WASHINGTON, Jan. 5, 2024 (AP) --").
 * A dateline without a year ("BRUSSELS, Feb. 15 (Xinhua) --") is not enough alone: it gives a
 * date only when a year written in the header lines completes it.
 */
export function detectReferenceDate(prepared: PreparedText): ReferenceDate {
  const head = prepared.text.slice(0, HEAD_LENGTH);
  const header = DATE_HEADER.exec(head);
  if (header) {
    const date = isoDay(header[1], header[2], header[3]);
    if (date) return { date, source: 'header' };
  }
  const lines = head.split('\n').slice(0, HEAD_LINES);
  for (const line of lines) {
    const date = dateOnLine(line);
    if (date) return { date, source: 'header' };
  }
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    const year = m[3] ?? headerYear(lines);
    const date = year ? isoDay(year, monthNumber(m[1]), m[2]) : null;
    if (date) return { date, source: 'dateline' };
  }
  return { date: null, source: 'none' };
}

/** A year standing in the header lines ("© 2024", "Xinhua 2024"), for a dateline that has none. */
function headerYear(lines: string[]): string | null {
  for (const line of lines) {
    if (DATELINE.test(line)) continue;
    const m = /\b(19\d\d|20\d\d)\b/.exec(line);
    if (m && line.length < 60) return m[1];
  }
  return null;
}
