import { NOUN_DETERMINERS } from '../../lexicon/determiners';
import { AMBIGUOUS_MONTHS, FULL_MONTH_NAMES, MONTH_EVENT_NOUNS, MONTH_EVENT_QUALIFIERS, MONTH_LEAD_WORDS, MONTHLY_FIGURES, MONTHS, VERB_MONTHS } from '../../lexicon/months';
import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { CONTRACT_COMMODITIES, CONTRACT_LEADS, CONTRACT_WORDS } from '../../lexicon/contract-months';
import { DATED_EVENTS } from '../../lexicon/dated-events';
import { COUNT_NOUNS, COUNTING_HEADS, NUMBER_LABEL_WORDS, TEMPORAL_LEAD_WORDS } from '../../lexicon/date-modifiers';
import { STREET_WORDS } from '../../lexicon/place-words';
import { FIGURE_WORDS, WORDS_AFTER_BARE_HOUR } from '../../lexicon/time-units';
import { parseOrdinal } from '../../resolve/numbers';
import { addMonths, compareDays, formatMonth, isoWeekday, isValidDay, pad2, pad4 } from '../../resolve/timex-calendar';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { pastEventAfterOpening, pastEventBefore, pastEventOfSubject } from '../../resolve/timex-tense';
import { sentenceAt } from '../../text/sentence-at';
import { expandTwoDigitYear, lastRoundYear, monthDayValue, yearForMonth, yearForMonthDay } from '../../resolve/timex';
import { DAY, DAY_WORD, MONTH, MONTH_FULL, WEEKDAY, YEAR } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { toldAsYearlyHabit } from './habits';
import { PAST_PERFECT } from './past-perfect';
import { charBefore, hasWordIn, isCapitalized, isCountedNoun, isRecordWord, wordAfter, wordBefore } from './words';

/** The year after a day: "Feb. 15, 2024", "June 28 of 2020", "28 June in 2020". */
export const DAY_YEAR_TAIL = String.raw`(?:(?:\s?,\s*|\s+)(?:of\s+|in\s+)?${YEAR})?`;

/** "Thursday, Feb. 15, 2024", "Feb. 15", "March 12 2009", "February 16th", "January first 2000", "June the 28th". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(?:${WEEKDAY},?\s+(?:the\s+)?)?${MONTH}(?:\s?${DAY}(?!\s?[,.:]\d)|\s+(?:the\s+)?(?:${DAY}|${DAY_WORD}))${DAY_YEAR_TAIL}`,
  'gi',
);

/** "15 February 2024", "11 December", "4th of July 1995", "Friday 15 March", "the fourth of July". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(?:${WEEKDAY},?\s+(?:the\s+)?)?(?:${DAY}\s+(?:of\s+)?|${DAY_WORD}\s+of\s+)${MONTH}${DAY_YEAR_TAIL}`,
  'gi',
);

/** "the 15th day of March", "the twenty-third day of next month". */
const NTH_DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(?:${DAY}|${DAY_WORD})\s+day\s+of\s+(?:${MONTH}${DAY_YEAR_TAIL}|(this|next|last|the)\s+month\b)`,
  'gi',
);

/** "May 2008", "September, 2010", "June of 2011", "October '87". */
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?(?:${YEAR}|['\u2019](\d{2})\b)`, 'gi');

/**
 * "March last year", "Jan. 1 of this year", "June 3 next year", and day first as British, Indian and
 * Australian copy writes it, "30 September next year": a month or day in a year named from the reference.
 */
const MONTH_IN_RELATIVE_YEAR = new RegExp(
  String.raw`\b((?:${DAY}\s+(?:of\s+)?)?${MONTH}(?:\s?${DAY}(?!\s?[,.:]\d))?)(?:,\s*|\s+)(?:of\s+)?((this|last|next)\s+year)\b(?!['\u2019]s)`,
  'gi',
);

/**
 * "2015-03": a year and month, when it cannot be a span of years ("2011-12" is one). Where the
 * month's digits are the next year's ("the 2008-09 crisis", "the 2005-06 season"), news means
 * the span: a month in that form is data's, not prose's.
 */
const ISO_MONTH = /\b([12]\d{3})-(0[1-9]|1[0-2])\b(?![-/.]\d)/g;

/** "this September", "last March", "next May", "next June 30", "next Sept. 30" (not "next June 30, 1990", which names its year). */
const RELATIVE_MONTH = new RegExp(String.raw`\b(this\s+past|this\s+coming|this|last|next|coming)\s+${MONTH}(?:\s+${DAY}(?![.:/-]\d|,?\s+[12]\d{3}\b))?`, 'gi');

/** A month's full name: an abbreviated one ("next Sept.") is read only before its day ("next Sept. 30"). */
const FULL_MONTH_NAME = new RegExp(String.raw`^${MONTH_FULL}$`, 'i');

