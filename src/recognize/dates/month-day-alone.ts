import { addMonths, type Day, formatDay, isValidDay, pad2 } from '../../resolve/timex-calendar';
import type { DateRule, DateScan } from './hit';
import { wordBefore } from './words';

/**
 * "on the 18th", "by the 21st of this month", "around the 4th next month": a day of the month
 * with no month named. Alone it needs a preposition before it and nothing noun-like after it,
 * so "the 18th hole", "the 4th Infantry" and "the 21st century" are no dates.
 */
const NTH_DAY = /\bthe\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?:(?:\s+of)?\s+(this|next|last|the)\s+month\b)?/gi;

const DAY_LEADS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from', 'around', 'about', 'through', 'between', 'and', 'to']);

/** What may follow a lone "the 18th": punctuation, the end, or a word that starts a new phrase. */
const ENDS_PHRASE = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|through|until|at|when|as|in|with|but|if|so)\b)/;

/** The month of a lone day: the reference month, or the one before or after it when the tense says the day has passed or is to come. */
function monthFor(scan: DateScan, ref: Day, day: number, start: number, end: number): Day {
  const tense = scan.tense(start, end);
  const first = { ...ref, d: 1 };
  if (tense === 'past' && day > ref.d) return addMonths(first, -1);
  if (tense === 'future' && day < ref.d) return addMonths(first, 1);
  return first;
}

const nthDay: DateRule = {
  id: 'date/day-of-month',
  pattern: NTH_DAY,
  build(m, scan) {
    const [whole, dayText, step] = m;
    const start = m.index;
    const end = start + whole.length;
    const day = Number(dayText);
    if (!step && (!DAY_LEADS.has(wordBefore(scan.text, start)) || !ENDS_PHRASE.test(scan.text.slice(end, end + 8)))) return null;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'day' as const };
    if (!scan.ref) return { ...base, value: `XXXX-XX-${pad2(day)}` };
    const lower = step?.toLowerCase();
    const month = lower ? addMonths({ ...scan.ref, d: 1 }, lower === 'next' ? 1 : lower === 'last' ? -1 : 0) : monthFor(scan, scan.ref, day, start, end);
    if (!isValidDay(month.y, month.m, day)) return null;
    const date = { y: month.y, m: month.m, d: day };
    return { ...base, value: formatDay(date), day: date };
  },
};

export const MONTH_DAY_ALONE_RULES: readonly DateRule[] = [nthDay];
