/** Weekday names and abbreviations, lower-cased, to ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** A weekday's full name, which no abbreviation shares with a word or a name ("Sun", "Sat", "Wed"). */
export const isFullWeekdayName = (lower: string): boolean => WEEKDAYS.has(lower) && lower.endsWith('day');
