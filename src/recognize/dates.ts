import { sentenceAt } from '../text/sentence-at';
import type { DateCandidate, RecognizeContext, Recognizer } from '../pipeline-types';
import { parseIsoDay } from '../resolve/timex-calendar';
import { readTense, type TenseReading } from '../resolve/timex-tense';
import { ABSOLUTE_RULES } from './dates/absolute';
import { AFTER_NEXT_RULES } from './dates/after-next';
import { resolveAnchors } from './dates/anchors';
import { lendOffsetYearToSeason } from './dates/season-after-offset';
import { CLIPPED_YEAR_RULES } from './dates/clipped-years';
import { CLOCK_WORD_RULES } from './dates/clock-words';
import { COMPACT_DATE_RULES } from './dates/compact-dates';
import { COUNT_THEN_STEP_RULES } from './dates/count-then-step';
import { DAY_LIST_RULES } from './dates/day-lists';
import { joinDayEdges } from './dates/day-edge';
import { joinDayPartOf } from './dates/day-part-of';
import { DAY_PART_RULES } from './dates/day-parts';
import { DOTTED_TIME_RULES } from './dates/dotted-times';
import { linkDurationRanges } from './dates/duration-ranges';
import { DURATION_RULES } from './dates/durations';
import { EDGE_ABBREVIATION_RULES } from './dates/edge-abbreviations';
import { EVENT_RUN_RULES } from './dates/event-runs';
import { anchorFiscalBounds, anchorQuarterEnds } from './dates/fiscal-bounds';
import type { DateHit, DateRule, DateScan } from './dates/hit';
import { GAME_CLOCK_RULES } from './dates/game-clock';
import { GENERATION_RULES } from './dates/generations';
import { HOLIDAY_RULES } from './dates/holidays';
import { undateHabitualTimes } from './dates/habits';
import { HOUR_DAY_PART_RULES } from './dates/hour-day-part';
import { HOUR_RANGE_RULES } from './dates/hour-ranges';
import { joinCompoundDurations } from './dates/join-durations';
import { LAST_DAY_OF_MONTH_RULES } from './dates/last-day-of-month';
import { linkRanges } from './dates/link-ranges';
import { rollOvernightEnds } from './dates/overnight-ranges';
import { MEAL_TIME_RULES } from './dates/meal-times';
import { MILLENNIUM_RULES } from './dates/millennium';
import { MONTH_DAY_ALONE_RULES } from './dates/month-day-alone';
import { MONTH_POSSESSIVE_RULES } from './dates/month-possessive';
import { lendNamedYear } from './dates/named-year';
import { afterPastPerfect } from './dates/past-perfect';
import { narrateWeekdays } from './dates/narrated-weekdays';
import { joinOffsetToDay } from './dates/offset-from-day';
import { NTH_WEEKDAY_RULES } from './dates/nth-weekday';
import { joinTimeToDay } from './dates/join-time';
import { extendWithPositionWords } from './dates/modifiers';
import { keepLongestHits } from './dates/overlaps';
import { PERIOD_RULES } from './dates/periods';
import { settlePostponed } from './dates/postponed';
import { isQueryText } from './dates/query-text';
import { RANGE_RULES } from './dates/ranges';
import { REFERENCE_RULES } from './dates/references';
import { RELATIVE_RULES } from './dates/relative';
import { REPORT_PERIOD_RULES } from './dates/report-periods';
import { SEPARATED_RULES } from './dates/separated';
import { SESSION_RULES } from './dates/sessions';
import { SET_RULES } from './dates/sets';
import { SPELLED_DATE_RULES } from './dates/spelled-dates';
import { SPORT_SEASON_RULES } from './dates/sport-seasons';
import { STREAK_RULES } from './dates/streaks';
import { anchorThatMonth } from './dates/that-month';
import { THE_UNIT_RULES } from './dates/the-unit';
import { THIS_DAY_IN_RULES } from './dates/this-day-in';
import { TWILIGHT_RULES } from './dates/twilight';
import { BROADCAST_HOUR_RULES } from './dates/broadcast-hour';
import { TIME_RULES } from './dates/times';
import { NAMED_TIME_RULES } from './dates/named-times';
import { WEEKDAY_RULES } from './dates/weekdays';
import { WEEK_RULES } from './dates/weeks';
import { joinWeekdayToDay } from './dates/weekday-from-day';
import { ruleStarts } from './dates/rule-starts';
import { StartIndex } from './start-index';

/**
 * The date rules, by family. Order does not matter: every rule runs over the whole text and
 * the longest hit wins where they overlap.
 */