/** "2024-02-16", "2024/02/16". */
const ISO_DATE = /\b([12]\d{3})([-/])(\d{1,2})\2(\d{1,2})\b(?![-/]\d)/g;

/** "15/02/2024", "02/15/24", "15.02.2024", "02-15-2024". */
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(?![/.-]\d)/g;

/** "on 11/20", "Friday 7/6": a numeric day without a year. */
const NUMERIC_MONTH_DAY = new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?(\d{1,2})\/(\d{1,2})\b(?![/.,-]?\d)`, 'gi');

/** An earlier item of a list of numeric days, just before a later one: "11/20, " or "11/22 or ". */
const LISTED_NUMERIC_DAY = /\b\d{1,2}\/\d{1,2}(?:,\s?|,?\s+(?:and|or|&)\s+)$/;

/** The longest list of numeric days a later item may belong to ("on 11/20, 11/22, 11/23 or 11/25"). */
const MAX_LISTED_DAYS = 8;

/**
 * Where the list of days that ends at `start` begins, each item matched by `item` (anchored at the
 * end) within `reach` characters: "on 11/20, 11/22 or 11/25" takes its lead word ("on") from the
 * first item, and "took the stand on May 7 and May 9" its verb. With no list before it, `start`.
 */
function listStart(text: string, start: number, item: RegExp = LISTED_NUMERIC_DAY, reach = 14): number {
  let at = start;
  for (let i = 0; i < MAX_LISTED_DAYS; i++) {
    const lead = text.slice(Math.max(0, at - reach), at);
    const m = item.exec(lead);
    if (!m) break;
    at -= lead.length - m.index;
  }
  return at;
}

/** "1/4 of the market", "between 1/3 and 1/2 of voters": fractions, not days. */
const FRACTION_TAIL = /^(?:\s+(?:and|to|or)\s+\d{1,2}\/\d{1,2})?\s+of\b/i;

/** Words after which "11/20" is a day, not a fraction or a score. */
const NUMERIC_DAY_LEAD: ReadonlySet<string> = new Set(['on', 'from', 'until', 'till', 'by', 'since', 'before', 'after', 'through', 'thru', 'dated', 'due', 'between', 'starting', 'ending']);

/** A bare year, 1500–2099; its context decides whether it is one. */
const BARE_YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;

/** A month name on its own: "in October", "since Sept.". */
const BARE_MONTH = new RegExp(String.raw`\b${MONTH}(?!['\u2019]s\b)`, 'gi');

/** A line break right after a word, which the next word's capital then does not bind to. */
const LINE_END = /^[^\S\n]*\n/;

/** Words before an abbreviated month that make it one: "in Dec.", "since Sept", not "Jan said". */
const ABBREVIATED_MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'through', 'before', 'after', 'during', 'early', 'late', 'mid', 'mid-', 'to']);

export const monthOf = (word: string) => MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;

/**
 * "may", "march" and "mar" in lower case are verbs in running text (unless a day and year come
 * with them); other months can be written in lower case. A query is typed without capitals, so
 * there "march" is a month too; "may" stays the modal ("this may take longer").
 */
export function acceptableMonthWord(word: string, scan: DateScan): boolean {
  return isCapitalized(word) || !VERB_MONTHS.has(word.toLowerCase()) || queriedMonth(scan, word);
}

/** The tense that places a month: a deadline ("by early June") points ahead, unless the sentence tells it met. */
export function monthTense(scan: DateScan, start: number, end: number) {
  if (closesForecastYear(scan, start)) return 'future';
  const tense = scan.tense(start, end);
  if (!scan.deadlineBefore(start)) return tense;
  return tense === 'past' && PAST_PERFECT.test(sentenceOf(scan, start)) ? 'past' : 'future';
}

/** "the year to March", "the fiscal year ending in March": the month closing a year, right before the month. */
const YEAR_CLOSING_BEFORE = /\bthe\s+(?:(?:current|fiscal|financial)\s+)?year\s+(?:to|ending|through)\s+(?:in\s+)?$/i;
/** How far before the month such a year may start. */
const YEAR_CLOSING_REACH = 40;
/** A forecast of results, which is of a year still running: "cut its profit forecast", "its outlook". */
const FORECAST_NOUN = /\b(?:forecasts?|outlook|guidance|projections?)\b/i;

/**
 * "Honda cut its profit forecast for the year to March", told in October: a forecast is of the
 * year still running, which closes in the coming March, whatever the verb's tense. Only where the
 * forecast comes before the year ("rose 10% in the year to March, beating forecasts" reports one).
 */
function closesForecastYear(scan: DateScan, start: number): boolean {
  if (!YEAR_CLOSING_BEFORE.test(scan.text.slice(Math.max(0, start - YEAR_CLOSING_REACH), start))) return false;
  const s = scan.sentences[sentenceAt(scan.sentences, start)];
  return FORECAST_NOUN.test(scan.text.slice(s ? s.start : 0, start));
}

