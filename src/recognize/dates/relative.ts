import { HALF_MODS, HALVED_UNITS, PRESENT_DAY_NOUNS, QUANTITY_MODS } from '../../lexicon/date-modifiers';
import { DAY_PARTS, SEASONS } from '../../lexicon/seasons';
import { TIME_UNITS, type TimeUnit, type UnitName } from '../../lexicon/time-units';
import { parseCardinal } from '../../resolve/numbers';
import { addDays, addMonths, type Day, formatDay, pad4 } from '../../resolve/timex-calendar';
import { durationValue, periodAt, periodValue, type PeriodUnit, relativePeriod, seasonYear, shiftDay, type Step, unknownPeriod, weekdayDay } from '../../resolve/timex';
import { isPluralSubject, type Tense } from '../../resolve/timex-tense';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { APPROX, COUNT, COUNT_OR_ARTICLE, DAY_PART, MONTH, UNIT, WEEKDAY, WEEKDAY_FULL } from './fragments';
import { businessNear } from './business-context';
import type { DateHit, DateRule, DateScan } from './hit';
import type { TimexMod } from '../../types';
import { casedWordBefore, endsNounPhrase, isCapitalized, isRecordWord, OVER_PARTICLE_VERBS, wordBefore } from './words';
import { lookupTable } from '../../lexicon/lookup-table';
import { NOUN_DETERMINERS } from '../../lexicon/determiners';
import { SCALE_WORDS } from '../../lexicon/number-words';

/** "today", "yesterday morning", "tonight" (or "tonite"), "the day after tomorrow", "day before yesterday". */
const DEICTIC_DAY = new RegExp(String.raw`\b(?:(?:the\s+)?day\s+(before|after)\s+)?(today|tonight|tonite|yesterday|tomorrow|tmrw)\b(?:\s+${DAY_PART})?`, 'gi');

/**
 * "this year", "last week", "next month", "next week-end", "the previous year", "this morning", "last summer", "this calendar year",
 * and "this years festival": "year's" with its apostrophe dropped, as web copy often has it ("in last years" is
 * the plural, "in recent years").
 */
const RELATIVE_PERIOD = new RegExp(
  String.raw`\b(?:(the)\s+)?(this\s+past|this\s+coming|this|last|next|past|coming|previous|following|current|upcoming|same|prior)\s+(?:calendar\s+(?=year\b))?(week-end|day|week|weekend|fortnight|month|quarter|year(?:s(?=\s+[a-z]))?|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|workweek|(?:working|work)\s+week)\b(\s+and\s+a\s+half\b)?`,
  'gi',
);

/** "the past few months", "the next six months", "the past five trading days", "last 3 months", "the past two and a half years", "the latest nine months". */
const RELATIVE_SPAN = new RegExp(
  String.raw`\b(?:(the)\s+)?(past|last|latest|next|coming|previous|following|first|final|(?:most\s+)?recent)\s+${COUNT}(\s+and\s+a\s+half)?\s+(?:(?:trading|business|working|calendar|full|consecutive|straight)\s+)?${UNIT}`,
  'gi',
);

/**
 * "two years ago", "three days earlier", "a week later", "about 20 years ago", "two days from
 * tomorrow", and counts in two units: "2 weeks and 2 days ago", "a year, six months later". Only
 * "ago" takes a frame after it ("fifty years ago this week"): "two days later this week" is two dates.
 */
const OFFSET = new RegExp(
  String.raw`\b(?:${APPROX}\s+)?(?:${COUNT_OR_ARTICLE}\s+${UNIT}(?:,\s*|\s+)(?:and\s+)?)?${COUNT_OR_ARTICLE}\s+(?:(?:more|long|full)\s+)?${UNIT}\s+(ago|earlier|later|before|after|from\s+now|from|hence|back|previously)\b(?:\s+(today|tomorrow|tmrw|yesterday|now)\b|(?<=ago)\s+(tonight|this\s+(?:week|weekend|month|morning|afternoon|evening|spring|summer|autumn|fall|winter))\b)?`,
  'gi',
);

/**
 * "years ago", "decades ago", "moments ago": some time back, uncounted (PAST_REF); "weeks from
 * now", "moments from now": some time ahead (FUTURE_REF). A count before it makes a longer
 * offset, which wins; a quote may carry an editor's count in brackets: "[Ten] years ago".
 */
const UNCOUNTED_OFFSET = /(?:\[([a-z]+|\d+)\]\s+|\b)(years|months|weeks|days|decades|centuries|hours|minutes|moments)\s+(ago|from\s+now)\b/gi;

/**
 * "4.5 billion years ago", "some 66 million years ago": a count in a scale word is counted, not
 * some time back, and reaches past any year TIMEX3 writes, so the offset there is no date at all.
 */
function countedInScale(text: string, at: number): boolean {
  return SCALE_WORDS[wordBefore(text, at)] !== undefined;
}

/**
 * "in two weeks", "in a fortnight's time": a date ahead when the sentence looks ahead, else a
 * duration. Not "in a quarter of an hour", where the unit is a fraction of the next one.
 */
const IN_OFFSET = new RegExp(String.raw`(?<=\bin\s)(?:${APPROX}\s+)?${COUNT_OR_ARTICLE}\s+${UNIT}(?!\s+of\b)(?:['\u2019]s\s+time\b)?`, 'gi');

/** "the year-earlier period", "the year-ago quarter": the same stretch a year before. */
const YEAR_AGO_PERIOD = /\bthe\s+(?:year-earlier|year-ago|year-before|prior-year|previous-year)\s+(period|quarter|month|week|level|figure|results?|season|time)\b/gi;

/** "from year-earlier net of $8 million", "year-ago levels": the adjective alone names the period a year before. */
const YEAR_AGO_ADJECTIVE = /\byear-(?:earlier|ago)\b/gi;

/**
 * "over the weekend", "spent the weekend", "The weekend brought relief": news names one weekend with it.
 * Not the weekend as a kind of work or paper ("the weekend shift", "the weekend edition").
 */
const THE_WEEKEND = /\bthe\s+weekend\b(?!\s+(?:editions?|shifts?|papers?|jobs?|staff|services?|schedules?|rates?|warriors?|crews?)\b)/gi;

/**
 * "next week on Tuesday", "this week Monday", "next week Mon", "Wednesday of next week",
 * "Wednesday evening next week", "Monday of the following week".
 */
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`\b(?:(this|next|last)\s+week(?:['\u2019]s)?\s+(?:on\s+)?${WEEKDAY}|${WEEKDAY_FULL}(?:\s+${DAY_PART})?\s+(?:of\s+)?(?:(this|next|last)|the\s+(following|previous))\s+week\b)`,
  'gi',
);

/** "the same period last year", "the same month a year ago". */
const SAME_PERIOD_YEAR_BEFORE = /\bthe\s+same\s+(day|week|month|quarter|period|time|season)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b/gi;

