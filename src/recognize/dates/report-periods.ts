import { relativePeriod } from '../../resolve/timex';
import { parseQuarterValue } from '../../resolve/timex-calendar';
import { MONTH } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { CLOSING_WINDOW, boundMonth, PERIOD_CLOSED, PERIOD_OPENED, yearText } from './periods';
import { COMPARED_GRAINS, comparedPeriodHit, startsAfter } from './relative';
import { isCapitalized, wordAfter, wordBefore } from './words';

/**
 * The periods a results story reports on without naming them: "for the full year", "full-year
 * profit", "year to date", "the fiscal year ended June 30", "the latest period", "the same period".
 */

/** "the full year", "full-year earnings", "the full fiscal year", "the whole year"; "a full year" is a duration. */
const FULL_YEAR = /\b(?:the\s+)?(?:full|whole|entire)[\s-](?:fiscal\s+)?year\b(?![\s-](?:earlier|ago|before|end|old)\b|s\b|-)/gi;

/** "year to date", "the year to date", "year-to-date", "the month to date". */
const YEAR_TO_DATE = /\b(?:the\s+)?(year|month|quarter)[\s-]to[\s-]date\b/gi;

/**
 * "the fiscal year", "its fiscal year", "the company's fiscal year" (from "fiscal"), and the
 * British "the financial year"; not "the fiscal year 1990", which names its year.
 */
const THE_FISCAL_YEAR = /(?:\b(?:the|its|their|this)\s+|(?<=\w['\u2019]s\s))(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)\d\d\b|s\b|-)/gi;


/**
 * The year a report means: past results early in a year are last year's ("full-year profit
 * rose", said in February); otherwise the reference year.
 */
const REPORT_MONTHS_INTO_YEAR = 3;

function reportYear(scan: DateScan, start: number, end: number): number | null {
  if (!scan.ref) return null;
  return scan.ref.m <= REPORT_MONTHS_INTO_YEAR && scan.tense(start, end) === 'past' ? scan.ref.y - 1 : scan.ref.y;
}

/**
 * "raised its full-year profit forecast", "cut its full-year guidance": a forecast is of the year
 * still running, though the verb that changes it is past and the report early in the year. Not
 * "estimates", which results beat or miss ("full-year profit beat estimates").
 */
const FORECAST_AFTER = /^(?:[\s-]+[a-z]+){0,3}?[\s-]+(?:forecasts?|outlook|guidance|projections?)\b/i;
const FORECAST_REACH = 48;
const INDEFINITE = new Set(['a', 'an']);

const fullYear: DateRule = {
  id: 'date/full-year',
  pattern: FULL_YEAR,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    if (INDEFINITE.has(wordBefore(scan.text, start))) return null;
    const fiscal = /fiscal/i.test(m[0]) ? 'FY' : '';
    const year = FORECAST_AFTER.test(scan.text.slice(end, end + FORECAST_REACH)) && scan.ref ? scan.ref.y : reportYear(scan, start, end);
    return { start, end, rule: this.id, value: fiscal + yearText(year), timexType: 'DATE', grain: 'year' };
  },
};

const periodToDate: DateRule = {
  id: 'date/period-to-date',
  pattern: YEAR_TO_DATE,
  build(m, scan) {
    const unit = m[1].toLowerCase() as 'year' | 'month' | 'quarter';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: relativePeriod(scan.ref, unit, 0), timexType: 'DATE', grain: unit };
  },
};

/**
 * "the fiscal year ended June 30" is the fiscal year that month closes, "the fiscal year starting
 * July 1" the one that month opens; a bare "the fiscal year"
 * is the last fiscal year the story named ("fiscal 1990 … in the fiscal year"), else the
 * reference year's.
 */
const theFiscalYear: DateRule = {
  id: 'date/the-fiscal-year',
  pattern: THE_FISCAL_YEAR,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    // "the Financial Year Act", "the Fiscal Year Review": a title in capitals names no year.
    if (TITLE_YEAR.test(m[0]) && isCapitalized(wordAfter(scan.text, end))) return null;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'year' as const };
    const closed = PERIOD_CLOSED.exec(scan.text.slice(end, end + CLOSING_WINDOW));
    if (closed) return { ...base, value: `FY${yearText(boundMonth(scan, closed, end).year)}` };
    // "the fiscal year starting July 1": a year that opens after January is named for the next calendar year.
    const opened = PERIOD_OPENED.exec(scan.text.slice(end, end + CLOSING_WINDOW));
    if (opened) {
      const { year, month } = boundMonth(scan, opened, end);
      return { ...base, value: `FY${yearText(year === null ? null : month > 1 ? year + 1 : year)}` };
    }
    const fallback = `FY${yearText(scan.ref?.y ?? null)}`;
    return { ...base, value: fallback, fromEarlier: { grain: 'year', resolve: (earlier: DateHit | null) => (earlier?.value.startsWith('FY') ? earlier.value : fallback) } };
  },
};

