import { MONTHS } from '../../lexicon/months';
import { SPEED_LENGTHS } from '../../lexicon/speed-lengths';
import { DAY_PARTS, SEASONS } from '../../lexicon/seasons';
import { TIME_UNITS } from '../../lexicon/time-units';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { parseCardinal, parseOrdinal } from '../../resolve/numbers';
import { isValidDay, pad2 } from '../../resolve/timex-calendar';
import { durationValue } from '../../resolve/timex';
import { COUNT, DAY, DAY_WORD, MONTH, MONTH_FULL, ORDINAL, WEEKDAY_FULL } from './fragments';
import type { DateRule } from './hit';
import { wordBefore } from './words';

/** "every year", "each week", "every fortnight", "every other month", "every two years", "every 30 minutes", "every Monday", "every Friday evening", "every morning", "every summer". */
const EVERY = new RegExp(
  String.raw`\b(every|each)\s+(other\s+)?(?:${COUNT}\s+)?(minutes?|hours?|days?|weekday|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|${WEEKDAY_FULL}|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|${MONTH_FULL})\b(?:(?<=[a-z]day)\s+(morning|afternoon|evening|night)\b)?`,
  'gi',
);

/** "every July 4", "each Aug. 6", "every 6 August": a day of the year that recurs, where EVERY would stop at the month. */
const EVERY_DATE = new RegExp(String.raw`\b(?:every|each)\s+(?:${MONTH}\s?${DAY}|${DAY}\s+(?:of\s+)?${MONTH})(?!\s?[,.:]?\s?\d)`, 'gi');

/** "annually", "weekly", "daily", and with its count joined by a hyphen: "twice-daily flights", "twice-weekly service". */
const ADVERB = /\b(?:(?:once|twice|thrice)-)?(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|biannually|semiannually|semi-annually)\b/gi;

/**
 * "twice a year", "three times a week", "once a month", and the time given each period: "two days
 * a week", "three nights a week", "60 hours a week", "an hour a day" recur every week or day
 * (TIMEX3's P1W with a frequency, as "two days each week" is in the TimeML guidelines), not a
 * stretch of two days or 60 hours. Not "two days a week ago", a day counted back.
 */
const FREQUENCY = new RegExp(
  String.raw`\b(once|twice|thrice|an\s+hour|${COUNT}\s+(?:times|days?|nights?|mornings?|afternoons?|evenings?|weekends?|hours?|minutes?))\s+(?:a|an|per|each|every)\s+(day|week|month|quarter|year|hour)\b(?!\s+(?:ago|earlier|later)\b)`,
  'gi',
);

/**
 * Before "before" or "after", "once a week" may be one time a week from a day ("met her once a week
 * before the murder") and "two days a week" two days so counted; a count of times still recurs:
 * "flights drop to three times a week after October", "twice a week before the summer".
 */
const OFFSET_AFTER = /^\s+(?:before|after)\b/i;
const TIMES_COUNT = /^(?:twice|thrice)$|\stimes$/i;

/**
 * "15 a year", "$5 million a year", "$5 an hour", "100 per day", "500 cars a day", "three meals a
 * day": the rate's unit alone, as MEANTIME spans it, also before the day it runs from ("900 pesos a
 * month from March"), and after the short scales and units of British and Indian copy ("£4.8bn a
 * year", "Rs 12 lakh a year", "3 per cent a year"). Not "20 branches a year after the merger" nor "a year from now", nor "24
 * hours a day", a share of time rather than a rate.
 */
const RATE = /(?<=(?:\d|\d(?:bn|mn|m|tn|k|p|pc)|%|\b(?:million|billion|trillion|dollars|euros|pounds|percent|cent|cents|units|lakhs?|crores?|rupees|yen)|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\s+[a-z]+s)\s)(?<!\b(?:seconds|minutes|hours|days|weeks|months|years)\s)(?:an?|per)\s+(day|week|month|quarter|year|hour)\b(?!\s+(?:after|before|since|of|from\s+now)\b)/gi;