/**
 * "in recent months", "recent years", "the coming weeks", "the past years", "the months ahead", and
 * the edge of a time that an event or a reign names: "the final hours of the campaign", "the
 * last weeks of his reign", "the closing minutes of the game"; not "the early days of the web",
 * more often a figure.
 */
const RECENT_UNITS =
  /\b(?:(?:recent|the\s+(?:coming|next|past|last|previous|following)|coming)\s+(days|weeks|months|years|decades)|the\s+(days|weeks|months|years)\s+ahead|the\s+(?:final|closing|waning|dying|opening)\s+(minutes|hours|days|weeks|months|years)(?=\s+of\b))\b/gi;

/** "the end of the year", "the beginning of this month", "by end of year". */
const PERIOD_EDGE = /\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn|rest|remainder|balance|(first|second|latter|last)\s+half)\s+of\s+(?:(?:the|this)\s+)?(day|week|month|(?:calendar\s+)?year|decade|century|quarter)\b/gi;

const CALENDAR_WORD = /^calendar\s+/;

/** "year-end", "year end", "by year's end", "month-end", "at month's end", "year-end 1989". */
const UNIT_END = /\b(year|month)(?:[-\s]|['\u2019]s\s+)end\b(?:\s+([12]\d{3})\b)?/gi;

/**
 * "this year and next", "last month or this": the second period, whose noun the writer left out.
 * "this year and next year" names it in full, and "next to", "next door" are no periods.
 */
const ELLIPTIC_PERIOD = /\b(?:this|last|next)\s+(week|month|quarter|year)\s+(?:and|or)\s+(next|last|this)\b(?![-'\u2019]|\s+(?:weeks?|months?|quarters?|years?|time|to|door|one|generation)\b)/gi;

/**
 * "midyear", "by mid-year", "at mid-month": the middle of this year or month; "by mid-century",
 * "until the mid-decade" after a preposition of time, since "mid-century furniture" is a style.
 */
const UNIT_MIDDLE = /\bmid[-\s]?(year|month)\b(?!\s*-)|(?<=\b(?:by|until|till|before|after|around|at|since|from|through|towards?|beyond|in)\s(?:the\s)?)mid[-\s]?(century|decade)\b(?![\s-]?(?:modern|style|design)\b)/gi;

/**
 * Where the middle of a period falls: the position of the reference in it, and the first and last
 * positions the middle takes. A decade's or a century's middle is years long: "by mid-decade",
 * told in 2025, is this decade's.
 */
function positionInPeriod(ref: Day, unit: 'year' | 'month' | 'decade' | 'century'): [number, number, number] {
  if (unit === 'year') return [ref.m, 6.5, 6.5];
  if (unit === 'month') return [ref.d, 15.5, 15.5];
  return unit === 'decade' ? [ref.y % 10, 4, 6] : [ref.y % 100, 45, 55];
}

/**
 * "the day before", "the week after", "the year earlier", "the night before": counted from the
 * previous date in the text.
 */
const ANCHORED_NEIGHBOUR = /\bthe\s+(day|week|month|year|morning|afternoon|evening|night)\s+(before|after|earlier|later)(?=\s*(?:[.,;:!?)]|$))/gim;

const EDGE_MOD: ReadonlyMap<string, TimexMod> = new Map([['end', 'END'], ['close', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID']]);

/**
 * A turn is where one period gives way to the next: "by the turn of the century" ahead is this
 * century's end, and "at the turn of the century" told in the past is where this century began
 * (about 2000, told in 2026), not its end.
 */
export function edgeMod(edge: string, tense: Tense | null): TimexMod | undefined {
  if (edge === 'turn') return tense === 'future' ? 'END' : 'START';
  return EDGE_MOD.get(edge);
}

function unitOf(word: string): TimeUnit {
  return TIME_UNITS.get(word.toLowerCase())!;
}

/** The value of the period `n` steps from `anchor` (the reference day when there is no earlier date). */
export function anchoredPeriod(unit: PeriodUnit, n: number): NonNullable<DateHit['anchored']> {
  return {
    from: 'previous',
    resolve: (anchor) => (anchor ? periodAt(shiftDay(anchor, unit, n), unit) : { value: unknownPeriod(unit) }),
  };
}

/** The Saturday of a weekend, as ISO weekdays count it. */
const SATURDAY = 6;

/**
 * "arrives on Tuesday, Nov. 10, and she visits the following weekend": the first weekend after
 * the day last named, as "the following Saturday" is its first Saturday; after a weekday that is
 * the weekend of its own week, not of the week after.
 */
const FOLLOWING_WEEKEND: NonNullable<DateHit['anchored']> = {
  from: 'previous',
  resolve: (anchor) => (anchor ? periodAt(weekdayDay(anchor, SATURDAY, 'after'), 'weekend') : { value: unknownPeriod('weekend') }),
};

/**
 * "the following spring", "the previous summer": the season after or before the day the story
 * last named ("closed on Oct. 29, 2012 … the previous summer" is 2012-SU), not the reference's.
 */
function anchoredSeason(season: string, step: Step): NonNullable<DateHit['anchored']> {
  return {
    from: 'previous',
    resolve: (anchor) => ({ value: anchor ? `${pad4(seasonYear(anchor, season, step, null))}-${season}` : `XXXX-${season}` }),
  };
}

/** "today's" and the word after it, and the word or mark after that. */
const TODAYS_NEXT = /^['\u2019]s\s+([A-Za-z]+)(?:\s+([A-Za-z]+)|\s*([.,;:!?]))?/;

/** Verbs that show a name after "today's" is the whole subject: "today's IBM is leaner". */
const STATE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'has', 'have', 'looks', 'needs', 'faces']);

/**
 * "in today's dollars", "today's teenagers", "at today's GM.": these times, not the day of
 * writing (TimeML's PRESENT_REF); "today's session" and "today's Senate vote" stay the day.
 */
function namesTheseTimes(text: string, end: number): boolean {
  const m = TODAYS_NEXT.exec(text.slice(end, end + 40));
  if (!m) return false;
  const [, noun, after, mark] = m;
  if (PRESENT_DAY_NOUNS.has(noun.toLowerCase())) return true;
  return isCapitalized(noun) && (mark !== undefined || (after !== undefined && STATE_VERBS.has(after)));
}

// A broadcaster's or a paper's initials, a possessive's too: "USA", "NBC's".
const MEDIA_INITIALS = /^\p{Lu}{2,}(?:['\u2019]s)?$/u;
const INITIALS_REACH = 8;
const SHOW_AFTER = /^\s+(?:show|programme|program)\b/;

/** "USA Today", "the Today show", "NBC's Today": a title-cased "Today" that names a paper or a programme, no day. */
function namesMediaTitle(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== 'Today') return false;
  return MEDIA_INITIALS.test(casedWordBefore(text, start, INITIALS_REACH)) || SHOW_AFTER.test(text.slice(end, end + 12));
}

const deicticDay: DateRule = {
  id: 'date/deictic-day',
  pattern: DEICTIC_DAY,
  build(m, scan) {
    const [, around, word, part] = m;
    const lower = word.toLowerCase();
    if (!around && !part && namesMediaTitle(scan.text, m.index, m.index + m[0].length)) return null;
    if (lower === 'today' && !around && !part && namesTheseTimes(scan.text, m.index + m[0].length)) {
      return { start: m.index, end: m.index + m[0].length, rule: 'date/present-ref', value: 'PRESENT_REF', timexType: 'DATE', grain: 'other' };
    }
    let offset = lower === 'yesterday' ? -1 : lower === 'tomorrow' || lower === 'tmrw' ? 1 : 0;
    if (around) offset += around.toLowerCase() === 'before' ? -1 : 1;
    const partCode = lower === 'tonight' || lower === 'tonite' ? 'NI' : part ? DAY_PARTS.get(part.toLowerCase()) : undefined;
    const suffix = partCode ? `T${partCode}` : '';
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: partCode ? ('TIME' as const) : ('DATE' as const) };
    if (!scan.ref) return { ...base, value: `XXXX-XX-XX${suffix}`, grain: 'day' };
    const day = addDays(scan.ref, offset);
    return { ...base, value: formatDay(day) + suffix, grain: partCode ? 'time' : 'day', day };
  },
};

const STEP_OF: Record<string, Step | 'previous' | 'following' | 'same' | 'span'> = {
  this: 'this', current: 'this', 'this past': 'last', last: 'last', past: 'last', prior: 'previous',
  next: 'next', coming: 'next', upcoming: 'next', 'this coming': 'next', previous: 'previous', following: 'following', same: 'same',
};

/** "the last week of July", "the first week of March": a week of a month, which "the last week" alone does not measure. */
const OF_MONTH = new RegExp(String.raw`^\s+of\s+${MONTH}`, 'i');

const ORDINAL_OF = /^\s+of\b/i;

/** Words before "the next year" that make it a stretch ahead: "over the next year", "in the next month". */
const STRETCH_LEADS: ReadonlySet<string> = new Set(['over', 'during', 'within', 'for', 'in', 'throughout', 'through', 'into', 'across', 'by']);

/** A past-tense story that moves on: "the next year he returned" is the year after the one just named. */
function narratesNext(scan: DateScan, start: number, end: number): boolean {
  return !STRETCH_LEADS.has(wordBefore(scan.text, start)) && scan.tense(start, end) === 'past';
}

/**
 * "in the next decade", "into the coming century": the decade or century that follows this one,
 * as a date (199X said in 1989); "over the next decade" and "within the next decade" measure ten years.
 */
function namesComingDecade(text: string, start: number, modifier: string, noun: string): boolean {
  const lead = wordBefore(text, start);
  return (noun === 'decade' || noun === 'century') && (modifier === 'next' || modifier === 'coming') && (lead === 'in' || lead === 'into');
}

// Possessives of people; "its last quarter" is a firm's latest quarter, as "last quarter" is.
const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'our', 'your']);
// Prepositions and copulas that make "her" before the period its owner: "on her last day", "was her
// last day", not "saw her last night".
const OWNER_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'for', 'of', 'from', 'until', 'by', 'was', 'is', 'be']);

/** A person's possessive right before "last": "my", or "her" after a preposition or a copula. */
function ownedByPerson(text: string, start: number): boolean {
  const owner = wordBefore(text, start);
  if (PERSONAL_POSSESSIVES.has(owner)) return true;
  return owner === 'her' && OWNER_LEADS.has(wordBefore(text, start - owner.length - 1));
}

const relativePeriodRule: DateRule = {
  id: 'date/relative-period',
  pattern: RELATIVE_PERIOD,
  build(m, scan) {
    const [whole, the, modifierRaw, nounRaw, half] = m;
    const modifier = modifierRaw.toLowerCase().replace(/\s+/g, ' ');
    // "this working week", "next workweek": the week it works.
    // "the last years of his life" and "past years" are years in the plural, not a year's.
    const apostropheDropped = /^years$/i.test(nounRaw);
    if (apostropheDropped && (the || !/^this$/i.test(modifierRaw))) return null;
    const noun = /^work/i.test(nounRaw) ? 'week' : apostropheDropped ? 'year' : nounRaw.toLowerCase();
    const start = m.index;
    // "on my last night", "in his last year in office": after a person's possessive "last" is final, not previous.
    if (!the && modifier === 'last' && ownedByPerson(scan.text, start)) return null;
    let end = start + whole.length - (half?.length ?? 0);
    if (the && noun === 'week' && OF_MONTH.test(scan.text.slice(end, end + 16))) return null;
    // "the last day of its term", "the last year of his life": before "of", "last" is the final
    // one of something, no stretch back from now.
    if (the && modifier === 'last' && ORDINAL_OF.test(scan.text.slice(end, end + 4))) return null;
    let step = STEP_OF[modifier];
    // "the past year" and "the last month" measure a stretch of time; "the next year" too,
    // unless it counts from an earlier date ("the next day", "by the next morning", "in 1987 he
    // left; the next year he returned").
    if (the && (modifier === 'past' || modifier === 'last' || (modifier === 'next' && noun !== 'day' && !DAY_PARTS.has(noun) && !narratesNext(scan, start, end)))) step = 'span';
    else if (the && modifier === 'next') step = 'following';
    if (step === 'span' && namesComingDecade(scan.text, start, modifier, noun)) step = 'next';
    // "the past year and a half" measures a stretch of a year and a half; a named period ends at its noun.
    if (half && step === 'span') end += half.length;
    const base = { start, end, rule: this.id };
    const part = DAY_PARTS.get(noun);
    if (part) return dayPartHit(base, scan, step, part);
    const season = SEASONS.get(noun);
    if (season) {
      if (step === 'span' || step === 'same') return null;
      const s: Step = step === 'previous' ? 'last' : step === 'following' ? 'next' : step;
      if (step === 'previous' || step === 'following') return { ...base, value: '', timexType: 'DATE', grain: 'season', anchored: anchoredSeason(season, s) };
      const value = scan.ref ? `${pad4(seasonYear(scan.ref, season, s, null))}-${season}` : `XXXX-${season}`;
      return { ...base, value, timexType: 'DATE', grain: 'season' };
    }
    const unit = unitOf(noun);
    // "the past quarter" is the quarter a results story reports (see the-quarter), and "the
    // next quarter" the coming one, not three months.
    if (step === 'span' && unit.unit === 'quarter') {
      if (modifier !== 'next') return null;
      step = 'next';
    }
    if (step === 'span') return { ...base, value: durationValue(half ? 1.5 : 1, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other' };
    const period = (unit.unit === 'weekend' || noun === 'fortnight' ? (noun === 'fortnight' ? 'week' : 'weekend') : unit.unit) as PeriodUnit;
    if (period === 'weekend' && step === 'following') return { ...base, value: '', timexType: 'DATE', grain: 'week', anchored: FOLLOWING_WEEKEND };
    if (step === 'previous' || step === 'following' || step === 'same') {
      const n = step === 'previous' ? -1 : step === 'following' ? 1 : 0;
      return { ...base, value: '', timexType: 'DATE', grain: grainOf(period), anchored: anchoredPeriod(period, n) };
    }
    if (period === 'weekend' && step === 'this' && scan.ref && scan.tense(start, end) === 'past') {
      // "was a guest at the fair this weekend", told on a weekday: the weekend just past.
      return { ...base, value: periodValue(weekdayDay(scan.ref, 6, 'past'), 'weekend'), timexType: 'DATE', grain: 'week' };
    }
    const n = step === 'last' ? -1 : step === 'next' ? 1 : 0;
    const value = relativePeriod(scan.ref, period, n);
    const day = period === 'day' && scan.ref ? shiftDay(scan.ref, 'day', n) : undefined;
    return { ...base, value, timexType: 'DATE', grain: grainOf(period), ...(day ? { day } : {}) };
  },
};

function grainOf(unit: PeriodUnit): DateHit['grain'] {
  return unit === 'weekend' ? 'week' : unit;
}

/**
 * A part of the day counted from the day the story last named: "the next morning", "the
 * previous evening", "the same night", "the night before" (TimeML anchors them the same way).
 */
function anchoredDayPart(base: Pick<DateHit, 'start' | 'end' | 'rule'>, part: string, n: number): DateHit {
  const resolve = (anchor: Day | null) => (anchor ? { value: `${formatDay(addDays(anchor, n))}T${part}` } : { value: `XXXX-XX-XXT${part}` });
  return { ...base, value: `XXXX-XX-XXT${part}`, timexType: 'TIME', grain: 'time', anchored: { from: 'previous', resolve } };
}

/** "this morning" → 2024-02-16TMO, "last night" → 2024-02-15TNI. */
function dayPartHit(base: Pick<DateHit, 'start' | 'end' | 'rule'>, scan: DateScan, step: string, part: string): DateHit | null {
  if (step === 'span') return null;
  if (step === 'same' || step === 'following' || step === 'previous') return anchoredDayPart(base, part, step === 'previous' ? -1 : step === 'following' ? 1 : 0);
  const n = step === 'last' ? -1 : step === 'next' ? 1 : 0;
  if (!scan.ref) return { ...base, value: `XXXX-XX-XXT${part}`, timexType: 'TIME', grain: 'time' };
  const day = addDays(scan.ref, n);
  return { ...base, value: `${formatDay(day)}T${part}`, timexType: 'TIME', grain: 'time', day };
}

/**
 * Words after which "last" is the verb: "the strike could last two years", "is expected to last
 * several weeks", "take effect in March and last three years", "rallies that last two days".
 */
const VERB_LAST_LEADS: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "won't", "didn't", "doesn't", "don't", 'not', 'also', 'only', 'still',
  'and', 'or', 'that', 'which', 'usually', 'typically', 'generally', 'normally', 'often',
]);

const relativeSpan: DateRule = {
  id: 'date/relative-span',
  pattern: RELATIVE_SPAN,
  build(m, scan) {
    const [, the, modifier, countText, half, unitText] = m;
    const unit = unitOf(unitText);
    if (unit.unit === 'second' && !/\d|[a-z]{4,}/i.test(countText)) return null;
    const whole = parseCardinal(countText);
    const count = whole !== null && half ? whole + 0.5 : whole;
    // "The Games last 16 days", "supplies last two weeks": after a plural subject too.
    const before = wordBefore(scan.text, m.index);
    const lastIsVerb = !the && modifier.toLowerCase() === 'last' && (VERB_LAST_LEADS.has(before) || isPluralSubject(before));
    return {
      start: lastIsVerb ? m.index + m[0].indexOf(countText, modifier.length) : m.index,
      end: m.index + m[0].length,
      rule: this.id,
      value: durationValue(count, unit.letter, unit.clock, unit.factor),
      timexType: 'DURATION',
      grain: 'other',
    };
  },
};

const OFFSET_GRAIN: Record<string, PeriodUnit> = {
  second: 'day', minute: 'day', hour: 'day', day: 'day', week: 'day', weekend: 'day', month: 'month', quarter: 'quarter', year: 'year', decade: 'year', century: 'year',
};

/** "than" after "two weeks earlier": a comparison of two times ("than planned", "than expected"). */
const COMPARED_WITH = /^\s+than\b/i;

const DEICTIC_OFFSET: Record<string, number> = { today: 0, now: 0, tomorrow: 1, tmrw: 1, yesterday: -1 };

const THIS_BEFORE_FRAME = /^this\s+/;

/**
 * "Fifty years ago this week", "forty years ago this month", "thirty years ago tonight", "a year ago
 * this summer": the anniversary copy's frame is the current week, month, evening or season moved
 * back, so the offset takes its grain (1976-W46, 1984-03, 1989-11-09TNI, 2023-SU).
 */
function anniversaryFrame(frame: string, day: Day): Pick<DateHit, 'value' | 'timexType' | 'grain'> {
  const word = frame.toLowerCase().replace(THIS_BEFORE_FRAME, '');
  const season = SEASONS.get(word);
  if (season) return { value: `${pad4(seasonYear(day, season, 'this', null))}-${season}`, timexType: 'DATE', grain: 'season' };
  const part = word === 'tonight' ? 'NI' : DAY_PARTS.get(word);
  if (part) return { value: `${formatDay(day)}T${part}`, timexType: 'TIME', grain: 'day' };
  const unit = word as PeriodUnit;
  return { value: periodValue(day, unit), timexType: 'DATE', grain: grainOf(unit) };
}

/** Where the count starts after "over" and its spaces. */
function afterParticle(m: RegExpExecArray): number {
  let k = 'over'.length;
  while (k < m[0].length && m[0][k] === ' ') k++;
  return m.index + k;
}

const offset: DateRule = {
  id: 'date/offset',
  pattern: OFFSET,
  build(m, scan) {
    const [, written, firstCountText, firstUnitText, countText, unitText, directionRaw, deictic, frame] = m;
    // "who took over 18 months ago": the particle of a verb, no bound on the count.
    const particle = written?.toLowerCase() === 'over' && OVER_PARTICLE_VERBS.has(wordBefore(scan.text, m.index));
    const approx = particle ? undefined : written;
    const direction = directionRaw.toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const first = firstUnitText ? { unit: unitOf(firstUnitText), count: parseCardinal(firstCountText) } : null;
    // The first part must be the coarser unit: "2 weeks and 2 days ago"; else only the second part counts.
    const firstFits = first !== null && first.count !== null && UNIT_ORDER.indexOf(first.unit.unit) < UNIT_ORDER.indexOf(unitOf(unitText).unit);
    const start = first && !firstFits ? secondPartStart(m, firstUnitText) : particle ? afterParticle(m) : m.index;
    if (first && !firstFits && approx) return null;
    if (direction === 'from' && !deictic) return null;
    const fromAnchor = !deictic && direction !== 'ago' && direction !== 'from now' && direction !== 'hence' && direction !== 'back';
    // "two days after the vote" is a duration before an event, not a date.
    if (!deictic && (direction === 'before' || direction === 'after') && !/^\s*(?:[.,;:!?)]|$)/.test(scan.text.slice(end, end + 2))) return null;
    const unit = unitOf(unitText);
    const count = parseCardinal(countText);
    // "two weeks earlier than planned", "a day later than expected": a gap between two times, no date.
    if (!deictic && (direction === 'earlier' || direction === 'later') && COMPARED_WITH.test(scan.text.slice(end, end + 8))) {
      const gap = m[0].slice(0, m[0].length - directionRaw.length).trimEnd();
      return { start, end: m.index + gap.length, rule: 'date/offset-gap', value: durationValue(count, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other' };
    }
    const sign = direction === 'ago' || direction === 'earlier' || direction === 'before' || direction === 'back' || direction === 'previously' ? -1 : 1;
    const mod = approx ? QUANTITY_MODS.get(approx.toLowerCase()) : undefined;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, ...(mod ? { mod } : {}) };
    if (count === null) return { ...base, value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', grain: 'other' };
    // "Ten years ago today", "a year ago tomorrow": the day named dates the anniversary, so its grain is the day.
    const grain = deictic && deictic.toLowerCase() !== 'now' ? 'day' : OFFSET_GRAIN[unit.unit];
    const resolve = offsetResolver(unit, sign * count, grain, firstFits && first.count ? { unit: first.unit, n: sign * first.count } : undefined);
    const sameGrainBack = !deictic && !firstFits && sign < 0 && unit.unit === 'year' && Number.isInteger(count) && businessNear(scan, start, end) ? { fromSentenceDate: { within: OFFSET_SENTENCES_BACK, resolve: periodYearsBefore(count, direction === 'ago' ? scan.ref : null) } } : {};
    if (fromAnchor) return { ...base, value: '', grain: grainOf(grain), anchored: { from: 'previous', resolve }, ...sameGrainBack };
    if (frame) return { ...base, ...(scan.ref ? anniversaryFrame(frame, shiftBy(scan.ref, unit, sign * count)) : { value: unknownPeriod(grain), grain: 'other' }) };
    const origin = deictic && scan.ref ? addDays(scan.ref, DEICTIC_OFFSET[deictic.toLowerCase()]) : scan.ref;
    return { ...base, ...resolve(origin), grain: grainOf(grain), ...sameGrainBack };
  },
};

/**
 * "a year and a half ago", "two and a half months later": a small count and a half. Apart from
 * OFFSET, whose long count alternation an optional "and a half" would make backtrack.
 */
const HALF_OFFSET = new RegExp(
  String.raw`\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:and\s+a\s+half\s+${UNIT}|${UNIT}\s+and\s+a\s+half)\s+(ago|earlier|later|from\s+now|hence|back)\b`,
  'gi',
);

const halfOffset: DateRule = {
  id: 'date/offset',
  pattern: HALF_OFFSET,
  build(m, scan) {
    const [whole, countText, unitBefore, unitAfter, directionRaw] = m;
    const count = parseCardinal(countText);
    if (count === null) return null;
    return fractionalOffset(m.index, whole, count + 0.5, unitBefore ?? unitAfter, directionRaw, scan.ref);
  },
};

/** "half a century ago", "a half-decade later", "a quarter century ago": a fraction of one unit back or on. */
const FRACTION_OFFSET = /\b(half\s+an?|an?\s+half|(?:a|one|three)[\s-]+quarters?(?:\s+of\s+an?)?)[\s-]+(century|decade|year|day|hour)\s+(ago|earlier|later|from\s+now|hence|back)\b/gi;

const fractionOffset: DateRule = {
  id: 'date/offset',
  pattern: FRACTION_OFFSET,
  build(m, scan) {
    const [whole, fraction, unitText, directionRaw] = m;
    const count = /half/i.test(fraction) ? 0.5 : /^three/i.test(fraction) ? 0.75 : 0.25;
    return fractionalOffset(m.index, whole, count, unitText, directionRaw, scan.ref);
  },
};

/** `count` units back or on from the reference, or from the date before for "earlier" and "later". */
function fractionalOffset(start: number, whole: string, count: number, unitText: string, directionRaw: string, ref: Day | null): DateHit {
  const direction = directionRaw.toLowerCase();
  const sign = direction === 'ago' || direction === 'earlier' || direction === 'back' ? -1 : 1;
  const unit = unitOf(unitText);
  const grain = OFFSET_GRAIN[unit.unit];
  const resolve = offsetResolver(unit, sign * count, grain);
  const base = { start, end: start + whole.length, rule: 'date/offset', timexType: 'DATE' as const, grain: grainOf(grain) };
  if (direction === 'earlier' || direction === 'later') return { ...base, value: '', anchored: { from: 'previous', resolve } };
  return { ...base, ...resolve(ref) };
}

const uncountedOffset: DateRule = {
  id: 'date/uncounted-ago',
  pattern: UNCOUNTED_OFFSET,
  build(m, scan) {
    const [whole, bracketed, unitText, direction] = m;
    const base = { start: m.index, end: m.index + whole.length, rule: this.id, timexType: 'DATE' as const };
    const ahead = direction.toLowerCase() !== 'ago';
    const count = bracketed ? parseCardinal(bracketed) : null;
    if (count === null) return bracketed || countedInScale(scan.text, m.index) ? null : { ...base, value: ahead ? 'FUTURE_REF' : 'PAST_REF', grain: 'other' };
    const unit = TIME_UNITS.get(unitText.toLowerCase());
    if (!unit) return null;
    const grain = OFFSET_GRAIN[unit.unit];
    return { ...base, ...offsetResolver(unit, ahead ? count : -count, grain)(scan.ref), grain: grainOf(grain) };
  },
};

/** "Profit rose in the third quarter. Sales rose 3% from a year earlier": the period may be the previous sentence's. */
const OFFSET_SENTENCES_BACK = 1;

/**
 * "Third-quarter profit rose to $14 million from $12 million a year earlier": the comparison
 * is with the period its sentence just named, `years` back (1988-Q3 in a 1989 story), as
 * TimeML annotates it. After a day or a bare year the offset keeps its own value. "Ago" counts
 * from the reference (`agoFrom`), so a period still ahead of it is no such comparison: "will open
 * next June. Work began three years ago" is three years before today. Only a sentence on money or
 * the economy compares periods: "Profit fell in the quarter. He retired two years ago" is a year.
 */
function periodYearsBefore(years: number, agoFrom: Day | null): (previous: DateHit | null) => string | null {
  return (previous) => {
    if (!previous || !COMPARED_GRAINS.has(previous.grain) || previous.grain === 'year') return null;
    if (agoFrom && startsAfter(previous.value, agoFrom)) return null;
    return yearBefore(previous, 'period', years);
  };
}

const VALUE_START = /^(?:FY)?(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?/;

/** A period value ("2025-06", "2025-Q3", "FY2026-H1") whose calendar start lies after `day`; fiscal ones by their year. */
export function startsAfter(value: string, day: Day): boolean {
  const m = VALUE_START.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : m[3] ? 3 * Number(m[3]) - 2 : m[4] ? 6 * Number(m[4]) - 5 : 1;
  return year > day.y || (year === day.y && month > day.m && !value.startsWith('FY'));
}

/** Where the second count of "2 days and 2 weeks ago" starts, after the first unit and its separator. */
function secondPartStart(m: RegExpExecArray, firstUnitText: string): number {
  const afterUnit = m[0].toLowerCase().indexOf(firstUnitText.toLowerCase()) + firstUnitText.length;
  const sep = PART_SEPARATOR.exec(m[0].slice(afterUnit));
  return m.index + afterUnit + (sep ? sep[0].length : 0);
}

const PART_SEPARATOR = /^(?:,\s*|\s+)(?:and\s+)?/;

/** Units from the coarsest, for offsets counted in two units. */
const UNIT_ORDER: readonly UnitName[] = ['century', 'decade', 'year', 'quarter', 'month', 'week', 'weekend', 'day', 'hour', 'minute', 'second'];

/** Clock units in a day: "in 24 hours" is tomorrow, "in 2 hours" today, as the reference has no time of day. */
const PER_DAY: Partial<Record<UnitName, number>> = { hour: 24, minute: 24 * 60, second: 24 * 60 * 60 };
const MONTHS_IN: Partial<Record<UnitName, number>> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };

function shiftBy(day: Day, unit: TimeUnit, n: number): Day {
  const perDay = PER_DAY[unit.unit];
  if (perDay) return addDays(day, Math.trunc(n / perDay));
  // "a year and a half ago", "1.5 years ago": the fraction moves by the months or days it holds.
  if (!Number.isInteger(n)) {
    const months = MONTHS_IN[unit.unit];
    if (months) return addMonths(day, Math.round(n * months));
    return addDays(day, Math.round(n * (unit.unit === 'day' ? unit.factor : 7 * unit.factor)));
  }
  const steps = Math.round(n * (unit.unit === 'day' || unit.unit === 'week' ? unit.factor : 1));
  return shiftDay(day, unit.unit === 'weekend' ? 'week' : unit.unit, steps);
}

/**
 * Counts `n` units from an anchor day, after a coarser first part when there is one ("2 weeks
 * and 2 days ago"), to the grain the last unit names ("two years ago" → a year).
 */
function offsetResolver(unit: TimeUnit, n: number, grain: PeriodUnit, first?: { unit: TimeUnit; n: number }) {
  return (anchor: Day | null) => {
    if (!anchor) return { value: unknownPeriod(grain) };
    return periodAt(shiftBy(first ? shiftBy(anchor, first.unit, first.n) : anchor, unit, n), grain);
  };
}

/** How far before "in" a record word may stand: "the first annual loss in". */
const RECORD_WORDS_BACK = 4;
const PHRASE_REACH = 80;
const CLAUSE_MARKS = /[,;:.!?()"\u201c\u201d]/;

/**
 * Prepositions that open a phrase of place or agent inside the record's noun phrase: "the first
 * Democrat in the White House in 12 years", "the first visit by a U.S. president to Hiroshima in 71 years".
 */
const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'by', 'from', 'of', 'on', 'for']);
/** How many such phrases, each at most RECORD_WORDS_BACK words, the walk may cross. */
const PHRASES_CROSSED = 2;

/**
 * Verbs that make a record phrase the predicate ("will be the first Democrat in the White House in
 * 12 years"): only such a record runs across a phrase of place; "will open its first store in Paris
 * in two years" is a date.
 */
const RECORD_PREDICATE_VERBS: ReadonlySet<string> = new Set(['be', 'is', 'was', 'were', 'been', 'become', 'became', 'becomes', 'mark', 'marks', 'marked', 'as']);

/** "be the first ...", "became the lowest ...": the record word at `i` is the predicate's. */
function predicateRecord(words: readonly string[], i: number): boolean {
  return i >= 2 && NOUN_DETERMINERS.has(words[i - 1].toLowerCase()) && RECORD_PREDICATE_VERBS.has(words[i - 2].toLowerCase());
}

/** A preposition before a determiner or a name opens a phrase the noun phrase runs across; "to" before a verb does not. */
function opensInnerPhrase(word: string, after: string | undefined): boolean {
  return NOUN_PHRASE_PREPOSITIONS.has(word) && after !== undefined && (NOUN_DETERMINERS.has(after.toLowerCase()) || isCapitalized(after));
}

/**
 * "its lowest level in 54 years", "the first loss in nine years": a superlative or "first" in the
 * noun phrase before "in" makes the count the years since it last happened, a duration, whatever
 * the tense around it. A verb between them ("the first payment is due in two weeks") keeps the date.
 */
function afterRecordPhrase(text: string, inStart: number): boolean {
  const words = text.slice(Math.max(0, inStart - PHRASE_REACH), inStart).split(/\s+/).filter(Boolean);
  // The last word is the "in" that the offset's pattern looked behind for.
  const last = words.length - 2;
  const floor = Math.max(0, last - RECORD_WORDS_BACK * (PHRASES_CROSSED + 1));
  let phraseStart = last;
  let crossed = 0;
  for (let i = last; i >= floor && phraseStart - i < RECORD_WORDS_BACK; i--) {
    const word = words[i].toLowerCase();
    if (CLAUSE_MARKS.test(word)) return false;
    if (isRecordWord(word)) return crossed === 0 || predicateRecord(words, i);
    if (!endsNounPhrase(word)) continue;
    if (crossed === PHRASES_CROSSED || !opensInnerPhrase(word, words[i + 1])) return false;
    crossed++;
    phraseStart = i - 1;
  }
  return false;
}

/**
 * "four games in 11 days", "three titles in five years", "two wins in three weeks": a tally of
 * things counted before "in" is spread over the stretch, a duration, not a date that far ahead.
 */
const TALLY_BEFORE_IN = new RegExp(String.raw`\b${COUNT}\s+(?:[a-z-]+\s+)?[a-z]*[a-rt-z]s\s+in\s+$`, 'i');
const TALLY_REACH = 48;

/**
 * "for the second time in five years", "a third time in 10 days": an occurrence counted by its
 * ordinal is a tally too, over the stretch after "in".
 */
const NTH_TIME_BEFORE_IN = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))\s+time\s+in\s+$/i;

