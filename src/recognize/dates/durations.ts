import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { QUANTITY_MODS } from '../../lexicon/date-modifiers';
import { SPEED_LENGTHS } from '../../lexicon/speed-lengths';
import { TIME_UNITS } from '../../lexicon/time-units';
import { parseCardinal } from '../../resolve/numbers';
import { durationValue } from '../../resolve/timex';
import { APPROX, COUNT, COUNT_OR_ARTICLE, UNIT } from './fragments';
import type { DateHit, DateRule } from './hit';
import { OVER_PARTICLE_VERBS, wordAfter, wordBefore } from './words';

/**
 * "18 months", "three decades", "a week-long", "fifty-year", "nearly five months", "2.5 hours",
 * "3.5years", "one and a half hours", "an hour and a half", "in a single day"; also as tokenized
 * treebank text writes them ("30 - year", "10 - year - old", "week - long").
 */
const DURATION = new RegExp(
  String.raw`\b(?:${APPROX}\s+)?${COUNT_OR_ARTICLE}(\s+and\s+(?:a\s+)?half)?(?:\s?-\s?|\s+|(?<=\d))(?:(?:more|additional|extra|consecutive|straight|successive|full|whole|entire|single|long|short|trading|business|working|calendar)\s+)?${UNIT}(?:\s?-\s?(?:long|old)\b|\s+old\b|(\s+and\s+a\s+half)\b)?`,
  'gi',
);

/** "half an hour", "a half-day", "half-year", "½ hour": half of one unit. */
const HALF_UNIT = /(?:\bhalf\s+an?\s+|\b(?:an?\s+)?half-|\ba\s+half\s+|½\s?)(second|minute|hour|day|week|month|year|decade|century)\b(?!-)/gi;

/**
 * "two nights", "several nights", "1 night": a stay counted in nights lasts that many days. The
 * count must be a number: "a night" and "one night" more often tell when than how long.
 */
const NIGHTS = new RegExp(String.raw`\b(?:${COUNT}\s+nights|(1)\s+night)\b`, 'gi');

/** "one hour and half": the half said without its article, read after the match. */
const HALF_TAIL = /^\s+and\s+half\b/i;

/** "a quarter of an hour", "three-quarters of an hour", "1/4h", "3/4 h": minutes said as a fraction of the hour. */
const FRACTION_OF_AN_HOUR = /\b(?:(a|one|three)[\s-]+quarters?\s+of\s+an\s+hour\b|(1\/4|1\/2|3\/4)\s?h\b)/gi;

const FRACTION_MINUTES: Record<string, number> = { a: 15, one: 15, three: 45, '1/4': 15, '1/2': 30, '3/4': 45 };

/** "a quarter century", "a quarter-century", "three quarters of a century": years said as a fraction of the century. */
const FRACTION_OF_A_CENTURY = /\b(a|one|three)[\s-]+quarters?(?:\s+of\s+a)?[\s-]+century\b(?!-)/gi;

/** "3h", "1.5h": hours glued to the count, as schedules and sports reports write them. */
const GLUED_HOURS = /\b(\d{1,3}(?:\.\d{1,2})?)h\b/g;

/**
 * "for years", "in decades", "over months", "could take weeks", "lasted days", "in just minutes",
 * "abuse dating back decades", "a feud that goes back years", "the campaign could last weeks": an
 * unmeasured stretch (PXY). A bare "last" needs a modal or "to" before it, since "the last weeks of
 * the war" is a time, not a length.
 */
const VAGUE_DURATION = /\b(?:for|over|in|within|after|during|(?:dating|dates?|dated|go|goes|going|gone|went|stretching|stretches|reaching|reaches)\s+back|take|takes|took|taking|(?:could|would|will|may|might|can|should|must|to)\s+last|lasts|lasted|lasting|spent|spend|spends|spending)\s+(?:just\s+|only\s+|mere\s+)?(years|months|weeks|days|decades|hours|minutes|centuries)\b/gi;

/** "in a matter of weeks", "within a matter of hours": an unmeasured but short stretch. */
const MATTER_OF = /\ba\s+matter\s+of\s+(years|months|weeks|days|hours|minutes|seconds)\b/gi;

/**
 * "hours after the vote", "days later", "weeks before the election", and the lead of a booking or a
 * plan, "booked months ahead", "tickets sell out weeks in advance": an unmeasured stretch before or
 * after. A count before it ("two days after") makes a longer duration, which wins. Not "the months
 * ahead", a stretch still to come rather than a lead.
 */
const VAGUE_OFFSET = /\b(years|months|weeks|days|hours|minutes)\s+(?=(?:after|before|later|earlier)\b)|(?<!\bthe\s)\b(years|months|weeks|days|hours|minutes)\s+(?=(?:ahead|in\s+advance)\b)/gi;