function sentenceOf(scan: DateScan, at: number): string {
  const s = scan.sentences[sentenceAt(scan.sentences, at)];
  return s ? scan.text.slice(s.start, s.end) : scan.text;
}

/** A month named without its year, in the year the tense around text[start, end) points to: "in March", "January's gain". */
export function tensedMonthValue(scan: DateScan, month: number, start: number, end: number): string {
  return scan.ref ? formatMonth(yearForMonth(scan.ref, month, monthTense(scan, start, end)), month) : `XXXX-${pad2(month)}`;
}

/**
 * "The ONS publishes January GDP on Wednesday" told in March: the month a statistic covers is the
 * nearest of that name, for figures come out within weeks of their month, before or after a
 * publication still to come; it is placed as a day with no tense is, by its middle.
 */
function figuresMonthValue(scan: DateScan, month: number, start: number, end: number): string {
  if (!scan.ref || monthTense(scan, start, end) !== 'future') return tensedMonthValue(scan, month, start, end);
  return formatMonth(yearForMonthDay(scan.ref, month, MID_MONTH_DAY, null), month);
}

const MID_MONTH_DAY = 15;

export function dayHit(scan: DateScan, start: number, end: number, rule: string, month: number, day: number, yearText: string | undefined): DateHit | null {
  const explicit = yearText !== undefined;
  let year: number | null = explicit ? Number(yearText) : null;
  // A day of history carries its year as if written: no year nearby lends another.
  let historic: number | null = null;
  if (year === null && scan.ref) {
    year = yearForMonthDay(scan.ref, month, day, monthTense(scan, start, end));
    // "the year ended March 31", "sank on June 2", "On June 2, the ship sank", "the June 2 vote was
    // close": the past verb of the event the day dates puts it on or before the reference, where a
    // past cue alone leaves some months ahead open.
    const pastEvent = pastEventBefore(scan.text, listStart(scan.text, start, LISTED_DAY_BEFORE, LISTED_DAY_REACH)) || pastEventAfterOpening(scan.text, start, end) || pastEventOfSubject(scan.text, start, end);
    if (pastEvent && compareDays({ y: year, m: month, d: day }, scan.ref) > 0) year--;
    year = yearOfStatedWeekday(scan.text.slice(start, end), year, month, day);
    historic = datedEventYear(scan, end, month, day);
    year = historic ?? year;
  }
  const value = monthDayValue(year, month, day);
  if (!value) return null;
  return {
    start,
    end,
    rule,
    value,
    timexType: 'DATE',
    grain: 'day',
    day: year === null ? undefined : { y: year, m: month, d: day },
    explicitYear: explicit || historic !== null,
  };
}

/** The word right after a day: "attacks" in "the Sept. 11 attacks". */
const NEXT_WORD = /^\s+([A-Za-z]+)/;

/** The year of a day of history the noun after it names ("the Sept. 11 attacks"), if the story is told after it. */
function datedEventYear(scan: DateScan, end: number, month: number, day: number): number | null {
  const noun = NEXT_WORD.exec(scan.text.slice(end, end + 24))?.[1].toLowerCase();
  const event = noun ? DATED_EVENTS.find((e) => e.month === month && e.day === day && e.nouns.has(noun)) : undefined;
  if (!event || (scan.ref && compareDays({ y: event.year, m: month, d: day }, scan.ref) > 0)) return null;
  return event.year;
}

/** A day of a month and what joins it to the next in a list: "June 7 and ", "3 May, ", "Oct. 2, or again on ". */
const LISTED_DAY_BEFORE = new RegExp(String.raw`(?:\b${MONTH}\s?${DAY}|\b${DAY}\s+${MONTH}),?\s+(?:(?:and|or)\s+)?(?:again\s+)?(?:on\s+)?$`, 'i');
/** How far back a listed day and its joiner reach: "September 30, and again on ". */
const LISTED_DAY_REACH = 30;

const LEADING_WORD = /^[A-Za-z]+/;

/**
 * "Tuesday, March 23": a weekday stated with a yearless day is true of one year in seven. The
 * year the tense chose stands if it fits; else the one before or after that does.
 */
function yearOfStatedWeekday(span: string, year: number, month: number, day: number): number {
  const weekday = WEEKDAYS.get(LEADING_WORD.exec(span)?.[0].toLowerCase() ?? '');
  if (weekday === undefined) return year;
  return [year, year - 1, year + 1].find((y) => isValidDay(y, month, day) && isoWeekday({ y, m: month, d: day }) === weekday) ?? year;
}