const inOffset: DateRule = {
  id: 'date/in-offset',
  pattern: IN_OFFSET,
  build(m, scan) {
    const [, approx, countText, unitText] = m;
    const start = m.index;
    const end = start + m[0].length;
    const count = parseCardinal(countText);
    if (count === null || approx || scan.tense(start, end) !== 'future' || afterRecordPhrase(scan.text, start)) return null;
    const before = scan.text.slice(Math.max(0, start - TALLY_REACH), start);
    if (TALLY_BEFORE_IN.test(before) || NTH_TIME_BEFORE_IN.test(before)) return null;
    const unit = unitOf(unitText);
    const grain = OFFSET_GRAIN[unit.unit];
    return { start, end, rule: this.id, timexType: 'DATE', ...offsetResolver(unit, count, grain)(scan.ref), grain: grainOf(grain), priority: 1 };
  },
};

/** Dates a year-ago comparison may count back from: a reporting day ("said Tuesday") is none. */
export const COMPARED_GRAINS: ReadonlySet<DateHit['grain']> = new Set(['month', 'quarter', 'half', 'season', 'year']);

/**
 * "Profit for the third quarter rose from the year-earlier period": the period is the one just
 * named in the sentence or just before, a year back (1988-Q3 in a 1989 story). With none, "the year-ago
 * quarter" is the last quarter over a year back, and any other noun the year before.
 */
