import { formatDay, formatMonth, pad4, parseQuarterValue } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * What joins a fiscal year to the day or month it ends or begins on: "fiscal 1990, which ends
 * June 30", "fiscal 1991 began Oct. 1", "the fiscal 1989 year that ended in September".
 * Group 1 is the verb.
 */
const FISCAL_BOUND = /^(?:\s+year)?,?\s+(?:(?:which|that)\s+)?(?:will\s+|would\s+)?(end(?:s|ed|ing)?|clos(?:e[sd]?|ing)|beg(?:an|ins?|inning)|start(?:s|ed|ing)?)\s+(?:on\s+|in\s+)?$/i;

const FISCAL_VALUE = /^FY(\d{4})$/;
const BEGINS = /^(?:beg|start)/i;

/**
 * A fiscal year is named for the calendar year it ends in, so a year-less day or month it ends
 * on falls in that year, and one it begins on in the year before (unless the year begins in
 * January): against the reference date "June 30" would be this year's.
 */
export function anchorFiscalBounds(hits: DateHit[], text: string): DateHit[] {
  return hits.map((h, i) => {
    const fiscal = i > 0 ? hits[i - 1] : undefined;
    if (!fiscal || h.explicitYear !== false) return h;
    const year = FISCAL_VALUE.exec(fiscal.value);
    const bound = year && FISCAL_BOUND.exec(text.slice(fiscal.end, h.start));
    if (!year || !bound) return h;
    const named = Number(year[1]);
    if (h.grain === 'day' && h.day) {
      const day = { ...h.day, y: BEGINS.test(bound[1]) && h.day.m > 1 ? named - 1 : named };
      return { ...h, day, value: formatDay(day) };
    }
    const month = /^\d{4}-(\d{2})$/.exec(h.value);
    if (h.grain !== 'month' || !month) return h;
    const m = Number(month[1]);
    return { ...h, value: formatMonth(BEGINS.test(bound[1]) && m > 1 ? named - 1 : named, m) };
  });
}

/** What joins a quarter to the day or month it ended on: "the fourth quarter, which ended May 31", "the quarter ended in August". */
const QUARTER_END = /^,?\s+(?:(?:which|that)\s+)?ended\s+(?:on\s+|in\s+)?$/i;

const YEAR_OF_VALUE = /^(\d{4})-(\d{2})/;

/**
 * A quarter named without a year lies in the year of the day it ended on: "the fourth quarter,
 * which ended May 31", said in June, ended this May, though a calendar fourth quarter said in
 * June would be last year's. A fiscal quarter belongs to the fiscal year that ends the quarters
 * after it later, named for the year it ends in: "the fiscal first quarter ended Sept. 30, 1989"
 * is FY1990-Q1.
 */
export function anchorQuarterEnds(hits: DateHit[], text: string): DateHit[] {
  return hits.map((h, i) => {
    const bound = i + 1 < hits.length ? hits[i + 1] : undefined;
    if (!bound || h.grain !== 'quarter' || h.explicitYear !== false) return h;
    const quarter = parseQuarterValue(h.value);
    const ended = YEAR_OF_VALUE.exec(bound.value);
    if (!quarter || !ended || !QUARTER_END.test(text.slice(h.end, bound.start))) return h;
    const year = Number(ended[1]);
    if (!quarter.fiscal) return { ...h, value: `${pad4(year)}-Q${quarter.q}` };
    const yearEndMonth = Number(ended[2]) + 3 * (4 - quarter.q);
    return { ...h, value: `FY${pad4(year + Math.floor((yearEndMonth - 1) / 12))}-Q${quarter.q}` };
  });
}