/** "Fiscal Year" or "Financial Year" in capitals. */
const TITLE_YEAR = /\b(?:Fiscal|Financial)\s+Year$/;

/** "the latest period", "the same period", "the comparable period": the period the story reports, or one just named. */
const THE_PERIOD = /\bthe\s+(latest|most\s+recent|same|comparable|current)\s+period\b(?!\s+(?:last|a|of|the|in)\b)/gi;

/** The words of a period already under way or ended: "the latest period", "the current period". */
const NOT_AHEAD = /^(?:latest|most\s+recent|current)$/i;

/**
 * "In the same period, the Dow rose 3%": the period named just before. "Earnings for the latest
 * period": the same, or with none, the last quarter that has ended, which results stories report.
 * The latest period is no year ahead a bond matures in ("mature in 2019 … in the latest period").
 */
const thePeriod: DateRule = {
  id: 'date/the-period',
  pattern: THE_PERIOD,
  build(m, scan) {
    const fallback = m[1].toLowerCase() === 'current' ? relativePeriod(scan.ref, 'quarter', 0) : relativePeriod(scan.ref, 'quarter', -1);
    const notAhead = NOT_AHEAD.test(m[1]);
    const fits = (previous: DateHit) => COMPARED_GRAINS.has(previous.grain) && !(notAhead && scan.ref && startsAfter(previous.value, scan.ref));
    return comparedPeriodHit(m, this.id, 'quarter', fallback, (previous) => (fits(previous) ? previous.value : null));
  },
};

/** "the 1988 quarter", "the 1989 period", "the 1990 fiscal year", "the 2023 financial year": a year that names a report's period. */
const THE_YEAR_PERIOD = /\bthe\s+((?:19|20)\d\d)\s+(quarter|period|year|(?:fiscal|financial)\s+year)\b(?![\s-](?:earlier|ago|before|end|old)\b|-|s\b)/gi;

/**
 * "compared with the 1988 quarter": the quarter the story reports, in the year named; the
 * year alone when no quarter was named before it. "the 1988 period" is the period named just
 * before it, in that year.
 */
const theYearPeriod: DateRule = {
  id: 'date/the-year-period',
  pattern: THE_YEAR_PERIOD,
  build(m) {
    const year = m[1];
    const noun = m[2].toLowerCase();
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const };
    if (noun === 'quarter') {
      // A fiscal quarter is no calendar quarter of the year named, so after one the year alone is sure.
      const resolve = (earlier: DateHit | null) => {
        const q = earlier ? parseQuarterValue(earlier.value) : null;
        return q && !q.fiscal ? `${year}-Q${q.q}` : year;
      };
      return { ...base, value: year, grain: 'quarter', fromEarlier: { grain: 'quarter', resolve } };
    }
    if (noun === 'period') return comparedPeriodHit(m, this.id, 'year', year, (previous) => samePeriodIn(previous, year));
    return { ...base, value: noun === 'year' ? year : `FY${year}`, grain: 'year' };
  },
};

/** A period within a year: a quarter, half, month or season, of a calendar or a fiscal year ("1995-Q3", "FY1993-Q3", "1995-06"). */
const PART_OF_YEAR = /^(FY)?\d{4}(-(?:Q[1-4]|H[12]|\d{2}|SP|SU|FA|WI))$/;

/**
 * "a loss for the third quarter, compared with a loss in the 1994 period": the period just named,
 * in the year given (1994-Q3); after a whole year or nothing, that year.
 */
function samePeriodIn(previous: DateHit, year: string): string | null {
  const part = PART_OF_YEAR.exec(previous.value);
  return part ? `${part[1] ?? ''}${year}${part[2]}` : null;
}

/**
 * "the year to March", "the year ended June 30", "the year through September", "the year to next
 * March", "the year ending in March": twelve months closing then.
 */
const YEAR_CLOSING_IN_MONTH = new RegExp(String.raw`\bthe\s+year(?=\s+(?:to|ended|ending|through)\s+(?:in\s+|the\s+end\s+of\s+)?(?:(?:next|last|this)\s+)?${MONTH})`, 'gi');

/**
 * The twelve months a results story reports up to a month it names, a duration as "the 12 months
 * to March" is; the month stays its own date.
 */
const yearClosingInMonth: DateRule = {
  id: 'date/year-to-month',
  pattern: YEAR_CLOSING_IN_MONTH,
  build(m) {
    // "expects the year to march on": a month in lower case is a word.
    if (m[1][0] === m[1][0].toLowerCase()) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: 'P1Y', timexType: 'DURATION', grain: 'other' };
  },
};

export const REPORT_PERIOD_RULES: readonly DateRule[] = [fullYear, periodToDate, theFiscalYear, thePeriod, theYearPeriod, yearClosingInMonth];