const yearAgoPeriod: DateRule = {
  id: 'date/year-ago-period',
  pattern: YEAR_AGO_PERIOD,
  build(m, scan) {
    const quarter = m[1].toLowerCase() === 'quarter';
    const fallback = quarter && scan.ref ? periodValue(shiftDay(scan.ref, 'month', -15), 'quarter') : relativePeriod(scan.ref, 'year', -1);
    return comparedPeriodHit(m, this.id, quarter ? 'quarter' : 'year', fallback, (previous) =>
      COMPARED_GRAINS.has(previous.grain) ? yearBefore(previous, quarter ? 'quarter' : 'period') : null,
    );
  },
};

const yearAgoAdjective: DateRule = {
  id: 'date/year-ago-adjective',
  pattern: YEAR_AGO_ADJECTIVE,
  build(m, scan) {
    return comparedPeriodHit(m, this.id, 'year', relativePeriod(scan.ref, 'year', -1), (previous) => (COMPARED_GRAINS.has(previous.grain) ? yearBefore(previous, 'period') : null));
  },
};

/**
 * How many sentences back "the same period" may find its date when no other date came between:
 * a results story names the quarter, then the loss per share, then the year-earlier figures.
 */
const COMPARED_SENTENCES_BACK = 3;

/** A period compared with the date just named, or `fallback` when there is none near or it does not fit. */
export function comparedPeriodHit(m: RegExpExecArray, rule: string, grain: DateHit['grain'], fallback: string, fromPrevious: (previous: DateHit) => string | null): DateHit {
  return {
    start: m.index,
    end: m.index + m[0].length,
    rule,
    value: fallback,
    timexType: 'DATE',
    grain,
    fromSentenceDate: { within: COMPARED_SENTENCES_BACK, resolve: (previous) => (previous ? (fromPrevious(previous) ?? fallback) : fallback) },
  };
}