/** Rejects "May 5,000" and a day glued to more digits. */
function dayLooksNumeric(text: string, end: number): boolean {
  return /^[,.]\d{3}/.test(text.slice(end, end + 4)) || /^\s?%/.test(text.slice(end, end + 2));
}

/**
 * An ordinal word after a month is a day unless a noun follows it: "March first" but not
 * "in May second-quarter sales" or "June third place".
 */
const NOUN_AFTER_ORDINAL = /^(?:-|\s+(?:place|time|times|round|quarter|half|term|leg|day|week|month|year|season|game|match|race|stage|phase|lady|class|world|person|hand|anniversary|century|edition|grade|floor|row|string|team|division|reading|wave)\b)/i;

/** The day a digit or ordinal-word group names: "15", "15th", "fifteenth" → 15. */
function dayNumber(digits: string | undefined, word: string | undefined): number {
  return digits !== undefined ? Number(digits) : (parseOrdinal(word ?? '') ?? 0);
}

const monthDayYear: DateRule = {
  id: 'date/month-day-year',
  pattern: MONTH_DAY_YEAR,
  build(m, scan) {
    const [, , monthWord, gluedDay, spacedDay, dayWord, yearText] = m;
    if (!acceptableMonthWord(monthWord, scan) && !yearText) return null;
    const end = m.index + m[0].length;
    if (!yearText && dayLooksNumeric(scan.text, end)) return null;
    if (dayWord && !yearText && NOUN_AFTER_ORDINAL.test(scan.text.slice(end, end + 16))) return null;
    return dayHit(scan, m.index, end, this.id, monthOf(monthWord), dayNumber(gluedDay ?? spacedDay, dayWord), yearText);
  },
};

const dayMonthYear: DateRule = {
  id: 'date/day-month-year',
  pattern: DAY_MONTH_YEAR,
  build(m, scan) {
    const [, , dayText, dayWord, monthWord, yearText] = m;
    // "the 28th of june" is a date in any case; "5 may" needs a capital or a year.
    if (!acceptableMonthWord(monthWord, scan) && !yearText && !/\sof\s/i.test(m[0])) return null;
    if (/[\d$£€.,]/.test(scan.text.charAt(m.index - 1))) return null;
    return dayHit(scan, m.index, m.index + m[0].length, this.id, monthOf(monthWord), dayNumber(dayText, dayWord), yearText);
  },
};

/** "the 15th day of next month" counts from the reference month; "the 23rd day of September" is a plain date. */
const nthDayOfMonth: DateRule = {
  id: 'date/nth-day-of-month',
  pattern: NTH_DAY_OF_MONTH,
  build(m, scan) {
    const [, dayText, dayWord, monthWord, yearText, step] = m;
    const day = dayNumber(dayText, dayWord);
    const end = m.index + m[0].length;
    if (monthWord) return dayHit(scan, m.index, end, this.id, monthOf(monthWord), day, yearText);
    const shift = step.toLowerCase() === 'next' ? 1 : step.toLowerCase() === 'last' ? -1 : 0;
    const base = { start: m.index, end, rule: this.id, timexType: 'DATE' as const, grain: 'day' as const };
    if (!scan.ref) return day >= 1 && day <= 31 ? { ...base, value: `XXXX-XX-${pad2(day)}` } : null;
    const month = addMonths({ ...scan.ref, d: 1 }, shift);
    const value = monthDayValue(month.y, month.m, day);
    return value ? { ...base, value, day: { y: month.y, m: month.m, d: day } } : null;
  },
};

const monthYear: DateRule = {
  id: 'date/month-year',
  pattern: MONTH_YEAR,
  build(m, scan) {
    const [, monthWord, yearText, shortYear] = m;
    if (!acceptableMonthWord(monthWord, scan)) return null;
    const year = yearText ? Number(yearText) : expandTwoDigitYear(Number(shortYear), scan.ref);
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: this.id,
      value: formatMonth(year, monthOf(monthWord)),
      timexType: 'DATE',
      grain: 'month',
      explicitYear: true,
    };
  },
};

/**
 * "in March last year" is last year's March, whatever the tense: the year words bind to the
 * month. TimeML marks the two apart ("March 11" and "this year"), so they stay two facts.
 */
const monthInRelativeYear: DateRule = {
  id: 'date/month-relative-year',
  pattern: MONTH_IN_RELATIVE_YEAR,
  build(m, scan) {
    const [whole, monthPart, dayFirst, monthWord, dayAfter, yearPart, step] = m;
    if (!acceptableMonthWord(monthWord, scan) || !scan.ref) return null;
    const dayText = dayFirst ?? dayAfter;
    const s = step.toLowerCase();
    const year = scan.ref.y + (s === 'last' ? -1 : s === 'next' ? 1 : 0);
    const month = monthOf(monthWord);
    const start = m.index;
    const monthEnd = start + monthPart.length;
    const yearStart = start + whole.length - yearPart.length;
    const yearHit: DateHit = { start: yearStart, end: start + whole.length, rule: this.id, value: pad4(year), timexType: 'DATE', grain: 'year' };
    const value = dayText ? monthDayValue(year, month, Number(dayText)) : formatMonth(year, month);
    if (!value) return null;
    const grain = dayText ? 'day' : 'month';
    const day = dayText ? { y: year, m: month, d: Number(dayText) } : undefined;
    return [{ start, end: monthEnd, rule: this.id, value, timexType: 'DATE', grain, ...(day ? { day } : {}), explicitYear: true, priority: 2 }, { ...yearHit, priority: 2 }];
  },
};