/**
 * "the second Monday of each month", "the 15th of every month", "the last Friday of each quarter":
 * a day recurring in every period, one SET where the weekday had been the nearest Monday.
 */
const NTH_OF_EVERY = new RegExp(
  String.raw`\b(?:the\s+)?(?:(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+${WEEKDAY_FULL}|${DAY_WORD}(?:\s+day)?|([0-3]?\d)(?:st|nd|rd|th)(?:\s+day)?)\s+of\s+(?:each|every)\s+(month|quarter|year)\b`,
  'gi',
);

/** "Mondays", "on Sundays", "Friday mornings", "Tuesdays after lunch" stops at the weekday. */
const PLURAL_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_FULL}(?:s\b(?:\s+(morning|afternoon|evening|night)s?\b)?|\s+(morning|afternoon|evening|night)s\b)`, 'gi');

/**
 * "open on weekends", "works at weekends": weekends as a habit, the SET a plural weekday is. Only
 * after the preposition of a habit: "the past two weekends" and "three weekends" are durations.
 */
const HABITUAL_WEEKENDS = /(?<=\b(?:on|at|during)\s+)weekends\b/gi;

const ADVERB_VALUE: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', yearly: 'P1Y', annually: 'P1Y', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M',
};

/**
 * A set's period. A quarter recurs every three months: "each quarter" is P3M as "quarterly" is,
 * the form TIMEX3 sets and Recognizers use (a span of quarters stays PnQ, as MEANTIME writes it).
 * A null count is a vague one: "every few days" recurs every PXD.
 */
function unitPeriod(word: string, count: number | null): string | null {
  const unit = TIME_UNITS.get(word.toLowerCase());
  if (!unit) return null;
  if (unit.unit === 'weekend') return count === 1 ? 'XXXX-WXX-WE' : `P${count ?? 'X'}WE`;
  if (unit.unit === 'quarter') return count === null ? 'PXM' : `P${3 * count}M`;
  return durationValue(count, unit.letter, unit.clock, unit.factor);
}

/** "every weekday": Monday to Friday each week, as Recognizers-Text writes the set (TIMEX3 has no value of its own for it). */
const WEEKDAY_SET = 'P1WD';

/** After "every day" these make it the adjective "everyday": "every day life", "every day items". */
const EVERYDAY_NOUN = /^\s+(?:life|lives|use|items?|objects?|things?|tasks?|people|language|activities|products?|routines?|wear|clothes|situations?)\b/i;

/** "every minute of the match", "each hour of daylight": the whole of a stretch, not a recurrence. */
const CLOCK_UNIT = /^(?:minute|hour)s?$/;
const PART_OF = /^\s+of\b/i;

const every: DateRule = {
  id: 'date/set-every',
  pattern: EVERY,
  build(m, scan) {
    const [, , other, countText, noun, , , dayPart] = m;
    const lower = noun.toLowerCase();
    const end = m.index + m[0].length;
    if (lower === 'day' && EVERYDAY_NOUN.test(scan.text.slice(end, end + 14))) return null;
    if (CLOCK_UNIT.test(lower) && PART_OF.test(scan.text.slice(end, end + 4))) return null;
    let value: string | null;
    const weekday = WEEKDAYS.get(lower);
    const month = MONTHS.get(lower);
    const part = DAY_PARTS.get(lower);
    const season = SEASONS.get(lower);
    if (lower === 'weekday') value = other || countText ? null : WEEKDAY_SET;
    else if (season) value = other || countText ? null : `XXXX-${season}`;
    else if (weekday) value = `XXXX-WXX-${weekday}${dayPart ? `T${DAY_PARTS.get(dayPart.toLowerCase())}` : ''}`;
    // "each 17 March" is a day of the month (EVERY_DATE), no count of months.
    else if (month) value = countText ? null : `XXXX-${pad2(month)}`;
    // TIMEX3 puts a recurring part of the day on no day ("every morning" XXXX-XX-XXTMO);
    // Recognizers-Text writes a typed request's bare "TMO".
    else if (part) value = scan.query ? `T${part}` : `XXXX-XX-XXT${part}`;
    else {
      const count = countText ? parseCardinal(countText) : other ? 2 : 1;
      value = unitPeriod(lower, count);
    }
    if (!value) return null;
    return { start: m.index, end, rule: this.id, value, timexType: 'SET', grain: 'other' };
  },
};

/** A leap year, so that a recurring 29 February is a day. */
const LEAP_YEAR = 2000;

const everyDate: DateRule = {
  id: 'date/set-every-date',
  pattern: EVERY_DATE,
  build(m) {
    const [whole, monthFirst, dayAfter, dayFirst, monthAfter] = m;
    const month = MONTHS.get((monthFirst ?? monthAfter).toLowerCase());
    const day = Number(dayAfter ?? dayFirst);
    if (!month || !isValidDay(LEAP_YEAR, month, day)) return null;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: `XXXX-${pad2(month)}-${pad2(day)}`, timexType: 'SET', grain: 'other' };
  },
};

// What may stand between a sentence's end and its first word, and what ends a sentence or a line.
const OPENING_MARKS = new Set([' ', '\t', '"', "'", '“', '‘', '(']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '\n']);

/** The word at `at` opens its sentence or line: only quotes and spaces stand after an end mark. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (SENTENCE_ENDS.has(text[i])) return true;
    if (!OPENING_MARKS.has(text[i])) return false;
  }
  return true;
}

/**
 * "its fifth straight weekly gain", "a third consecutive monthly decline", "its fifth weekly loss
 * in a row": an adjective counted in a run of periods names the latest one's change, as "the
 * third straight week" does, not something that recurs.
 */
const RUN_BEFORE = /\b(?:straight|consecutive|successive)\s+$/i;
const ORDINAL_BEFORE = new RegExp(String.raw`\b(?:${ORDINAL})\s+$`, 'i');
const COUNTED_REACH = 14;
/** After an ordinal, only a change is counted: "the first daily flight" is one of a daily service. */
const CHANGE_AFTER = /^\s+(?:gains?|loss(?:es)?|rises?|falls?|drops?|declines?|advances?|increases?|decreases?|jumps?|slides?|climbs?|retreats?|slumps?|rall(?:y|ies)|surges?)\b/i;

function countedInRun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - COUNTED_REACH), start);
  return RUN_BEFORE.test(before) || (ORDINAL_BEFORE.test(before) && CHANGE_AFTER.test(text.slice(end, end + 12)));
}

const adverb: DateRule = {
  id: 'date/set-adverb',
  pattern: ADVERB,
  build(m, scan) {
    // "the People's Daily", "China Daily", "Business Weekly": mid-sentence, a capital makes a paper's name.
    if (m[0][0] !== m[0][0].toLowerCase() && !opensSentence(scan.text, m.index)) return null;
    if (countedInRun(scan.text, m.index, m.index + m[0].length)) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: ADVERB_VALUE[m[1].toLowerCase()], timexType: 'SET', grain: 'other' };
  },
};

const frequency: DateRule = {
  id: 'date/set-frequency',
  pattern: FREQUENCY,
  build(m, scan) {
    const value = unitPeriod(m[3], 1);
    if (!value) return null;
    const end = m.index + m[0].length;
    if (OFFSET_AFTER.test(scan.text.slice(end, end + 8)) && !TIMES_COUNT.test(m[1])) return null;
    return { start: m.index, end, rule: this.id, value, timexType: 'SET', grain: 'other' };
  },
};

/** A rate's unit ("$5 million a day") says how much, not that something recurs. */
export const RATE_RULE_ID = 'date/set-rate';

const rate: DateRule = {
  id: RATE_RULE_ID,
  pattern: RATE,
  build(m, scan) {
    if (m[1].toLowerCase() === 'hour' && SPEED_LENGTHS.has(wordBefore(scan.text, m.index))) return null;
    const value = unitPeriod(m[1], 1);
    if (!value) return null;
    // After a count the unit is how often, not how long: it outranks the duration "a day".
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'SET', grain: 'other', priority: 1 };
  },
};

const nthOfEvery: DateRule = {
  id: 'date/set-nth-of-every',
  pattern: NTH_OF_EVERY,
  build(m) {
    const [whole, weekdayOrdinal, , dayWord, dayDigits, period] = m;
    const day = weekdayOrdinal ? null : parseOrdinal(dayWord ?? `${dayDigits}th`);
    if (day !== null && (day < 1 || day > 31)) return null;
    // A day of the month has its own TIMEX3 set value; any other recurs as often as its period.
    const value = day !== null && period.toLowerCase() === 'month' ? `XXXX-XX-${pad2(day)}` : unitPeriod(period, 1);
    if (!value) return null;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value, timexType: 'SET', grain: 'other' };
  },
};

const pluralWeekday: DateRule = {
  id: 'date/set-weekdays',
  pattern: PLURAL_WEEKDAY,
  build(m) {
    const [whole, day, partAfterPlural, partPlural] = m;
    const iso = WEEKDAYS.get(day.toLowerCase())!;
    const part = partAfterPlural ?? partPlural;
    const suffix = part ? `T${DAY_PARTS.get(part.toLowerCase())}` : '';
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: `XXXX-WXX-${iso}${suffix}`, timexType: 'SET', grain: 'other' };
  },
};

const habitualWeekends: DateRule = {
  id: 'date/set-weekends',
  pattern: HABITUAL_WEEKENDS,
  build(m) {
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: 'XXXX-WXX-WE', timexType: 'SET', grain: 'other' };
  },
};

/**
 * "every Tuesday and Friday", "each Monday, Wednesday and Friday": one "every" for the whole
 * list. A clock after it ("every Tuesday and Thursday 19:00 - 21:00") joins the last day instead.
 */
const EVERY_WEEKDAY_LIST = new RegExp(String.raw`\b(?:every|each)\s+${WEEKDAY_FULL}(?:,\s*${WEEKDAY_FULL})*,?\s+(?:and|or)\s+${WEEKDAY_FULL}\b(?!\s*\d)`, 'gi');
const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY_FULL}\b`, 'gi');