/**
 * "over the weekend" in a past report is the last weekend; ahead of it, the coming one, as is a
 * deadline no verb tells the tense of ("Call her before the weekend", "Done by the weekend?").
 */
/** "by the weekend", "before the weekend", "until the weekend": a bound that with no tense lies ahead. */
const WEEKEND_DEADLINE_BEFORE = /\b(?:by|before|until|till)\s+$/i;
const WEEKEND_DEADLINE_REACH = 8;

const theWeekend: DateRule = {
  id: 'date/the-weekend',
  pattern: THE_WEEKEND,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'week' as const };
    if (!scan.ref) return { ...base, value: 'XXXX-WXX-WE' };
    // Ahead, the weekend of the coming Sunday: told on a Sunday, "will go on through the weekend" is the one under way.
    const tense = scan.tense(start, end) ?? (WEEKEND_DEADLINE_BEFORE.test(scan.text.slice(Math.max(0, start - WEEKEND_DEADLINE_REACH), start)) ? 'future' : null);
    const day = tense === 'future' ? weekdayDay(scan.ref, 7, 'future') : weekdayDay(scan.ref, 6, 'past');
    return { ...base, value: periodValue(day, 'weekend') };
  },
};

/** "Tues." and "tuesday" alike, as the weekday table spells it. */
function weekdayWord(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function onWeekday(day: Day, suffix: string): { value: string; day: Day } {
  return { value: formatDay(day) + suffix, day };
}

const weekdayOfWeek: DateRule = {
  id: 'date/weekday-of-week',
  pattern: WEEKDAY_OF_WEEK,
  build(m, scan) {
    const [, stepA, dayA, dayB, part, stepB, counted] = m;
    const iso = WEEKDAYS.get(weekdayWord(dayA ?? dayB))!;
    const partCode = part ? DAY_PARTS.get(part.toLowerCase()) : undefined;
    const suffix = partCode ? `T${partCode}` : '';
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: partCode ? ('TIME' as const) : ('DATE' as const), grain: partCode ? ('time' as const) : ('day' as const) };
    if (counted) {
      // "Monday of the following week" counts from the last day the text named, like "the following week".
      const direction = counted.toLowerCase() === 'following' ? 'next-week' : 'last-week';
      const resolve = (anchor: Day | null) => (anchor ? onWeekday(weekdayDay(anchor, iso, direction), suffix) : { value: `XXXX-WXX-${iso}${suffix}` });
      return { ...base, value: '', anchored: { from: 'previous', resolve } };
    }
    const step = (stepA ?? stepB).toLowerCase();
    if (!scan.ref) return { ...base, value: `XXXX-WXX-${iso}${suffix}` };
    return { ...base, ...onWeekday(weekdayDay(scan.ref, iso, step === 'next' ? 'next-week' : step === 'last' ? 'last-week' : 'this-week'), suffix) };
  },
};

