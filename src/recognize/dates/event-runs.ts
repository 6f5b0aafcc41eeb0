import { relativePeriod } from '../../resolve/timex';
import { ORDINAL } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { anchoredPeriod } from './relative';


/**
 * "the strike entered its third week", "the search, now in its 10th day", "the war moved into its
 * fifth year": an event that is still running has reached the nth period, and the story reports
 * it in the period it is written in. TIMEX3 has no value for "the nth week of a strike" without the
 * strike's first day, so, as MEANTIME marks "a second consecutive day" with the day of the story,
 * the value is the reference's own day, week, month or year (a day follows the last day named).
 * A verb of reaching must come first: "in its first year, the firm lost money" tells of a past year.
 */
const RUN_REACHED = new RegExp(
  String.raw`\b(?:enter(?:s|ed|ing)?|into|now\s+in|(?:is|are|was|were)\s+(?:now\s+)?in|reach(?:es|ed|ing)?|mark(?:s|ed|ing)?|beg(?:an|ins?)|start(?:s|ed)?)\s+((?:its|their|his|her)\s+(${ORDINAL})\s+(?:straight\s+|consecutive\s+|full\s+)?(day|week|month|year))\b(?![-\u2019']|\s+(?:of|in)\b)`,
  'gi',
);

/**
 * "the 10th day of the strike", "the third week of the trial", "the final day of the summit", "the
 * fourth day of the fifth Test": the nth period of a named event, read as RUN_REACHED is. A
 * calendar word after "of" is left to the calendar rules ("the first day of the month", "the last
 * week of the year").
 */
const NTH_OF_EVENT = new RegExp(
  String.raw`\bthe\s+(${ORDINAL}|last|final|opening|closing)\s+(day|week|month|year)\s+of\s+(?:the|its|their|his|her|this)\s+(?:(?:${ORDINAL}|final|opening)\s+)?([a-z]+)\b(?!-)`,
  'gi',
);

/** Words after "of the" that name a calendar period or its kind, not an event. */
const CALENDAR_HEADS: ReadonlySet<string> = new Set([
  'day', 'week', 'weekend', 'month', 'year', 'quarter', 'half', 'season', 'decade', 'century', 'millennium', 'term',
  'new', 'next', 'last', 'current', 'coming', 'following', 'previous', 'same', 'school', 'academic', 'fiscal',
  'financial', 'calendar', 'tax', 'trading', 'working', 'business', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'lunar', 'jewish', 'islamic', 'chinese', 'holy', 'rest',
]);

/**
 * "the final hour of trading", "the first hour of the session", "the last half-hour of trade": a
 * part of the trading day the story tells of. Every large exchange opens in the morning and
 * closes in the afternoon, so the first hour is TMO and the last TAF on that day.
 */
const TRADING_HOUR = /\bthe\s+(first|opening|last|final|closing)\s+(?:hour|half[-\s]hour|(?:\d{1,2}|ten|fifteen|twenty|thirty)\s+minutes)\s+of\s+(?:the\s+)?(?:trading(?:\s+(?:day|session))?|trade|dealings|(?:trading\s+)?session)\b/gi;

function periodOfRun(base: Omit<DateHit, 'value' | 'grain'>, noun: string, scan: DateScan): DateHit {
  const unit = noun.toLowerCase() as 'day' | 'week' | 'month' | 'year';
  // The day is placed as a clock time is: a day of its own sentence, else the last day the story
  // reports, but no day still to come ("takes effect Jan. 1, 2025. The strike entered its 40th day").
  if (unit === 'day') return { ...base, grain: 'day', value: '', anchored: { from: 'sentence', resolve: anchoredPeriod('day', 0).resolve } };
  return { ...base, grain: unit, value: relativePeriod(scan.ref, unit, 0) };
}

const runReached: DateRule = {
  id: 'date/event-run',
  pattern: RUN_REACHED,
  build(m, scan) {
    const start = m.index + m[0].length - m[1].length;
    return periodOfRun({ start, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' }, m[3], scan);
  },
};

const nthOfEvent: DateRule = {
  id: 'date/event-run',
  pattern: NTH_OF_EVENT,
  build(m, scan) {
    if (CALENDAR_HEADS.has(m[3].toLowerCase())) return null;
    return periodOfRun({ start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' }, m[2], scan);
  },
};

const tradingHour: DateRule = {
  id: 'date/trading-hour',
  pattern: TRADING_HOUR,
  build(m) {
    const part = /^(?:first|opening)$/i.test(m[1]) ? 'TMO' : 'TAF';
    const day = anchoredPeriod('day', 0);
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: this.id,
      value: '',
      timexType: 'TIME',
      grain: 'time',
      anchored: { from: day.from, resolve: (anchor) => { const r = day.resolve(anchor); return { ...r, value: `${r.value}${part}` }; } },
    };
  },
};

export const EVENT_RUN_RULES: readonly DateRule[] = [runReached, nthOfEvent, tradingHour];