const compareMonths = (a: number, b: number) => a - b;

/** A day whose year came from a "next" or "last" rather than the text. */
function monthDayHit(base: Pick<DateHit, 'start' | 'end' | 'rule' | 'timexType'>, year: number | null, month: number, d: number): DateHit | null {
  const value = monthDayValue(year, month, d);
  if (!value) return null;
  return { ...base, value, grain: 'day', ...(year === null ? {} : { day: { y: year, m: month, d } }) };
}

/** The whole match as one day with a year the text states; null for a day the calendar lacks. */
export function explicitDay(m: RegExpExecArray, rule: string, y: number, month: number, d: number): DateHit | null {
  const value = monthDayValue(y, month, d);
  if (!value) return null;
  return { start: m.index, end: m.index + m[0].length, rule, value, timexType: 'DATE', grain: 'day', day: { y, m: month, d }, explicitYear: true };
}

const isoDate: DateRule = {
  id: 'date/iso',
  pattern: ISO_DATE,
  build(m) {
    return explicitDay(m, this.id, Number(m[1]), Number(m[3]), Number(m[4]));
  },
};

/**
 * Which of two numbers is the month: one above 12 is the day; else the article's convention
 * decides, or `dayFirst` where the way of writing shows it, and the date is ambiguous.
 */
function monthAndDay(first: number, second: number, scan: DateScan, dayFirst = false): { month: number; day: number; ambiguous: boolean } {
  if (first > 12) return { month: second, day: first, ambiguous: false };
  if (second > 12) return { month: first, day: second, ambiguous: false };
  const ambiguous = first !== second;
  return dayFirst || scan.dayFirst() ? { month: second, day: first, ambiguous } : { month: first, day: second, ambiguous };
}

/** Dots between day, month and year are the European and South Asian way, day first: "order dated 10.09.2025". */
const DAY_FIRST_SEPARATOR = '.';

const numericDate: DateRule = {
  id: 'date/numeric',
  pattern: NUMERIC_DATE,
  build(m, scan) {
    const [, a, sep, b, yearText] = m;
    if (sep !== '/' && yearText.length !== 4) return null;
    if (/[\d.,/-]/.test(scan.text.charAt(m.index - 1))) return null;
    const year = yearText.length === 4 ? Number(yearText) : expandTwoDigitYear(Number(yearText), scan.ref);
    const { month, day, ambiguous } = monthAndDay(Number(a), Number(b), scan, sep === DAY_FIRST_SEPARATOR);
    const hit = explicitDay(m, this.id, year, month, day);
    return hit && ambiguous ? { ...hit, ambiguous: true } : hit;
  },
};

/** A clock time after a numeric day: "4/25 at 4:00pm", "11/20 9am". */
const CLOCK_AFTER_DAY = /^,?\s(?:at\s)?(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?m\b)/i;

/** In a typed request the numeric day ends it or a clause: "2/15", "2/15 at noon", not "2/3 majority". */
const QUERY_DAY_END = /^\s*(?:$|[.,;!?)]|(?:at|in|on|for|and|or|to|from|until)\b)/i;

/**
 * A numeric day without a year needs a weekday or a temporal preposition before it ("on
 * 11/20"), a clock time after it ("4/25 at 4pm"), or a text that is only a typed request
 * ("2/15"): "3/4 of voters" is no date.
 */
const numericMonthDay: DateRule = {
  id: 'date/numeric-month-day',
  pattern: NUMERIC_MONTH_DAY,
  build(m, scan) {
    const [whole, weekdayWord, a, b] = m;
    const start = m.index;
    const end = start + whole.length;
    const placed = weekdayWord || CLOCK_AFTER_DAY.test(scan.text.slice(end, end + 12)) || (scan.query && QUERY_DAY_END.test(scan.text.slice(end, end + 8)));
    const { month, day, ambiguous } = monthAndDay(Number(a), Number(b), scan);
    // "the 9/11 attacks": a day of history needs no preposition before its noun.
    if (!placed && !NUMERIC_DAY_LEAD.has(wordBefore(scan.text, listStart(scan.text, start))) && datedEventYear(scan, end, month, day) === null) return null;
    if (/[\d$£€.,/-]$/.test(scan.text.slice(Math.max(0, start - 1), start)) || /^\s?%/.test(scan.text.slice(end, end + 2))) return null;
    if (FRACTION_TAIL.test(scan.text.slice(end, end + 24))) return null;
    const hit = dayHit(scan, start, end, this.id, month, day, undefined);
    return hit && ambiguous ? { ...hit, ambiguous: true } : hit;
  },
};