/**
 * "Sales rose in February compared to the same period last year": the period is the date
 * just named in the sentence or just before, a year back (2009-02 in a 2010 story); with none, the
 * reference's period a year back.
 */
const samePeriodYearBefore: DateRule = {
  id: 'date/same-period-year-before',
  pattern: SAME_PERIOD_YEAR_BEFORE,
  build(m, scan) {
    const noun = m[1].toLowerCase();
    const unit: PeriodUnit = noun === 'day' || noun === 'week' || noun === 'month' || noun === 'quarter' ? noun : 'year';
    const fallback = scan.ref ? periodValue(shiftDay(scan.ref, 'year', -1), unit) : unknownPeriod(unit);
    return comparedPeriodHit(m, this.id, grainOf(unit), fallback, (previous) => yearBefore(previous, noun));
  },
};

/** The period of `previous` that `noun` names, `years` earlier: null when the noun is finer than the date. */
function yearBefore(previous: DateHit, noun: string, years = 1): string | null {
  const { grain } = previous;
  const fiscal = previous.value.startsWith('FY') ? 'FY' : '';
  const value = previous.value.slice(fiscal.length);
  const year = Number(value.slice(0, 4)) - years;
  if (noun === 'period' || noun === 'time' || noun === 'season') {
    if (grain === 'day' && previous.day) return formatDay(shiftDay(previous.day, 'year', -years));
    return grain === 'week' ? null : fiscal + pad4(year) + value.slice(4);
  }
  if (noun === 'month' && (grain === 'month' || grain === 'day')) return pad4(year) + value.slice(4, 7);
  if (noun === 'quarter' && grain === 'quarter') return fiscal + pad4(year) + value.slice(4);
  return null;
}