export const DATE_RULES: readonly DateRule[] = [
  ...ABSOLUTE_RULES,
  ...CLIPPED_YEAR_RULES,
  ...COMPACT_DATE_RULES,
  ...SPELLED_DATE_RULES,
  ...SEPARATED_RULES,
  ...RANGE_RULES,
  ...DAY_LIST_RULES,
  ...WEEKDAY_RULES,
  ...AFTER_NEXT_RULES,
  ...THIS_DAY_IN_RULES,
  ...NTH_WEEKDAY_RULES,
  ...LAST_DAY_OF_MONTH_RULES,
  ...RELATIVE_RULES,
  ...BROADCAST_HOUR_RULES,
  ...MILLENNIUM_RULES,
  ...COUNT_THEN_STEP_RULES,
  ...EDGE_ABBREVIATION_RULES,
  ...PERIOD_RULES,
  ...REPORT_PERIOD_RULES,
  ...STREAK_RULES,
  ...SESSION_RULES,
  ...EVENT_RUN_RULES,
  ...SPORT_SEASON_RULES,
  ...GENERATION_RULES,
  ...HOLIDAY_RULES,
  ...DURATION_RULES,
  ...GAME_CLOCK_RULES,
  ...SET_RULES,
  ...TIME_RULES,
  ...NAMED_TIME_RULES,
  ...DOTTED_TIME_RULES,
  ...CLOCK_WORD_RULES,
  ...HOUR_DAY_PART_RULES,
  ...HOUR_RANGE_RULES,
  ...REFERENCE_RULES,
  ...MONTH_DAY_ALONE_RULES,
  ...MONTH_POSSESSIVE_RULES,
  ...WEEK_RULES,
  ...THE_UNIT_RULES,
  ...DAY_PART_RULES,
  ...MEAL_TIME_RULES,
  ...TWILIGHT_RULES,
];

/** A numeric date whose first part cannot be a month: "15/02/2024" shows the article writes day first. */
const NUMERIC_DATE_ORDER = /\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/g;

function writesDayFirst(text: string): boolean {
  NUMERIC_DATE_ORDER.lastIndex = 0;
  for (let m = NUMERIC_DATE_ORDER.exec(text); m; m = NUMERIC_DATE_ORDER.exec(text)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return true;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return false;
  }
  return false;
}

/** "by early June", "by June 3": a deadline month lies ahead even in a past-tense report. */
const DEADLINE_BEFORE = /\bby\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+middle\s+of)[\s-]+)?$/i;

function makeScan(ctx: RecognizeContext): { scan: DateScan; sentenceOf: (offset: number) => number } {
  const { text, sentences } = ctx;
  const sentenceOf = (offset: number): number => sentenceAt(sentences, offset);
  let dayFirst: boolean | undefined;
  const query = isQueryText(text);
  // A rule asks for the tense and then whether it is a standing fixture: read once per expression.
  let last: { start: number; end: number; reading: TenseReading } | null = null;
  const reading = (start: number, end: number): TenseReading => {
    if (last?.start !== start || last.end !== end) {
      const s = sentences[sentenceOf(start)];
      last = { start, end, reading: s ? readTense(text, s.start, Math.max(s.end, end), start, end) : readTense(text, 0, text.length, start, end) };
    }
    return last.reading;
  };
  const scan: DateScan = {
    text,
    ref: parseIsoDay(ctx.referenceDate),
    sentences,
    query,
    tense(start, end) {
      return reading(start, end).tense ?? (query ? 'future' : null);
    },
    standingFixture(start, end) {
      return reading(start, end).standingFixture;
    },
    deadlineBefore(start) {
      return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    },
    dayFirst() {
      dayFirst ??= writesDayFirst(text);
      return dayFirst;
    },
  };
  return { scan, sentenceOf };
}

/**
 * A match that starts inside a number ("000 days" in "1,000 days", "15" in "2015", "2 years" in
 * "1/2 years") is no expression of its own.
 */
function startsInsideNumber(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before >= 48 && before <= 57) return true;
  if (before !== 44 && before !== 46 && before !== 47) return false;
  const twoBefore = text.charCodeAt(at - 2);
  return twoBefore >= 48 && twoBefore <= 57;
}

/**
 * Each rule with its sticky twin when the strings its matches begin with are known. Such a rule
 * is tried only where one of them stands: most rules match at a few places in an article or
 * none, and a scan of the whole text per rule was half the run time. The others scan the text.
 */
