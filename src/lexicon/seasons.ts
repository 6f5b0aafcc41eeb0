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

/**
 * Events on a calendar a season names before them: "the fall session", "the summer recess", "the
 * party's autumn conference". Not weather ("a winter storm") nor what a body publishes ("the Spring
 * Statement"), which name a kind more than a time.
 */
export const SEASON_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'session', 'sessions', 'sitting', 'sittings', 'recess', 'break', 'holidays', 'term', 'semester', 'election', 'elections',
  'meeting', 'meetings', 'summit', 'conference', 'convention', 'congress', 'plenary', 'campaign', 'offensive', 'tour',
  // An airline's or a railway's season of flights: "their summer timetables", "the winter schedule".
  'schedule', 'schedules', 'timetable', 'timetables',
  // Football's transfer window: "the summer window closes on Sept. 1".
  'window',
]);