const recentUnits: DateRule = {
  id: 'date/recent-units',
  pattern: RECENT_UNITS,
  build(m) {
    const unit = unitOf(m[1] ?? m[2] ?? m[3]);
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(null, unit.letter, unit.clock), timexType: 'DURATION', grain: 'other' };
  },
};

const periodEdge: DateRule = {
  id: 'date/period-edge',
  pattern: PERIOD_EDGE,
  build(m, scan) {
    const [, edgeWords, half, noun] = m;
    const edge = edgeWords.toLowerCase();
    // "the end of the calendar year" is the year's, as against a fiscal one.
    const unit = noun.toLowerCase().replace(CALENDAR_WORD, '') as PeriodUnit;
    // "the first half of the decade"; a year's or a day's half is left to the rules that date halves.
    if (half && !HALVED_UNITS.has(unit)) return null;
    const tense = scan.tense(m.index, m.index + m[0].length);
    const value = relativePeriod(scan.ref, unit, 0);
    const told = tense === 'past' && !/\bthis\s/i.test(m[0]) && TOLD_EDGE_UNITS.has(unit);
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: this.id,
      value,
      timexType: 'DATE',
      grain: grainOf(unit),
      // "the rest of the year" is the period itself: TIMEX3 has no mod for what remains of it.
      mod: half ? HALF_MODS.get(half.toLowerCase()) : edgeMod(edge, tense),
      ...(told && scan.ref ? { fromSentenceDate: { within: 1, resolve: (previous: DateHit | null) => periodOfToldDate(previous, unit, scan.ref!) } } : {}),
    };
  },
};