const PLANNED_RULES = ruleStarts(DATE_RULES).map((read, i) => {
  const rule = DATE_RULES[i];
  const starts = read && read.every(StartIndex.covers) ? read : null;
  const sticky = starts ? new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', 'y')) : null;
  return { rule, starts, sticky };
});

const START_INDEX = new StartIndex(PLANNED_RULES.map((p) => p.starts ?? []));

/**
 * A try at one place costs about as much as scanning this many characters: a rule whose starts
 * stand more often than that in a text scans it instead (the same matches either way).
 */
const CHARACTERS_PER_TRY = 48;

function runRules(scan: DateScan): DateHit[] {
  const hits: DateHit[] = [];
  const text = scan.text;
  const places = START_INDEX.placesIn(text);
  const take = (rule: DateRule, m: RegExpExecArray): void => {
    if (startsInsideNumber(text, m.index)) return;
    const built = rule.build(m, scan);
    if (Array.isArray(built)) hits.push(...built);
    else if (built) hits.push(built);
  };
  PLANNED_RULES.forEach(({ rule, sticky }, i) => {
    if (sticky && places[i].length * CHARACTERS_PER_TRY < text.length) {
      // The same matches a global scan finds: it too tries each place in turn and resumes after a match.
      let resume = 0;
      for (const at of places[i]) {
        if (at < resume) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (!m) continue;
        resume = m[0].length === 0 ? at + 1 : at + m[0].length;
        if (m[0].length > 0) take(rule, m);
      }
      return;
    }
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      take(rule, m);
    }
  });
  return hits;
}

function toCandidate(h: DateHit): DateCandidate {
  return {
    kind: 'date',
    start: h.start,
    end: h.end,
    rule: h.rule,
    value: h.value,
    timexType: h.timexType,
    ...(h.mod ? { mod: h.mod } : {}),
    ...(h.range ? { range: h.range } : {}),
    ...(h.ambiguous ? { ambiguous: true } : {}),
  };
}

/** A past perfect stands before offset `at` in its clause. */
function inFlashback(scan: DateScan, sentenceOf: (offset: number) => number, at: number): boolean {
  const s = scan.sentences[sentenceOf(at)];
  return s ? afterPastPerfect(scan.text.slice(s.start, s.end), at - s.start) : afterPastPerfect(scan.text, at);
}

/**
 * Finds temporal expressions with precompiled patterns over the normalized text, then settles
 * them in order: longest hit wins, counts and weekdays join the day they count from ("3 days
 * after May 2", "the Sunday after Thanksgiving"), position words widen spans ("early", "the end
 * of"), neighbours link into ranges, a fiscal year
 * lends its year to the day it ends on, weekdays of a narrated episode follow its day, a day
 * written without its year takes the year of the date just before it ("that August" the year
 * last named), the old date of a postponed plan falls before its new one, and anchored
 * expressions take their day from the text.
 */
export function recognizeDates(ctx: RecognizeContext): DateCandidate[] {
  const { scan, sentenceOf } = makeScan(ctx);
  let hits = keepLongestHits(runRules(scan));
  hits = joinTimeToDay(hits, scan.text, scan.query);
  hits = joinDayPartOf(hits, scan.text);
  hits = joinDayEdges(hits, scan.text);
  hits = joinCompoundDurations(hits, scan.text);
  hits = joinOffsetToDay(hits, scan.text);
  hits = joinWeekdayToDay(hits, scan.text);
  hits = extendWithPositionWords(hits, scan.text);
  hits = linkDurationRanges(hits, scan.text);
  hits = linkRanges(hits, scan);
  hits = anchorFiscalBounds(hits, scan.text);
  hits = anchorQuarterEnds(hits, scan.text);
  hits = narrateWeekdays(hits, scan.text, scan.ref);
  hits = lendNamedYear(hits, scan.text, sentenceOf, scan.ref, (at) => inFlashback(scan, sentenceOf, at));
  hits = anchorThatMonth(hits, scan.text);
  hits = settlePostponed(hits, scan.text, sentenceOf);
  hits = undateHabitualTimes(hits, scan);
  hits = rollOvernightEnds(resolveAnchors(hits, scan.ref, sentenceOf, scan.text, scan.tense));
  hits = lendOffsetYearToSeason(hits, scan.text);
  return hits.filter((h) => h.value !== '').map(toCandidate);
}

export const dateRecognizer: Recognizer = {
  name: 'dates',
  kinds: ['date'],
  recognize: (ctx) => (ctx.kinds.has('date') ? recognizeDates(ctx) : []),
};
