/** Seasons to their TIMEX3 codes ("last summer" → 2023-SU). */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** The first and last month of each season, northern hemisphere; winter runs into the next year. */
export const SEASON_MONTHS: ReadonlyMap<string, { first: number; last: number }> = new Map([
  ['SP', { first: 3, last: 5 }],
  ['SU', { first: 6, last: 8 }],
  ['FA', { first: 9, last: 11 }],
  ['WI', { first: 12, last: 14 }],
]);

/** Parts of the day to their TIMEX3 codes ("Monday morning" → 2024-02-12TMO). */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);
