/**
 * Regex sources shared by the date rules. They are joined into patterns once, at module load.
 * Every repetition is over a single class or a fixed word list, so no pattern can backtrack
 * badly on long runs of digits, dots or capitals.
 */

/**
 * A month name; a full stop belongs to it only after an abbreviation ("Feb.", not "December.").
 * Digits may follow without a space ("Dec31, 1994"), letters may not ("Decimal").
 */
export const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])(?:(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))\.)?`;

export const MONTH_FULL = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)\b`;

export const WEEKDAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b(?:(?<=\b(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun))\.)?`;

export const WEEKDAY_FULL = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

/** A day of the month: 15, 15th, 1st. */
export const DAY = String.raw`([0-3]?\d)(?:st|nd|rd|th)?\b`;

export const YEAR = String.raw`([12]\d{3})\b`;

/** A day of the month as an ordinal word: "first", "twenty-third", "thirty first". */
export const DAY_WORD = String.raw`((?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b`;

export const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
export const TEEN_WORD = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

const SMALL = `${DIGIT_WORD}|${TEEN_WORD}`;

/** "twenty-four", "thirty one", and the older "twenty and four". */
const TENS_WORDS = String.raw`(?:${TENS_WORD})(?:[-\s](?:${DIGIT_WORD})|\s+and\s+(?:${DIGIT_WORD})\b)?`;

/** "a hundred", "two hundred", "one hundred and twenty", "a hundred fifty". */
const HUNDREDS_WORDS = String.raw`(?:(?:a|${DIGIT_WORD})\s+)?hundred(?:\s+(?:and\s+)?(?:${TENS_WORDS}|${SMALL})\b)?`;

/** A whole number and a half or a quarter, as wire copy writes it: "1 1/2", "2 3/4", "2-1/2". */
const MIXED_FRACTION = String.raw`\d{1,3}[\s-][13]\/[24]`;

/** A count in digits or words, or a vague one ("several"). */
export const COUNT = String.raw`(${MIXED_FRACTION}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${HUNDREDS_WORDS}|${TENS_WORDS}|${SMALL}|a dozen|dozen|half a dozen|a couple of|couple of|a couple|couple|a few|few|several|many)`;

/** A count that may also be the article "a"/"an" ("a week", "an hour"). */
export const COUNT_OR_ARTICLE = String.raw`(${MIXED_FRACTION}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${HUNDREDS_WORDS}|${TENS_WORDS}|${SMALL}|a dozen|dozen|half a dozen|a couple of|couple of|a couple|couple|a few|few|several|many|an|a)`;

export const UNIT = String.raw`(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries)\b`;

export const UNIT_SINGULAR = String.raw`(day|week|weekend|fortnight|month|quarter|year|decade|century)\b`;

/** Words that make a duration approximate or bounded ("more than three years"). */
export const APPROX = String.raw`(about|around|roughly|approximately|nearly|almost|some|more than|over|less than|under|at least|at most|up to|just over|just under|well over|only)`;

/** A count in words up to twelve: "eight straight sessions". */
export const TWELVE_OR_FEWER_WORD = `${DIGIT_WORD}|ten|eleven|twelve`;

/** An hour of the clock in words: "seven" in "half past seven". */
export const HOUR_WORD = TWELVE_OR_FEWER_WORD;

export const DAY_PART = String.raw`(morning|afternoon|evening|night)\b`;

/** An ordinal of a run or a series, in words or figures: "third", "10th". */
export const ORDINAL = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th)`;