/** "decades-long", "week-long", "year-long". */
const LONG_ADJECTIVE = /\b(years|months|weeks|days|decades|hours|year|month|week|day|hour)\s?-\s?long\b/gi;

/** "all day", "all week long": the whole of one unit (P1D). */
const ALL_UNIT = /\ball\s+(day|week|month|year)(?:\s+long)?\b/gi;

/** "another week", "for another month": one more of the unit (P1W); not "another week-long trip". */
const ANOTHER_UNIT = /\banother\s+(day|week|month|year|decade|hour)\b(?![\s-]+(?:long|old)\b)/gi;

/**
 * "the final hour", "over the past hour", "the first hour of trading": an hour counted back or on
 * from the moment told (PT1H), as "the past week" is a week; not "at the last minute".
 */
const THE_NEAR_HOUR = /\bthe\s+(?:past|last|final|next|first|previous|coming)\s+(hour|half[\s-]hour)\b/gi;

/** After a number of quarters these make a fraction: "a quarter point", "a quarter-percentage point". */
const FRACTION_UNIT_AFTER = /^[\s-]+(?:point|percentage|percent|mile|pound|inch|ounce)s?\b/i;

/** "a quarter of the staff", "three quarters of voters"; but "two straight quarters of growth" is time. */
const FRACTION_OF = /(?:^|\s)(?:a|one|three)[\s-]+quarters?$/i;

/** Hedges between "by" and the size of a change: "fell by almost a quarter". */
const CHANGE_HEDGES: ReadonlySet<string> = new Set(['about', 'almost', 'nearly', 'roughly', 'over', 'some']);

/**
 * An amount that ends right before "over": then "over" is the stretch the amount spreads across,
 * not "more than" ("raise $14 billion over five years", "grew 20% over a decade").
 */
// Words after a count that make it an offset from now: "took over 18 months ago" (the verb's
// particle), but "took over three years" (more than three years).
const OFFSET_WORDS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later']);

/** "over" is the particle of the verb before it, and the count after it dates an offset. */
function takesOverBefore(text: string, start: number, end: number): boolean {
  return OVER_PARTICLE_VERBS.has(wordBefore(text, start)) && OFFSET_WORDS.has(wordAfter(text, end));
}

const AMOUNT_BEFORE_OVER = /(?:\d%?|\b(?:million|billion|trillion|percent|dollars|euros|pounds|yen|cents|points))\s+$/i;

/**
 * A verb that spreads something across a stretch, right before "over": "phased in over five
 * years", "repaid over a decade", "spread over two seasons"; and one that stages an event or a
 * work across it: "the festival takes place over three weekends", "held over two days", "built
 * over four years", "lifted in phases over 10 years", "cut gradually over a decade". "Over" is
 * then the stretch, as after an amount, not "more than" ("lasted over five years").
 */
const SPREAD_BEFORE_OVER = /\b(?:(?:phased|rolled|paid|doled|handed|spread)\s+(?:in|out|back)|in\s+(?:phases|stages|steps|instal{1,2}ments|tranches)|gradually|(?:take|takes|took|taking)\s+place|held|staged|played|hosted|contested|conducted|built|filmed|recorded|collected|gathered|spread|staggered|amortized|amortised|repaid|repayable|payable|paid|split|divided|distributed|spaced|implemented|introduced|delivered|invested|vesting|vest|vests)\s+$/i;
const SPREAD_REACH = 20;

/**
 * "the" between a preposition and a counted stretch belongs to the stretch: "for the nine
 * months", "in the two years since"; after a verb it may open a longer noun ("kept the 5 yrs plan").
 */
const THE_BEFORE = /\b(?:for|in|during|over|of|through|throughout|within|after|since)\s+(the\s+)$/i;

/**
 * Before "a year" these make a rate ("15 a year", "twice a week"), which the set rules take; after
 * a stretch of time ("60 hours a week", "one hour a day") the unit is the share's whole, no span of its own.
 */
const RATE_LEAD = /(?:\d|\b(?:once|twice|thrice|times|hours?|minutes?|days|million|billion|trillion|dollars|euros|pounds|percent|cents))\s*$/i;

/**
 * Cricket's limited-overs format after "one-day": "the one-day series", "a one-day international",
 * "the one-day squad" name a kind of cricket, not a day's length ("a one-day strike" is one).
 */
const ONE_DAY_FORMAT_AFTER = /^\s+(?:series|internationals?|format|cup|squad|side|team|specialists?|captain|captaincy|cricket|rankings?|leg)\b/i;