/**
 * A four-digit number is a year unless its neighbours say it is a count or an amount:
 * "$2014", "2,014", "2014%", "2014 votes", "555-2014". Adjacent ranges ("2014-2024") are
 * left to the range rule.
 */
function yearContextOk(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  if (/[$£€¥#\d]/.test(before)) return false;
  if (/[.,:/-]/.test(text[start - 1] ?? '') && /\d/.test(text[start - 2] ?? '')) return false;
  const after = text.slice(end, end + 3);
  if (/^(?:[.,:]\d|[-/]\d|\s?%)/.test(after)) return false;
  const prev = wordBefore(text, start);
  if (NUMBER_LABEL_WORDS.has(prev) || UNION_UNIT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = wordAfter(text, end);
  const nextLower = next.toLowerCase();
  if (/^(?:percent|per)$/.test(nextLower)) return false;
  if (isCapitalized(next) && startsAddress(text, end)) return false;
  if (CITY_BLOCK.test(text.slice(end, end + CITY_BLOCK_REACH))) return false;
  if ((prev === 'to' || prev === 'at') && WORDS_AFTER_BARE_HOUR.has(nextLower) && reachesLevel(text, start)) return false;
  const counted = COUNT_NOUNS.has(nextLower) || (!isCapitalized(next) && isCountedNoun(nextLower));
  if (!counted) return true;
  return TEMPORAL_LEAD_WORDS.has(prev) && !(prev === 'of' && ofTakesCount(text, start));
}

/** "a survey of 1709 schoolchildren": the "of" before `start` follows a word that takes a count. */
function ofTakesCount(text: string, start: number): boolean {
  let of = start;
  while (of > 0 && /\s/.test(text[of - 1])) of--;
  return COUNTING_HEADS.has(wordBefore(text, of - 2));
}

/** "1600 Pennsylvania Avenue", "2000 N. Main St.": one to three capitalized words and a street word. */
const ADDRESS_TAIL = /^\s+(?:[A-Z][A-Za-z.]*\s+){1,3}([A-Z][a-z]*)\b/;

/** "in the 1500 block of North Water Street": police copy's address of a city block, no year. */
const CITY_BLOCK = /^\s+block\s+of\b/i;
const CITY_BLOCK_REACH = 12;

/** A house number: the number opens an address. */
function startsAddress(text: string, end: number): boolean {
  const m = ADDRESS_TAIL.exec(text.slice(end, end + 48));
  return m !== null && STREET_WORDS.has(m[1].toLowerCase());
}

/** A year named just before: "rose from 1988 to 1989", "rose in 1988 and fell back to 1989" keep years. */
const YEAR_SPAN_OPEN = /\b(?:from|between|in|since)\s+(?:1[5-9]|20)\d\d\b/;

/**
 * "up to 1945" is "until 1945", and pay "retroactive to 2020" or "backdated to 2019", a tradition
 * "dating back to 1870", reach back to a year even after a raise or a rise in the clause.
 */
const YEAR_REACHED = /\b(?:up|retroactive(?:ly)?|backdated|(?:dating|dates|dated)\s+back)\s+to\s*$/i;

/**
 * A union's local, lodge or branch is numbered: "AFSCME Local 2010", "District Lodge 1943",
 * "NALC Branch 1111"; capitalized, as the unit's name, so "the local 2010 budget" keeps its year.
 */
const UNION_UNIT_BEFORE = /\b(?:Local|Lodge|Branch)\s+$/;

/**
 * "fell 190.58 points to 2569", "the index rose to 1850 on Friday": after a verb of change or
 * a price word, "to" or "at" a number gives a level, not a year.
 */
function reachesLevel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 52), start);
  if (YEAR_REACHED.test(before) || YEAR_SPAN_OPEN.test(before)) return false;
  return hasWordIn(before, CHANGE_VERBS, FIGURE_WORDS);
}

const bareYear: DateRule = {
  id: 'date/year',
  pattern: BARE_YEAR,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    if (!yearContextOk(scan.text, start, end)) return null;
    return { start, end, rule: this.id, value: pad4(Number(m[1])), timexType: 'DATE', grain: 'year' };
  },
};

/** A contract's delivery month is this one or one ahead: "October delivery" in August is this October, in November next year's. */
function yearForContractMonth(ref: { y: number; m: number }, month: number): number {
  return month >= ref.m ? ref.y : ref.y + 1;
}