/** The units whose edge a story told in the past takes from the date it just named. */
const TOLD_EDGE_UNITS: ReadonlySet<PeriodUnit> = new Set(['month', 'year', 'decade']);

/**
 * "The band formed in 1998. By the end of the year they had split": in the past tense, the
 * year, month or decade of a date named in the sentence or the one before, where that date lies
 * before the reference's period; null keeps the reference's.
 */
function periodOfToldDate(previous: DateHit | null, unit: PeriodUnit, ref: Day): string | null {
  const m = previous && !previous.value.startsWith('FY') ? TOLD_VALUE.exec(previous.value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (unit === 'decade') return Math.floor(year / 10) < Math.floor(ref.y / 10) ? `${String(year).slice(0, 3)}X` : null;
  if (unit === 'year') return year < ref.y ? pad4(year) : null;
  if (!m[2]) return null;
  const month = Number(m[2]);
  return year < ref.y || (year === ref.y && month < ref.m) ? `${pad4(year)}-${m[2]}` : null;
}

/** A calendar value's year and, if it has one, month: "1998", "2015-10", "2015-10-03". */
const TOLD_VALUE = /^(\d{4})(?:-(\d{2}))?(?![\dX])/;

const unitEnd: DateRule = {
  id: 'date/unit-end',
  pattern: UNIT_END,
  build(m, scan) {
    const [whole, unitText, yearText] = m;
    const unit = unitText.toLowerCase() as 'year' | 'month';
    // A year written after it is the year that ends; after "month-end" it is a date of its own.
    const ownYear = yearText && unit === 'year' ? yearText : undefined;
    const end = m.index + (yearText && !ownYear ? whole.toLowerCase().lastIndexOf('end') + 3 : whole.length);
    const value = ownYear ?? relativePeriod(scan.ref, unit, 0);
    return { start: m.index, end, rule: this.id, value, timexType: 'DATE', grain: unit, mod: 'END' };
  },
};

const ELLIPTIC_STEP: Readonly<Record<string, number>> = lookupTable({ last: -1, this: 0, next: 1 });

const ellipticPeriod: DateRule = {
  id: 'date/elliptic-period',
  pattern: ELLIPTIC_PERIOD,
  build(m, scan) {
    const [whole, noun, word] = m;
    const end = m.index + whole.length;
    const unit = noun.toLowerCase() as PeriodUnit;
    return { start: end - word.length, end, rule: this.id, value: relativePeriod(scan.ref, unit, ELLIPTIC_STEP[word.toLowerCase()]), timexType: 'DATE', grain: grainOf(unit) };
  },
};

/**
 * The middle of this year, month, decade or century, or of the one on the tense's side when this
 * one's middle is behind it: "sales slowed at midyear", told in February, is last year's; "will
 * close by midyear", told in October, next year's.
 */
const unitMiddle: DateRule = {
  id: 'date/unit-middle',
  pattern: UNIT_MIDDLE,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = (m[1] ?? m[2]).toLowerCase() as 'year' | 'month' | 'decade' | 'century';
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: unit, mod: 'MID' as const };
    if (!scan.ref) return { ...base, value: relativePeriod(null, unit, 0) };
    const [position, first, last] = positionInPeriod(scan.ref, unit);
    const tense = scan.tense(start, end);
    const step = tense === 'past' && position < first ? -1 : tense === 'future' && position > last ? 1 : 0;
    return { ...base, value: relativePeriod(scan.ref, unit, step) };
  },
};

const anchoredNeighbour: DateRule = {
  id: 'date/anchored-neighbour',
  pattern: ANCHORED_NEIGHBOUR,
  build(m) {
    const [, noun, direction] = m;
    const n = /before|earlier/i.test(direction) ? -1 : 1;
    const part = DAY_PARTS.get(noun.toLowerCase());
    if (part) return anchoredDayPart({ start: m.index, end: m.index + m[0].length, rule: this.id }, part, n);
    const unit = noun.toLowerCase() as PeriodUnit;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: '', timexType: 'DATE', grain: grainOf(unit), anchored: anchoredPeriod(unit, n) };
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [
  deicticDay,
  relativePeriodRule,
  relativeSpan,
  offset,
  halfOffset,
  fractionOffset,
  uncountedOffset,
  inOffset,
  yearAgoPeriod,
  yearAgoAdjective,
  samePeriodYearBefore,
  theWeekend,
  weekdayOfWeek,
  recentUnits,
  periodEdge,
  unitEnd,
  unitMiddle,
  ellipticPeriod,
  anchoredNeighbour,
];