const duration: DateRule = {
  id: 'date/duration',
  pattern: DURATION,
  build(m, scan) {
    const [whole, approx, countText, halfBefore, unitText, halfAfter] = m;
    const bareHalf = !halfBefore && !halfAfter ? HALF_TAIL.exec(scan.text.slice(m.index + whole.length, m.index + whole.length + 12)) : null;
    const half = halfBefore ?? halfAfter ?? bareHalf;
    const end = m.index + whole.length + (bareHalf ? bareHalf[0].length : 0);
    const unit = TIME_UNITS.get(unitText.toLowerCase())!;
    const article = /^an?$/i.test(countText);
    if (article && RATE_LEAD.test(scan.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (article && unit.unit === 'hour' && SPEED_LENGTHS.has(wordBefore(scan.text, m.index))) return null;
    // "a second" is nearly always the ordinal ("a second term"), and so is "second" joined to the
    // word after it: "one second-half goal", "two second-hand boats", "three second-round exits".
    if (unit.unit === 'second' && (article || (/^second$/i.test(unitText) && scan.text[m.index + m[0].length] === '-'))) return null;
    if (unit.unit === 'quarter' && isFraction(m[0], scan.text.slice(m.index + m[0].length, m.index + m[0].length + 16), scan.text.slice(Math.max(0, m.index - 24), m.index))) return null;
    let count = parseCardinal(countText);
    // "2018 day five": a year before a singular unit is no count; "a 2000 year old tradition" is.
    if (count !== null && count >= 1000 && !/s$/i.test(unitText) && /^\d{4}$/.test(countText) && !/old$/i.test(m[0])) return null;
    if (count === 1 && /^one\s?-\s?day$/i.test(whole) && ONE_DAY_FORMAT_AFTER.test(scan.text.slice(end, end + 16))) return null;
    if (count !== null && half) count += 0.5;
    const spreadOver = approx?.toLowerCase() === 'over' && (AMOUNT_BEFORE_OVER.test(scan.text.slice(Math.max(0, m.index - 12), m.index)) || SPREAD_BEFORE_OVER.test(scan.text.slice(Math.max(0, m.index - SPREAD_REACH), m.index)) || takesOverBefore(scan.text, m.index, m.index + m[0].length));
    const mod = approx && !spreadOver ? QUANTITY_MODS.get(approx.toLowerCase().replace(/\s+/g, ' ')) : undefined;
    const value = unit.unit === 'weekend' ? `P${count ?? 'X'}WE` : durationValue(count, unit.letter, unit.clock, unit.factor);
    // "a year-long dispute": the article is the noun's, and the stretch is the compound adjective.
    const compound = article && !approx && LONG_COMPOUND_END.test(whole);
    const start = compound ? m.index + whole.lastIndexOf(unitText) : spreadOver ? m.index + whole.indexOf(countText, approx?.length) : m.index - theBefore(scan.text, m.index, whole, approx, unitText);
    return { start, end, rule: this.id, value, timexType: 'DURATION', grain: 'other', ...(mod ? { mod } : {}) };
  },
};

// The end of an adjective a unit makes with "long": "year-long", "hour-long".
const LONG_COMPOUND_END = /-long$/i;

/** The length of a "the" before a plain counted stretch ("the 12 months"), or 0; not before "the 30-year bond". */
function theBefore(text: string, at: number, whole: string, approx: string | undefined, unitText: string): number {
  if (approx || whole.includes('-') || !/s$/i.test(unitText) || /old$/i.test(whole)) return 0;
  const lead = THE_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  return lead ? lead[1].length : 0;
}

function isFraction(quarters: string, after: string, before: string): boolean {
  return FRACTION_UNIT_AFTER.test(after) || (FRACTION_OF.test(quarters) && (/^\s+of\b/i.test(after) || changedBy(before)));
}

/** "sales grew by a quarter", "cut by three quarters": the size of a change, not a fiscal quarter. */
function changedBy(before: string): boolean {
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  let k = words.length - 1;
  if (CHANGE_HEDGES.has(words[k])) k--;
  return words[k] === 'by' && CHANGE_VERBS.has(words[k - 1]);
}

/** A rule whose match names one unit (group 1) and whose wording fixes how many of it. */
function countedUnitRule(id: string, pattern: RegExp, count: number): DateRule {
  return {
    id,
    pattern,
    build(m) {
      const unit = TIME_UNITS.get(m[1].toLowerCase())!;
      return { start: m.index, end: m.index + m[0].length, rule: id, value: durationValue(count, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other' };
    },
  };
}

/** A hedge right before a half of a unit: "for more than half a century", "nearly half a decade". */
const HEDGE_BEFORE = new RegExp(String.raw`\b${APPROX}\s+$`, 'i');
const HEDGE_REACH = 16;

/** "more than half a century later": the hedge is the offset's, whose date counts, not the stretch's. */
const OFFSET_AFTER = /^\s+(?:ago|earlier|later|from\s+now|hence|back)\b/i;

/**
 * "half a century", "a half-decade": half of one unit, with the hedge before it in the span and
 * its mod, as a counted stretch keeps it ("more than 50 years"): "more than half a century".
 */
const halfUnit: DateRule = {
  id: 'date/duration-half',
  pattern: HALF_UNIT,
  build(m, scan) {
    const unit = TIME_UNITS.get(m[1].toLowerCase())!;
    const end = m.index + m[0].length;
    const hedge = OFFSET_AFTER.test(scan.text.slice(end, end + 12)) ? null : HEDGE_BEFORE.exec(scan.text.slice(Math.max(0, m.index - HEDGE_REACH), m.index));
    const mod = hedge ? QUANTITY_MODS.get(hedge[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    const start = hedge && mod ? m.index - hedge[0].length : m.index;
    return { start, end, rule: this.id, value: durationValue(0.5, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other', ...(mod ? { mod } : {}) };
  },
};

const fractionOfAnHour: DateRule = {
  id: 'date/duration-hour-fraction',
  pattern: FRACTION_OF_AN_HOUR,
  build(m) {
    const minutes = FRACTION_MINUTES[(m[1] ?? m[2]).toLowerCase()];
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(minutes, 'M', true), timexType: 'DURATION', grain: 'other' };
  },
};

const fractionOfACentury: DateRule = {
  id: 'date/duration-century-fraction',
  pattern: FRACTION_OF_A_CENTURY,
  build(m) {
    const years = m[1].toLowerCase() === 'three' ? 75 : 25;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(years, 'Y', false), timexType: 'DURATION', grain: 'other' };
  },
};

const nights: DateRule = {
  id: 'date/duration-nights',
  pattern: NIGHTS,
  build(m) {
    const count = m[2] ? 1 : parseCardinal(m[1]);
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(count, 'D', false), timexType: 'DURATION', grain: 'other' };
  },
};

const gluedHours: DateRule = {
  id: 'date/duration-glued-hours',
  pattern: GLUED_HOURS,
  build(m, scan) {
    if (/[\d.,$£€]/.test(scan.text.charAt(m.index - 1))) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(Number(m[1]), 'H', true), timexType: 'DURATION', grain: 'other' };
  },
};

/** An unmeasured stretch of the plural `unitWord` ("weeks" → PXW) over [start, end). */
function unmeasured(rule: string, unitWord: string, start: number, end: number): DateHit {
  const unit = TIME_UNITS.get(unitWord.toLowerCase())!;
  return { start, end, rule, value: durationValue(null, unit.letter, unit.clock), timexType: 'DURATION', grain: 'other' };
}

const vagueDuration: DateRule = {
  id: 'date/duration-vague',
  pattern: VAGUE_DURATION,
  build(m) {
    return unmeasured(this.id, m[1], m.index + m[0].length - m[1].length, m.index + m[0].length);
  },
};

const matterOf: DateRule = {
  id: 'date/duration-matter-of',
  pattern: MATTER_OF,
  build(m) {
    return unmeasured(this.id, m[1], m.index, m.index + m[0].length);
  },
};

const vagueOffset: DateRule = {
  id: 'date/duration-vague-offset',
  pattern: VAGUE_OFFSET,
  build(m) {
    const unit = m[1] ?? m[2];
    return unmeasured(this.id, unit, m.index, m.index + unit.length);
  },
};

const longAdjective: DateRule = {
  id: 'date/duration-long',
  pattern: LONG_ADJECTIVE,
  build(m) {
    const word = m[1].toLowerCase();
    const unit = TIME_UNITS.get(word)!;
    const count = word.endsWith('s') ? null : 1;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(count, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other' };
  },
};

const allUnit = countedUnitRule('date/duration-all', ALL_UNIT, 1);

const anotherUnit = countedUnitRule('date/duration-another', ANOTHER_UNIT, 1);

const theNearHour: DateRule = {
  id: 'date/duration-near-hour',
  pattern: THE_NEAR_HOUR,
  build(m) {
    const value = m[1].toLowerCase() === 'hour' ? 'PT1H' : 'PT30M';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'DURATION', grain: 'other' };
  },
};

export const DURATION_RULES: readonly DateRule[] = [
  duration, halfUnit, fractionOfAnHour, fractionOfACentury, nights, gluedHours, vagueDuration, matterOf, vagueOffset, longAdjective, allUnit, anotherUnit, theNearHour,
];
