import { SEASONS } from '../../lexicon/seasons';
import { pad4 } from '../../resolve/timex-calendar';
import { businessNear, seasonInSentence } from './business-context';
import type { DateHit, DateScan } from './hit';
import { withArticle } from './words';

/**
 * What names a year that straddles two calendar years as fiscal: "the 1990-91 fiscal year",
 * "1995-96 financial year", "the 2023/24 tax year". It joins the span.
 */
const FISCAL_AFTER = /^\s+(?:fiscal|financial|budget|tax)\s+year\b/i;

/**
 * "season", "school year", "academic year", "crop year", "campaign": a year of play, study or harvest
 * that joins the span. A season of the calendar before "season" names which part of the two years
 * it is: "the 2026-27 winter season" of a cruise line or a ski resort is the winter the first year
 * opens (2026-WI, as "the winter of 2026-27").
 */
const SEASON_AFTER = /^\s+(?:(spring|summer|autumn|fall|winter)\s+season|season|campaign|term|(?:school|academic|crop|marketing)\s+year)\b/i;

/**
 * "1990-91", "the 2023-24 season", "1995/96 fiscal year": two consecutive years written as one
 * span name one fiscal, school or sports year, not a range of two years. TimeML and OntoNotes
 * mark it as one DATE; TIMEX3 has no value for a year that straddles January, so a fiscal year
 * takes FY and the year it ends in (as "fiscal 1996" and "FY96" do), and any other such year
 * the calendar year it opens in, as "last season" does. A four-digit second year ("2023-2024")
 * reads this way only before a season or fiscal word; bare, it stays a range of two years.
 * A bare "2025-26" in a report on money with no word of sport or school ("capital expenditure
 * for 2025-26", "a surplus of A$9.3 billion in 2023-24") is a fiscal year too: budgets, results
 * and forecasts are kept by fiscal years, and only they, seasons and school years straddle January.
 */
export function splitYearHit(scan: DateScan, start: number, end: number, from: number, to: number, shortSecond: boolean, rule: string): DateHit | null {
  if (to !== from + 1) return null;
  const after = scan.text.slice(end, end + 24);
  const fiscal = FISCAL_AFTER.exec(after);
  const season = SEASON_AFTER.exec(after);
  if (!shortSecond && !fiscal && !season) return null;
  const named = fiscal ?? season;
  // "the 2024-25 fiscal year", "the 2017-18 school year": with its kind of year the article joins too, as in "the fourth quarter".
  const first = named ? withArticle(scan.text, start) : start;
  if (fiscal) return { start: first, end: end + fiscal[0].length, rule, value: `FY${pad4(to)}`, timexType: 'DATE', grain: 'year' };
  if (season?.[1]) return { start: first, end: end + season[0].length, rule, value: `${pad4(from)}-${SEASONS.get(season[1].toLowerCase())}`, timexType: 'DATE', grain: 'season' };
  if (season) return { start: first, end: end + season[0].length, rule, value: pad4(from), timexType: 'DATE', grain: 'year' };
  if (businessNear(scan, start, end) && !seasonInSentence(scan, start)) return { start, end, rule, value: `FY${pad4(to)}`, timexType: 'DATE', grain: 'year' };
  return { start, end, rule, value: pad4(from), timexType: 'DATE', grain: 'year' };
}

/** The second year of "1995-96", "1999-00" or "1995-1996", in full. */
export function secondYear(first: number, written: string): number {
  if (written.length === 4) return Number(written);
  const year = Math.floor(first / 100) * 100 + Number(written);
  return year <= first ? year + 100 : year;
}
