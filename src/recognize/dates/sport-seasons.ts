import { POSITION_MODS } from '../../lexicon/date-modifiers';
import { parseCardinal } from '../../resolve/numbers';
import { durationValue, relativePeriod } from '../../resolve/timex';
import { pad4 } from '../../resolve/timex-calendar';
import { CALENDAR_YEAR_SEASON_CUE, SPLIT_SEASON_BREAK_FIRST_MONTH, SPLIT_SEASON_OPENING_MONTH } from '../../lexicon/season-calendars';
import { COUNT } from './fragments';
import type { DateRule, DateScan } from './hit';
import { wordBefore } from './words';
import { lookupTable } from '../../lexicon/lookup-table';

/**
 * "last season", "this season", "the previous season": a sports or theatre season, named by the
 * year it opens in (TimeML has no season-of-play value); "last season" said in October 1989
 * is 1988, said in March 2024 of a football club 2022. A bare "the season" is left alone: "open
 * the season" is an event, not a time.
 */
const RELATIVE_SEASON = /\b(this|last|next|the\s+(?:previous|prior|following|current|coming|past|upcoming))\s+season\b(?!-)/gi;

/** "the rest of the season", "the end of this season": part of the season being played. */
const SEASON_EDGE = /\b(?:the\s+)?(rest|remainder|balance|end|start|beginning|middle)\s+of\s+(?:the|this)\s+season\b(?!-)/gi;

/**
 * "the past three seasons", "two straight seasons", "several seasons": seasons counted, a year
 * of play each. Not the four of the weather ("all four seasons") or the hotels ("Four Seasons").
 */
const COUNTED_SEASONS = new RegExp(
  String.raw`\b(?:the\s+(?:past|last|next|previous|first|final|coming)\s+)?${COUNT}\s+(?:(?:straight|consecutive|successive|full)\s+)?(seasons)\b(?!-)`,
  'gi',
);

// Each text is searched once, however many seasons it names.
const calendarYearTexts = new WeakMap<DateScan, boolean>();

/** The text names a sport played from spring to autumn, whose season is its calendar year. */
function calendarYearSeason(scan: DateScan): boolean {
  let found = calendarYearTexts.get(scan);
  if (found === undefined) {
    found = CALENDAR_YEAR_SEASON_CUE.test(scan.text);
    calendarYearTexts.set(scan, found);
  }
  return found;
}

/**
 * The TIMEX3 year of the season `step` seasons from the one in play: a calendar year's where the
 * text names such a sport, else a split season's, which opened last year until August comes and
 * which, in the summer break, "last season" names as well as "this season" does.
 */
export function seasonValue(scan: DateScan, step: number): string {
  const ref = scan.ref;
  if (!ref) return relativePeriod(null, 'year', 0);
  if (calendarYearSeason(scan) || ref.m >= SPLIT_SEASON_OPENING_MONTH) return pad4(ref.y + step);
  const inBreak = ref.m >= SPLIT_SEASON_BREAK_FIRST_MONTH;
  return pad4(ref.y - 1 + (inBreak && step < 0 ? 0 : step));
}

const STEP: Readonly<Record<string, number>> = lookupTable({ this: 0, current: 0, last: -1, previous: -1, prior: -1, past: -1, next: 1, following: 1, coming: 1, upcoming: 1 });

const relativeSeason: DateRule = {
  id: 'date/sport-season',
  pattern: RELATIVE_SEASON,
  build(m, scan) {
    const step = STEP[m[1].toLowerCase().replace(/^the\s+/, '')];
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: seasonValue(scan, step), timexType: 'DATE', grain: 'year' };
  },
};

const seasonEdge: DateRule = {
  id: 'date/sport-season',
  pattern: SEASON_EDGE,
  build(m, scan) {
    const mod = POSITION_MODS.get(m[1].toLowerCase());
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: seasonValue(scan, 0), timexType: 'DATE', grain: 'year', ...(mod ? { mod } : {}) };
  },
};

const countedSeasons: DateRule = {
  id: 'date/sport-seasons-counted',
  pattern: COUNTED_SEASONS,
  build(m, scan) {
    const [whole, countText, seasons] = m;
    if (seasons !== 'seasons' || wordBefore(scan.text, m.index) === 'all') return null;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: durationValue(parseCardinal(countText), 'Y', false), timexType: 'DURATION', grain: 'other' };
  },
};

export const SPORT_SEASON_RULES: readonly DateRule[] = [relativeSeason, seasonEdge, countedSeasons];