/** A query may be a month alone ("March", "march after next"); "may" stays a modal ("may I book"). */
function queriedMonth(scan: DateScan, word: string): boolean {
  return scan.query && word.toLowerCase() !== 'may';
}

/**
 * A determiner or possessive before "the March deadline", "its June meeting", "the party's May
 * conference" (a curly apostrophe leaves "s" as the word before): the month modifies the event's noun.
 */
export const isEventOwner = (prev: string): boolean => NOUN_DETERMINERS.has(prev) || prev === 's' || prev.endsWith("'s");

/** The month's event noun follows, right after it or after the election's or meeting's kind ("the May local elections"). */
function namesMonthEvent(text: string, end: number, next: string): boolean {
  if (MONTH_EVENT_NOUNS.has(next)) return true;
  if (!MONTH_EVENT_QUALIFIERS.has(next)) return false;
  const qualifierEnd = end + LEADING_SPACE.exec(text.slice(end, end + LEADING_SPACE_REACH))![0].length + next.length;
  return MONTH_EVENT_NOUNS.has(wordAfter(text, qualifierEnd).toLowerCase());
}
const LEADING_SPACE = /^\s*/;
const LEADING_SPACE_REACH = 8;

/** A temporal word that opens a sentence or a line, right before the month: "In March Apple unveiled". */
const OPENING_LEAD = new RegExp(String.raw`(?:^|[.!?\n]["'\u201d)]?[ \t]*)(?:${MONTH_LEAD_WORDS.join('|')})\s+$`, 'i');
const OPENING_LEAD_REACH = 12;

// A hedge between a month's lead word and the month: "until at least March", "by at most June".
const HEDGE_BEFORE = /\bat\s+(?:least|most)\s+$/i;
// Leads of a bound in time, which a hedge may follow; not "and" ("and at least May will speak").
const HEDGED_LEADS: ReadonlySet<string> = new Set(['until', 'till', 'through', 'by', 'before', 'since', 'from', 'to', 'into']);

/** The word before `at`, past a hedge after a bound: "until at least March" is led by "until". */
function leadWordBefore(text: string, at: number): string {
  const prev = wordBefore(text, at);
  if (prev !== 'least' && prev !== 'most') return prev;
  const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  if (!hedge) return prev;
  const lead = wordBefore(text, at - hedge[0].length);
  return HEDGED_LEADS.has(lead) ? lead : prev;
}

/**
 * The talker's "come" before a month, "when it comes": "Come June, the counts peak", "higher come
 * March". Right before it only: "Will you come, June?" calls a person.
 */
const COME_BEFORE = /\bcome\s+$/i;
const COME_REACH = 6;

/**
 * The pronoun "I" is a capital after the month that names no one ("when he died in March I
 * realized", "in May I'd moved"): a subject after a leading month, not a name's second word.
 */
const FIRST_PERSON: ReadonlySet<string> = new Set(['I', "I'm", "I'd", "I've", "I'll"]);

/** "the hottest June", "the wettest April on record": a superlative or record word after "the" ranks the month among its kind. */
const THE_WORD_BEFORE = /\bthe\s+([a-z]+)\s+$/i;
const RECORD_REACH = 24;

function recordMonth(text: string, start: number): boolean {
  const m = THE_WORD_BEFORE.exec(text.slice(Math.max(0, start - RECORD_REACH), start));
  return m !== null && isRecordWord(m[1].toLowerCase());
}

/**
 * A bare month that is also a word or a name ("May I", "March on", "June Carter") needs a
 * temporal word before it; the others only need a capital, and in a query not even that.
 */
