/**
 * Calendar units, singular and plural, to the unit they measure. `letter` is the TIMEX3
 * duration designator and `factor` scales the count ("three decades" → P30Y).
 */
export type UnitName = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export interface TimeUnit {
  unit: UnitName;
  letter: 'S' | 'M' | 'H' | 'D' | 'W' | 'Q' | 'Y' | 'WE';
  factor: number;
  /** Time-of-day units go after the T in a duration: PT3H. */
  clock: boolean;
}

const U = (unit: UnitName, letter: TimeUnit['letter'], factor = 1, clock = false): TimeUnit => ({ unit, letter, factor, clock });

export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', U('second', 'S', 1, true)], ['seconds', U('second', 'S', 1, true)], ['sec', U('second', 'S', 1, true)], ['secs', U('second', 'S', 1, true)],
  ['minute', U('minute', 'M', 1, true)], ['minutes', U('minute', 'M', 1, true)], ['min', U('minute', 'M', 1, true)], ['mins', U('minute', 'M', 1, true)],
  ['hour', U('hour', 'H', 1, true)], ['hours', U('hour', 'H', 1, true)], ['hr', U('hour', 'H', 1, true)], ['hrs', U('hour', 'H', 1, true)],
  ['day', U('day', 'D')], ['days', U('day', 'D')],
  ['week', U('week', 'W')], ['weeks', U('week', 'W')],
  ['weekend', U('weekend', 'WE')], ['weekends', U('weekend', 'WE')], ['week-end', U('weekend', 'WE')],
  // Two weeks, as TIMEX3 and Recognizers write it: "the past fortnight" is P2W.
  ['fortnight', U('week', 'W', 2)], ['fortnights', U('week', 'W', 2)],
  ['month', U('month', 'M')], ['months', U('month', 'M')],
  ['quarter', U('quarter', 'Q')], ['quarters', U('quarter', 'Q')],
  ['year', U('year', 'Y')], ['years', U('year', 'Y')], ['yr', U('year', 'Y')], ['yrs', U('year', 'Y')],
  ['decade', U('decade', 'Y', 10)], ['decades', U('decade', 'Y', 10)],
  ['century', U('century', 'Y', 100)], ['centuries', U('century', 'Y', 100)],
]);

/** The hours of a twelve-hour clock in words ("half past seven"). */
export const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** Words that may follow an hour written bare ("at 7 on Friday"); others make it a count ("at 7 venues"). */
export const WORDS_AFTER_BARE_HOUR: ReadonlySet<string> = new Set([
  '', 'and', 'or', 'on', 'in', 'at', 'to', 'until', 'till', 'when', 'with', 'for', 'the', 'local', 'sharp', 'that',
  'as', 'but', 'this', 'tonight', 'today', 'tomorrow', 'yesterday', 'last', 'next', 'after', 'before', 'while', 'where',
]);

/**
 * Words of prices, rates and scores: near them "at 10.30" is a figure ("shares closed at
 * 10.30 on Friday", "the dollar stood at 1.45 marks"), not a time of day.
 */
export const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'closed', 'closing', 'close', 'opened', 'ended', 'finished', 'traded', 'trading', 'quoted', 'stood', 'fixed', 'fixing',
  'valued', 'priced', 'shares', 'share', 'stock', 'stocks', 'index', 'yield', 'rate', 'rates', 'price', 'prices', 'cents',
  'pence', 'points', 'percent', 'dollar', 'dollars', 'euro', 'euros', 'yen', 'marks', 'francs', 'pounds', 'odds', 'score',
  'average', 'bid', 'offer', 'level',
]);