/** The weekdays after the first in such a list recur too; "every Tuesday" is the rule above's. */
const everyWeekdayList: DateRule = {
  id: 'date/set-every-list',
  pattern: EVERY_WEEKDAY_LIST,
  build(m) {
    const words = [...m[0].matchAll(WEEKDAY_WORD)].slice(1);
    return words.map((w) => {
      const start = m.index + w.index;
      const value = `XXXX-WXX-${WEEKDAYS.get(w[0].toLowerCase())}`;
      // Beats the plain weekday of the same span, which would be a day of this week.
      return { start, end: start + w[0].length, rule: this.id, value, timexType: 'SET', grain: 'other', priority: 1 };
    });
  },
};

/** "every half hour", "each quarter-hour": a timetable's part of an hour (PT30M, PT15M). */
const EVERY_PART_HOUR = /\b(?:every|each)\s+(half|quarter)[\s-]hour\b/gi;

const everyPartHour: DateRule = {
  id: 'date/set-every-part-hour',
  pattern: EVERY_PART_HOUR,
  build(m) {
    const value = m[1].toLowerCase() === 'half' ? 'PT30M' : 'PT15M';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'SET', grain: 'other' };
  },
};

export const SET_RULES: readonly DateRule[] = [every, everyDate, everyPartHour, everyWeekdayList, nthOfEvery, adverb, frequency, rate, pluralWeekday, habitualWeekends];