const bareMonth: DateRule = {
  id: 'date/month',
  pattern: BARE_MONTH,
  build(m, scan) {
    const word = m[1];
    if (!isCapitalized(word) && !queriedMonth(scan, word)) return null;
    const prev = leadWordBefore(scan.text, m.index);
    const abbreviated = !FULL_MONTH_NAMES.has(word.toLowerCase());
    const start = m.index;
    const end = start + m[0].length;
    // "in Jan Smith's house", "in Mar del Plata": an abbreviation needs a lead word, and a full stop or no name or verb reading.
    const dotted = m[0].endsWith('.');
    if (abbreviated && (!ABBREVIATED_MONTH_LEADS.has(prev) || (!dotted && (VERB_MONTHS.has(word.toLowerCase()) || isCapitalized(wordAfter(scan.text, end)))))) return null;
    const next = wordAfter(scan.text, end).toLowerCase();
    const contract = CONTRACT_WORDS.has(next) || (CONTRACT_COMMODITIES.has(next) && CONTRACT_LEADS.has(prev));
    const ledOrMeasured = (TEMPORAL_LEAD_WORDS.has(prev) && prev !== 'the') || COME_BEFORE.test(scan.text.slice(Math.max(0, start - COME_REACH), start)) || MONTHLY_FIGURES.has(next) || contract || (isEventOwner(prev) && namesMonthEvent(scan.text, end, next)) || recordMonth(scan.text, start);
    const spanned = opensMonthSpan(scan.text, end) || closesMonthSpan(scan.text, start);
    if (AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !ledOrMeasured && !spanned && !(prev === '' && queriedMonth(scan, word))) return null;
    // "June Carter" is a name; a headline that ends on the month ("Sales Slip in March") is followed
    // by the next line's capital, and a temporal word that opens the sentence leads the month before
    // its subject ("In March Apple unveiled", "By June Congress had").
    if (AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !spanned && isCapitalized(wordAfter(scan.text, end)) && !FIRST_PERSON.has(wordAfter(scan.text, end)) && !LINE_END.test(scan.text.slice(end, end + 8)) && !OPENING_LEAD.test(scan.text.slice(Math.max(0, start - OPENING_LEAD_REACH), start))) return null;
    const month = monthOf(word);
    // "Rents are reviewed annually in April": a month of a yearly habit is any year's, and so is
    // "more rain than in any February on record".
    const habit = !contract && (prev === 'any' || toldAsYearlyHabit(scan, start, end));
    const figures = MONTHLY_FIGURES.has(next) ? figuresMonthValue : tensedMonthValue;
    const value = contract && scan.ref ? formatMonth(yearForContractMonth(scan.ref, month), month) : habit ? `XXXX-${pad2(month)}` : figures(scan, month, start, end);
    return { start, end, rule: this.id, value, timexType: 'DATE', grain: 'month', explicitYear: false };
  },
};

const SPAN_DASH = /^\s?[-\u2013]\s?/;
const MONTH_AND_DASH_BEFORE = /\b([A-Za-z]+)\s?[-\u2013]\s?$/;
const SPAN_REACH = 12;

/** "the April-September half", "May–August": a dash and another month's full name close the span the month opens. */
function opensMonthSpan(text: string, end: number): boolean {
  const dash = SPAN_DASH.exec(text.slice(end, end + 3));
  return !!dash && FULL_MONTH_NAMES.has(wordAfter(text, end + dash[0].length).toLowerCase());
}

/** "the March-May quarter": the month closes a span a full month's name and a dash open. */
function closesMonthSpan(text: string, start: number): boolean {
  const before = MONTH_AND_DASH_BEFORE.exec(text.slice(Math.max(0, start - SPAN_REACH), start));
  return !!before && FULL_MONTH_NAMES.has(before[1].toLowerCase());
}

const isoMonth: DateRule = {
  id: 'date/iso-month',
  pattern: ISO_MONTH,
  build(m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if ((month >= 10 && Math.floor(year / 100) * 100 + month > year) || month === (year + 1) % 100) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatMonth(year, month), timexType: 'DATE', grain: 'month' };
  },
};

const relativeMonth: DateRule = {
  id: 'date/month-relative',
  pattern: RELATIVE_MONTH,
  build(m, scan) {
    if (!acceptableMonthWord(m[2], scan)) return null;
    const step = m[1].toLowerCase().replace(/\s+/g, ' ');
    const month = monthOf(m[2]);
    const dayOfMonth = m[3] ? Number(m[3]) : null;
    if (dayOfMonth === null && !FULL_MONTH_NAME.test(m[2])) return null;
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const };
    if (!scan.ref) return dayOfMonth === null ? { ...base, grain: 'month', value: `XXXX-${pad2(month)}` } : monthDayHit(base, null, month, dayOfMonth);
    const ref = scan.ref;
    // "next June 30" said on June 10 is this year's; "next June" is always a later month.
    const here = dayOfMonth === null ? compareMonths(month, ref.m) : compareDays({ y: ref.y, m: month, d: dayOfMonth }, ref);
    let year = ref.y;
    if ((step === 'last' || step === 'this past') && dayOfMonth === null) year = lastRoundYear(ref, month);
    else if (step === 'last' || step === 'this past') year = here < 0 ? ref.y : ref.y - 1;
    // "next June" said in May is next year's: the June still ahead this year is "this June" or
    // "in June" (the Recognizers-Text reading, and the Supreme Court's "decision by next June").
    else if (step === 'next' && dayOfMonth === null) year = ref.y + 1;
    else if (step !== 'this') year = here > 0 ? ref.y : ref.y + 1;
    return dayOfMonth === null ? { ...base, grain: 'month', value: formatMonth(year, month) } : monthDayHit(base, year, month, dayOfMonth);
  },
};

export const ABSOLUTE_RULES: readonly DateRule[] = [monthDayYear, dayMonthYear, nthDayOfMonth, monthYear, monthInRelativeYear, isoDate, isoMonth, numericDate, numericMonthDay, bareYear, bareMonth, relativeMonth];
