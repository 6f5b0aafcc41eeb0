import { DEFERRING_VERBS } from '../../lexicon/date-modifiers';
import { DECADE_WORDS } from '../../lexicon/number-words';
import { SEASON_EVENT_NOUNS, SEASONS } from '../../lexicon/seasons';
import { parseOrdinal } from '../../resolve/numbers';
import { pad4 } from '../../resolve/timex-calendar';
import { secondYear } from './split-years';
import { expandTwoDigitYear, lastRoundYear, nextRoundYear, relativePeriod, seasonYear, type Step, yearForMonth } from '../../resolve/timex';
import type { Tense } from '../../resolve/timex-tense';
import { isEventOwner, monthOf, monthTense } from './absolute';
import { MONTH, YEAR } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { isCapitalized, wordAfter, wordBefore } from './words';
import { sentenceAt } from '../../text/sentence-at';
import { BUSINESS_CUE, businessNear, reportNear } from './business-context';
import { temperatureNear } from './temperature-context';

/** The year a period belongs to: "of 2024", "of this year", "of last year", and a year right after it ("4th quarter 2018"). */
const YEAR_TAIL = String.raw`(?:\s+(?:of|in)\s+(?:(?:fiscal\s+)?(?:year\s+)?${YEAR}|(this|last|next|the\s+current|the\s+previous|the\s+same)\s+(?:fiscal\s+)?year)|\s+${YEAR})?`;

/** A year written before the period it owns: "the 1989 fourth quarter", "its fiscal 1990 first half". */
const YEAR_BEFORE = String.raw`(?:(?:fiscal\s+)?([12]\d{3})\s+)?`;

/** "the third quarter", "the fiscal first quarter", "the fourth quarter of 2023", "the first quarter of this year", "the 1989 third quarter". */
const ORDINAL_QUARTER = new RegExp(String.raw`\b(?:the\s+)?${YEAR_BEFORE}(?:fiscal\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|calendar\s+)?quarter\b${YEAR_TAIL}`, 'gi');

/** "Q3 2024", "Q3", "2024 Q3", "3Q 2024", "2024-Q3", "Q3/2024", "3Q24". */
const Q_QUARTER = /\b(?:([12]\d{3})(?:\s+|[/-]))?(?:Q([1-4])|([1-4])Q)(?:(?:\s*|[/-])([12]\d{3})|'(\d{2})|(?<=\dQ)(\d{2}))?\b/gi;

/** "the January-March quarter", "the April-to-June quarter of 1993", "the July through September period". */
const MONTH_SPAN_QUARTER = new RegExp(String.raw`\b(?:the\s+)?${YEAR_BEFORE}${MONTH}\s*(?:-(?:to-|through-)?|–|\s(?:to|through)\s)\s*${MONTH}\s+(?:quarter|period)\b${YEAR_TAIL}`, 'gi');

/**
 * "the September quarter", "the December quarter of 2008": a quarter named by the month it ends
 * in, as Australian and Japanese reports name them. Only months that end a calendar quarter.
 */
const MONTH_END_QUARTER = new RegExp(String.raw`\bthe\s+${YEAR_BEFORE}(March|June|Sept(?:ember|\.)?|Dec(?:ember|\.)?)[\s-]+quarter\b${YEAR_TAIL}`, 'gi');

/**
 * "the December half", "the June half of 2023": a half-year named by the month it ends in, as
 * Australian banks and miners report them. Only June and December end a calendar half; not "the
 * December half-marathon" or "the June half term".
 */
const MONTH_END_HALF = new RegExp(String.raw`\bthe\s+${YEAR_BEFORE}(June|Dec(?:ember|\.)?)[\s-]+half\b(?!-|\s+(?:marathon|term|time|hour|day|price)s?\b)${YEAR_TAIL}`, 'gi');

/** "the first half of 2024", "the second half of this year", "the back half of the year", "H1 2024". */
const ORDINAL_HALF = new RegExp(String.raw`\b(?:the\s+)?${YEAR_BEFORE}(first|second|1st|2nd|front|back|latter)[\s-]+half\b(?:\s+(?:of|in)\s+(?:(?:fiscal\s+)?${YEAR}|(this|last|next)\s+year|the\s+(?:calendar\s+)?(year)))?`, 'gi');

/**
 * "the quarter", "the latest quarter", "the past quarter", "the most recent fiscal quarter": the
 * quarter a results story reports, not counted from the reference like "last quarter".
 */
const THE_QUARTER = /\bthe\s+(?:(latest|most\s+recent|just-ended|just-completed|past|last)\s+)?(?:fiscal\s+)?quarter\b(?![\s-]+(?:of|century|mile|point|percent|percentage|share|stake|final|pounder)s?\b|-)/gi;

/**
 * "ended June 30", "ending Sept. 30, 1989", "which ends next March 31", and a month alone, "ending
 * March 2026", "ended in September": the month that closes a reported period, after "the
 * quarter" or "the fiscal year".
 */
export const PERIOD_CLOSED = new RegExp(String.raw`^,?\s+(?:that\s+)?(ended|ending|ends|which\s+ended|which\s+ends)\s+(?:on\s+|in\s+)?(next\s+|last\s+)?${MONTH}(?:\s?\d{1,2}\b)?(?:,?\s+${YEAR})?`, 'i');

/**
 * "starting July 1", "which began in October", "beginning next April": the month that opens a
 * fiscal year, with the same groups as PERIOD_CLOSED.
 */
export const PERIOD_OPENED = new RegExp(String.raw`^\s+(?:that\s+|which\s+)?(starting|beginning|starts|begins|started|began)\s+(?:on\s+|in\s+)?(next\s+|last\s+)?${MONTH}(?:\s?\d{1,2}\b)?(?:,?\s+${YEAR})?`, 'i');

/** How far after a period's name its closing date may be written. */
export const CLOSING_WINDOW = 48;

/** Words before a bare "the quarter" that make it a time: "for the quarter", "in the quarter". */
const QUARTER_LEADS: ReadonlySet<string> = new Set(['for', 'in', 'during', 'over', 'through', 'throughout', 'from', 'since', 'of']);

/** "H1 2024", "2024 H2", "2024-H2", "H1/2024", and a bare "H2" after a lead ("growth in H2"). */
const H_HALF = /\b(?:(?:H([12])|([12])H)(?:(?:\s+|[/-])([12]\d{3})|'(\d{2})|(?<=\dH)(\d{2}))|([12]\d{3})(?:\s+|[/-])(?:H([12])|([12])H)|H([12]))\b/g;

/**
 * "fiscal 2024", "fiscal year 2024", "FY2024", "FY24", and a year written by both its calendar
 * years, "fiscal 1995-96", "FY2023-24", "FY 24/25", "financial year 2025-26", which is named for
 * the year it ends in.
 */
/** "Q4 FY24", "Q1 fiscal 2025", "FY2024 Q3": a quarter of a fiscal year named by codes. */
const FISCAL_QUARTER_CODE = /\b(?:Q([1-4])\s+(?:FY\s?|fiscal\s+)('?\d{2}|[12]\d{3})|(?:FY\s?|fiscal\s+)('?\d{2}|[12]\d{3})\s+Q([1-4]))\b/gi;

const FISCAL_YEAR = /\b(?:fiscal(?:\s+year)?\s+|financial\s+year\s+|FY\s?)([12]\d{3}|'?\d{2})(?:[-/\u2013](\d{4}|\d{2})(?![-/.]?\d))?\b/gi;

/**
 * "next fiscal year", "the current financial year", "the new fiscal year", and Indian English's
 * "fiscal" for the year itself ("4.8 per cent in the current fiscal", "last fiscal, against"),
 * where a stop or a word of comparison shows no noun follows ("the current fiscal deficit").
 */
const RELATIVE_FISCAL_YEAR = /\b(this|last|next|the\s+current|the\s+previous|the\s+prior|the\s+next|the\s+coming|the\s+upcoming|(?<!\ba\s)(?:the\s+)?new)\s+(?:(?:fiscal|financial)\s+year\b|fiscal(?=\s*[.,;:)]|\s+(?:against|compared|than|from)\b))/gi;

/** "the 1990s", "the '90s", "70s", "the sixties", and "the 1990 s" of tokenized copy. */
const DECADE = /(?:\bthe\s+)?(?:\b(1[0-9]|20)(\d)0( ?['\u2019])? ?s\b|['\u2019]([0-9])0s\b|\b([2-9]0)s\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/gi;

/** The first two digits of this century's years, whose "2000s" is a decade. */
const PRESENT_CENTURY = 20;

/** "the 20th century", "the twenty-first century". */
const CENTURY = /\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)[\s-]+century\b/gi;

/** "last summer", "the spring of 2024", "winter 2023", "in the autumn", "the summer of '69". */
const SEASON = new RegExp(String.raw`\b(?:(this|last|next|the)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?:${YEAR}(?:[-\u2013/](\d{2}(?:\d{2})?)\b)?|['\u2019](\d{2})\b)|\s+of\s+(this|last|next)\s+year\b)?`, 'gi');

/**
 * "exams are moved to the spring", "the launch was pushed back to the autumn": "to" lets "the"
 * season stand as a date only after a verb that moves a date (not "walked to the spring"), and
 * the season moved to lies ahead whatever the verb's tense.
 */
const MOVED_TO = new RegExp(String.raw`\b(?:moved|brought\s+forward|${DEFERRING_VERBS})\s+to\s+$`, 'i');
/** "lawmakers return from the summer recess": a season come back from is over, whatever the verb's tense. */
const BACK_FROM = /\b(?:return|returns|returned|returning|back)\s+from\s+$/i;
const SEASON_VERB_REACH = 32;

/** The tense a verb that moves a date to the season, or comes back from it, gives the season; null for none. */
function seasonMoveTense(text: string, start: number): Tense | null {
  const lead = text.slice(Math.max(0, start - SEASON_VERB_REACH), start);
  return MOVED_TO.test(lead) ? 'future' : BACK_FROM.test(lead) ? 'past' : null;
}

/** Words that let a bare season stand as a date ("in spring", "since the summer"), not a verb or noun. */
/**
 * "the hottest summer on record", "its wettest winter in a century": a season ranked against
 * others is the one the story tells of, as "the summer" would be; not "a summer job" nor "summer
 * sports". Only the superlatives of weather and trade that news ranks seasons by.
 */
const RANKING = String.raw`(?:(?:second|third)[\s-])?(?:hottest|warmest|coldest|coolest|wettest|driest|sunniest|snowiest|stormiest|windiest|mildest|busiest|quietest|worst|best|strongest|weakest)`;
const RANKED_SEASON = new RegExp(String.raw`\b(?:the|its|their|our)\s+${RANKING}\s+$`, 'i');
/** "the spring was the sunniest on record", "Summer has been the driest since 1976": the season a ranking is said of. */
const SEASON_RANKED = new RegExp(String.raw`^\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:the\s+)?${RANKING}\b`, 'i');
const RANKED_REACH = 40;
/** What a ranking goes on with: "on record", "in a century", "since 1893", "for a decade", "yet", "ever". */
const RANKING_AFTER = /^\s*(?:on\s+record|in\b|since\b|for\b|yet\b|ever\b|[,.;])/i;

function rankedSeason(text: string, start: number, end: number): boolean {
  if (RANKED_SEASON.test(text.slice(Math.max(0, start - RANKED_REACH), start)) && RANKING_AFTER.test(text.slice(end, end + 12))) return true;
  // "She said that summer was the best of her life": "that" right before the season makes it the
  // one date/that-season dates; "said that the spring was the sunniest" is the season ranked.
  return (text.slice(start, start + 4).toLowerCase() === 'the ' || wordBefore(text, start) !== 'that') && SEASON_RANKED.test(text.slice(end, end + RANKED_REACH));
}

/**
 * "Retailers face a weak summer.", "Farmers endured a dry winter.": a season an adjective of
 * weather or trade describes, after a verb of looking ahead or of enduring and closing its
 * clause, is the one the story tells of; "a hot summer day" names a day, and "He had a hot
 * summer" a time of a life.
 */
const DESCRIBED_SEASON = /\b(?:expect(?:s|ed|ing)?|fac(?:es?|ed|ing)|forecasts?|predict(?:s|ed|ing)?|endured|suffered|(?:brac|prepar)(?:e|es|ed|ing)\s+for|warn(?:s|ed|ing)?\s+of)\s+(?:a|an|the)\s+(?:hot|cold|warm|mild|wet|dry|harsh|long|hard|tough|difficult|busy|quiet|bleak|weak|strong|slow|brutal|snowy|rainy|stormy|freezing|sweltering|scorching|record)\s+$/i;
const CLAUSE_CLOSES = /^\s*[,.;:!?)]/;

function describedSeason(text: string, start: number, end: number): boolean {
  return DESCRIBED_SEASON.test(text.slice(Math.max(0, start - RANKED_REACH), start)) && CLAUSE_CLOSES.test(text.slice(end, end + 4));
}

// "that summer" is left to date/that-season, which dates it by the year the story last named.
const SEASON_LEAD: ReadonlySet<string> = new Set(['in', 'during', 'by', 'until', 'since', 'through', 'over', 'early', 'late', 'mid', 'mid-', 'this', 'last', 'next', 'before', 'after', 'of', 'from', 'till', 'for', 'into', 'throughout', 'spent', 'spend', 'spending', 'all']);
// "the fall" is the season only after these and before a clause's end: "by the fall, …", "in the
// fall." — after "after" or "since", or before "in"/"of", it is a drop ("after the fall in prices").
const FALL_LEAD: ReadonlySet<string> = new Set(['in', 'during', 'by', 'until', 'till', 'through']);
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$|and\b|when\b)/;

/** Words after which a two-digit decade is an age or a temperature ("in his 70s", "the low 80s"). */
/** Words before "1980's" or "1200 s" that make it a decade: "in the early 1970's", "since the mid-1980's". */
const SPELLED_DECADE_LEAD: ReadonlySet<string> = new Set(['in', 'early', 'late', 'mid', 'mid-']);
/** "could come as early as spring", "as soon as summer": a season a limit of time points to. */
const AS_SOON_AS = /\b(?:early|late|soon)\s+as\s+$/i;
const AS_SOON_AS_REACH = 16;

const NOT_DECADE_LEAD: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its', 'low', 'high', 'upper', 'lower', 'mid']);

function stepYear(scan: DateScan, explicit: string | undefined, relative: string | undefined): number | null {
  if (explicit) return Number(explicit);
  if (!scan.ref) return null;
  if (!relative) return null;
  const r = relative.toLowerCase();
  return r === 'last' || r.endsWith('previous') ? scan.ref.y - 1 : r === 'next' ? scan.ref.y + 1 : scan.ref.y;
}

/** "1988's third quarter", "last year's fourth quarter", "fiscal 1990's first half": the year before the period. */
const POSSESSIVE_YEAR = /(?:\b(fiscal\s+)?([12]\d{3})|\b(this|last|next)\s+(fiscal\s+)?year)['\u2019]s\s+$/i;

/** The year a possessive names right before `start`, and whether it is a fiscal one; undefined with none. */
function possessiveYear(scan: DateScan, start: number): { year: number | null; fiscal: boolean } | undefined {
  const m = POSSESSIVE_YEAR.exec(scan.text.slice(Math.max(0, start - 24), start));
  if (!m) return undefined;
  return { year: m[2] ? Number(m[2]) : stepYear(scan, undefined, m[3]), fiscal: Boolean(m[1] ?? m[4]) };
}

const FISCAL = /\bfiscal\b/i;

/**
 * A fiscal quarter or half is a part of a fiscal year, not of the calendar year with the same
 * number: TimeML writes "fiscal 1990's first quarter" FY1990-Q1, which began in 1989.
 */
function fiscalPrefix(whole: string, owner: { fiscal: boolean } | undefined): string {
  return FISCAL.test(whole) || owner?.fiscal ? 'FY' : '';
}

/** Words of a quarter's report: its figures come out after it ends. */
const RESULTS_CUE = /\b(?:results|earnings|net|profits?|loss(?:es)?|figures|numbers|report(?:s|ed|ing)?)\b/i;

/** How far around a quarter to look for a results word. */
const RESULTS_WINDOW = 24;

/**
 * A quarter named without a year falls in the past in past context, in the future in future
 * context, except the results of the quarter just ended: "third-quarter results are due next
 * week", said in November, are this year's, and "fourth-quarter earnings will rise", said in
 * January, last year's.
 */
function yearForQuarter(scan: DateScan, quarter: number, start: number, end: number, fiscal = false): number | null {
  if (!scan.ref) return null;
  const tense = scan.tense(start, end);
  // A fiscal year is named for the calendar year it ends in, and a reported fiscal quarter ends
  // in the year of the report ("the fiscal fourth quarter", said in June, is the one just ended),
  // so the calendar's order of quarters says nothing about its year.
  if (fiscal && tense !== 'future') return scan.ref.y;
  const current = Math.floor((scan.ref.m - 1) / 3) + 1;
  if (tense === 'past' && quarter > current) return scan.ref.y - 1;
  if (tense !== 'future') return scan.ref.y;
  const justEnded = quarter === (current === 1 ? 4 : current - 1);
  if (justEnded && RESULTS_CUE.test(scan.text.slice(Math.max(0, start - RESULTS_WINDOW), end + RESULTS_WINDOW))) {
    return current === 1 ? scan.ref.y - 1 : scan.ref.y;
  }
  return quarter < current ? scan.ref.y + 1 : scan.ref.y;
}

/**
 * A half named without a year: in past context the last one that has ended ("profit rose in the
 * first half", said in February, is last year's), in future context the next, else this year's.
 */
function yearForHalf(scan: DateScan, half: number, tense: Tense | null): number | null {
  if (!scan.ref) return null;
  const current = scan.ref.m <= 6 ? 1 : 2;
  if (tense === 'past' && half >= current) return scan.ref.y - 1;
  if (tense === 'future' && half < current) return scan.ref.y + 1;
  return scan.ref.y;
}

export const yearText = (y: number | null) => (y === null ? 'XXXX' : pad4(y));

const QUARTER_OF: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/** Words of a game played in quarters (basketball, American football): "scored 14 points in the third quarter". */
const GAME_CUE = /\b(?:points|scored|scoring|touchdowns?|yards|field\s+goals?|baskets?|rebounds|assists|three-pointers?|free\s+throws|interceptions?|fumbled?|sacked|quarterback|trailed|halftime|buzzer|dunks?|layups?|possessions?|timeouts?)\b/i;

/** A game's score, "led 30-22", not a vote's tally ("voted 9-3"). */
const SCORELINE = /(?<!\b(?:voted?|votes|ruled|of)\s)\b\d{1,3}-\d{1,3}\b/;

/**
 * "He scored 14 points in the third quarter", "led 30-22 after the first quarter": a yearless
 * quarter in a sentence of a game, with no business word near it, is a part of the game.
 */
function isGameQuarter(scan: DateScan, start: number, end: number): boolean {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)];
  if (!sentence) return false;
  const text = scan.text.slice(sentence.start, sentence.end);
  return (GAME_CUE.test(text) || SCORELINE.test(text)) && !businessNear(scan, start, end);
}

const ordinalQuarter: DateRule = {
  id: 'date/quarter',
  pattern: ORDINAL_QUARTER,
  build(m, scan) {
    const [, before, ordinal, after, relative, spaced] = m;
    const explicit = before ?? after ?? spaced;
    const q = QUARTER_OF[ordinal.toLowerCase()];
    // "the last quarter" alone is the one before this; only "the last quarter of 2023" is Q4.
    if ((ordinal.toLowerCase() === 'last' || ordinal.toLowerCase() === 'final') && !explicit && !relative) return null;
    const start = m.index;
    const end = start + m[0].length;
    const owner = explicit || relative ? undefined : possessiveYear(scan, start);
    if (!explicit && !relative && owner === undefined && isGameQuarter(scan, start, end)) return null;
    const year = explicit || relative ? stepYear(scan, explicit, relative) : owner !== undefined ? owner.year : yearForQuarter(scan, q, start, end, FISCAL.test(m[0]));
    const explicitYear = Boolean(explicit || relative) || owner !== undefined;
    return { start, end, rule: this.id, value: `${fiscalPrefix(m[0], owner)}${yearText(year)}-Q${q}`, timexType: 'DATE', grain: 'quarter', explicitYear };
  },
};

/**
 * A quarter or half named by the month it ends in: its number is that month over the months it
 * spans; its year is written, stepped ("of last year") or else the nearest such period's.
 */
function monthEndPeriod(id: string, pattern: RegExp, months: 3 | 6, implicitYear: (scan: DateScan, n: number, start: number, end: number) => number | null): DateRule {
  const [letter, grain] = months === 3 ? (['Q', 'quarter'] as const) : (['H', 'half'] as const);
  return {
    id,
    pattern,
    build(m, scan) {
      const [, before, month, after, relative, spaced] = m;
      const n = monthOf(month) / months;
      const start = m.index;
      const end = start + m[0].length;
      const explicit = before ?? after ?? spaced;
      const year = explicit || relative ? stepYear(scan, explicit, relative) : implicitYear(scan, n, start, end);
      return { start, end, rule: id, value: `${yearText(year)}-${letter}${n}`, timexType: 'DATE', grain, explicitYear: Boolean(explicit || relative) };
    },
  };
}

const monthEndQuarter = monthEndPeriod('date/quarter-month-end', MONTH_END_QUARTER, 3, (scan, q, start, end) => yearForQuarter(scan, q, start, end));
const monthEndHalf = monthEndPeriod('date/half-month-end', MONTH_END_HALF, 6, (scan, h, start, end) => yearForHalf(scan, h, scan.tense(start, end)));

/** A calendar quarter named by its first and last month; a fiscal one ("the November-January quarter") is left alone. */
const monthSpanQuarter: DateRule = {
  id: 'date/quarter-months',
  pattern: MONTH_SPAN_QUARTER,
  build(m, scan) {
    const [, before, firstMonth, lastMonth, after, relative, spaced] = m;
    const first = monthOf(firstMonth);
    if (first % 3 !== 1 || monthOf(lastMonth) !== first + 2) return null;
    const q = (first + 2) / 3;
    const start = m.index;
    const end = start + m[0].length;
    const explicit = before ?? after ?? spaced;
    const year = explicit || relative ? stepYear(scan, explicit, relative) : yearForQuarter(scan, q, start, end);
    return { start, end, rule: this.id, value: `${yearText(year)}-Q${q}`, timexType: 'DATE', grain: 'quarter' };
  },
};

const qQuarter: DateRule = {
  id: 'date/quarter-code',
  pattern: Q_QUARTER,
  build(m, scan) {
    const [, lead, qa, qb, tail, apostrophe, glued] = m;
    const short = apostrophe ?? glued;
    const q = Number(qa ?? qb);
    const start = m.index;
    const end = start + m[0].length;
    const explicit = lead ?? tail ?? (short ? `20${short}` : undefined);
    if (!explicit && !/^Q/.test(m[0])) return null;
    const year = explicit ? Number(explicit) : yearForQuarter(scan, q, start, end);
    return { start, end, rule: this.id, value: `${yearText(year)}-Q${q}`, timexType: 'DATE', grain: 'quarter' };
  },
};

/**
 * "Net income for the third quarter rose 5%; revenue for the quarter rose 2%": the quarter is
 * the latest one named; with none, a report looks back at the last quarter that has ended and
 * a forecast at the current one. A bare "the quarter" needs a lead word and, as with halves,
 * money or the economy nearby: in sport it is a part of a game.
 */
const theQuarter: DateRule = {
  id: 'date/the-quarter',
  pattern: THE_QUARTER,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'quarter' as const };
    const closed = PERIOD_CLOSED.exec(scan.text.slice(end, end + CLOSING_WINDOW));
    if (closed) {
      const { year, month } = boundMonth(scan, closed, end);
      return { ...base, value: `${yearText(year)}-Q${Math.ceil(month / 3)}` };
    }
    if (!m[1] && !bareQuarterIsTime(scan, start, end)) return null;
    const ahead = !m[1] && scan.tense(start, end) === 'future';
    const fallback = scan.ref ? relativePeriod(scan.ref, 'quarter', ahead ? 0 : -1) : 'XXXX-QX';
    // "the latest quarter" has ended: a quarter named earlier as a forecast ("expects the fourth quarter to") is not it.
    const fits = (earlier: DateHit) => !m[1] || !scan.ref || (earlier.value.startsWith('FY') ? fiscalQuarterReported(scan, earlier) : earlier.value <= fallback);
    return { ...base, value: fallback, fromEarlier: { grain: 'quarter', resolve: (earlier) => (earlier && fits(earlier) ? earlier.value : fallback) } };
  },
};

/**
 * A fiscal quarter's number says nothing of its calendar months ("its fiscal fourth quarter, ended
 * Sept. 30" is FY1991-Q4 told in October 1991), so it has ended unless its clause tells it ahead;
 * a fiscal year runs at most a year past the calendar one it is told in.
 */
function fiscalQuarterReported(scan: DateScan, earlier: DateHit): boolean {
  return scan.ref !== null && Number(earlier.value.slice(2, 6)) <= scan.ref.y + 1 && scan.tense(earlier.start, earlier.end) !== 'future';
}

function bareQuarterIsTime(scan: DateScan, start: number, end: number): boolean {
  return QUARTER_LEADS.has(wordBefore(scan.text, start)) && (reportNear(scan, start, end) || quarterReportedBefore(scan, start));
}

/** A quarter named by its number: "the second quarter", "fiscal third-quarter". */
const NUMBERED_QUARTER = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b/i;
/** How many sentences back a report's quarter carries a bare "the quarter". */
const REPORT_SENTENCES = 2;

/**
 * "Sales in its fiscal second quarter rose 56%. It shipped no chips to China during the
 * quarter.": a sentence just before that reports a numbered quarter in business words makes a
 * bare "the quarter" that one, though its own sentence has no business word.
 */
function quarterReportedBefore(scan: DateScan, start: number): boolean {
  const k = sentenceAt(scan.sentences, start);
  for (let j = k - 1; j >= Math.max(0, k - REPORT_SENTENCES); j--) {
    const sentence = scan.text.slice(scan.sentences[j].start, scan.sentences[j].end);
    if (NUMBERED_QUARTER.test(sentence) && BUSINESS_CUE.test(sentence)) return true;
  }
  return false;
}

// Verbs of a bound already passed: "ended June 30", "which began in October".
const PAST_BOUND_VERB = /ended|began|started/i;
// Verbs of a bound still ahead, in the present: "the fiscal year that begins July 1", "which ends
// next March": a past verb elsewhere in the sentence ("signed a budget") does not move it back.
const COMING_BOUND_VERB = /\b(?:ends|begins|starts)$/i;

/**
 * The month a PERIOD_CLOSED or PERIOD_OPENED match (run on the text from `at`) names, and its
 * year: written, or placed by "ended" or "began", else by the tense around the month as a plain
 * month would be ("expects a profit in the fiscal year ending in June", told in November, is next
 * June, as "the year to June" is).
 */
export function boundMonth(scan: DateScan, closed: RegExpExecArray, at: number): { year: number | null; month: number } {
  const [, verb, step, monthWord, year] = closed;
  const month = monthOf(monthWord);
  if (year) return { year: Number(year), month };
  if (!scan.ref) return { year: null, month };
  // "ending next September", "which began last October": the month's next or last coming round,
  // never the reference's own month or the one just gone, which a bare tense may name.
  if (step) return { year: /next/i.test(step) ? nextRoundYear(scan.ref, month) : lastRoundYear(scan.ref, month), month };
  const monthAt = at + closed.index + closed[0].lastIndexOf(monthWord);
  const tense = PAST_BOUND_VERB.test(verb) ? 'past' : COMING_BOUND_VERB.test(verb) ? 'future' : monthTense(scan, monthAt, monthAt + monthWord.length);
  return { year: yearForMonth(scan.ref, month, tense), month };
}

/** The words for a year's first half; "second", "back" and "latter" name its second. */
const OPENING_HALVES = /^(?:first|1st|front)$/i;

const ordinalHalf: DateRule = {
  id: 'date/half',
  pattern: ORDINAL_HALF,
  build(m, scan) {
    const [, before, ordinal, after, relative, theYear] = m;
    const explicit = before ?? after;
    const h = OPENING_HALVES.test(ordinal) ? 1 : 2;
    const start = m.index;
    const end = start + m[0].length;
    const owner = possessiveYear(scan, start);
    const yearless = !explicit && !relative && !theYear && owner === undefined;
    if (yearless && (!reportNear(scan, start, end) || HALF_OF_LONGER_PERIOD.test(scan.text.slice(end, end + HALF_OF_REACH)))) return null;
    const year = owner !== undefined ? owner.year : yearless ? yearForHalf(scan, h, scan.tense(start, end)) : stepYear(scan, explicit, relative ?? (theYear ? 'this' : undefined));
    return { start, end, rule: this.id, value: `${fiscalPrefix(m[0], owner)}${yearText(year)}-H${h}`, timexType: 'DATE', grain: 'half' };
  },
};

/** "the second half of the 1990s", "the first half of the century": a half of a longer period, which its own rule dates. */
const HALF_OF_LONGER_PERIOD = new RegExp(String.raw`^\s+of\s+(?:${DECADE.source}|${CENTURY.source}|(?:the\s+)?(?:decade|century)\b)`, 'i');
const HALF_OF_REACH = 32;

/** Leads of a bare half's code: "in H2", "during H1"; "demand for H2" is the gas. */
const HALF_CODE_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'over', 'through', 'throughout', 'since', 'by']);

/**
 * A half's code with its year, written either way round ("H1 2024", "1H24", "H2'23", "2024 2H"), or bare where a period's lead stands before it and money or the
 * economy is near ("expects growth in H2"): not "H2" the gas nor an "H1" visa. The bare one takes
 * the half of the year the tense points to, as "the second half" does.
 */
const hHalf: DateRule = {
  id: 'date/half-code',
  pattern: H_HALF,
  build(m, scan) {
    const start = m.index;
    const end = start + m[0].length;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'half' as const };
    const [, hFirst, digitFirst, yearAfter, apostrophe, glued, yearBefore, hAfterYear, digitAfterYear, bare] = m;
    const short = apostrophe ?? glued;
    if (bare === undefined) return { ...base, value: `${yearAfter ?? yearBefore ?? `20${short}`}-H${hFirst ?? digitFirst ?? hAfterYear ?? digitAfterYear}` };
    if (!HALF_CODE_LEADS.has(wordBefore(scan.text, start)) || !reportNear(scan, start, end)) return null;
    const h = Number(bare);
    return { ...base, value: `${yearText(yearForHalf(scan, h, scan.tense(start, end)))}-H${h}` };
  },
};

/** A fiscal year as written after "FY" or "fiscal": "1990", "24", "'24". */
function fiscalYearOf(written: string): number {
  const raw = written.replace("'", '');
  return raw.length === 4 ? Number(raw) : 2000 + Number(raw);
}

const fiscalQuarterCode: DateRule = {
  id: 'date/fiscal-quarter-code',
  pattern: FISCAL_QUARTER_CODE,
  build(m) {
    const [whole, qa, ya, yb, qb] = m;
    const value = `FY${pad4(fiscalYearOf(ya ?? yb))}-Q${qa ?? qb}`;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value, timexType: 'DATE', grain: 'quarter' };
  },
};

const fiscalYear: DateRule = {
  id: 'date/fiscal-year',
  pattern: FISCAL_YEAR,
  build(m) {
    const year = fiscalYearOf(m[1]);
    if (/^FY/.test(m[0]) === false && !/^(?:fiscal|financial)/i.test(m[0])) return null;
    const straddles = m[2] !== undefined && secondYear(year, m[2]) === year + 1;
    // "fiscal 1990-95" is a range whose second year the year-range rule reads.
    const end = m.index + m[0].length - (m[2] && !straddles ? m[2].length + 1 : 0);
    return { start: m.index, end, rule: this.id, value: `FY${pad4(straddles ? year + 1 : year)}`, timexType: 'DATE', grain: 'year' };
  },
};

const relativeFiscalYear: DateRule = {
  id: 'date/fiscal-year-relative',
  pattern: RELATIVE_FISCAL_YEAR,
  build(m, scan) {
    const step = m[1].toLowerCase();
    const end = m.index + m[0].length;
    const base = { start: m.index, end, rule: this.id, timexType: 'DATE' as const, grain: 'year' as const };
    // "the current fiscal year, which ends next Sept. 30": a fiscal year is named for the year it ends in.
    const closed = PERIOD_CLOSED.exec(scan.text.slice(end, end + CLOSING_WINDOW));
    if (closed) return { ...base, value: `FY${yearText(boundMonth(scan, closed, end).year)}` };
    // A "new" fiscal year, just begun or about to, mostly ends in the next calendar year, which names it.
    const year = stepYear(scan, undefined, /last|previous|prior/.test(step) ? 'last' : /next|coming|new/.test(step) ? 'next' : 'this');
    return { ...base, value: `FY${yearText(year)}` };
  },
};

const decade: DateRule = {
  id: 'date/decade',
  pattern: DECADE,
  build(m, scan) {
    const [whole, century, digit, possessive, apostrophe, twoDigit, word] = m;
    let value: string;
    if (century) {
      // "1200 s" may be seconds, and "1980's" a year's possessive ("1980's election"): as a
      // decade, as older New York Times style writes it, each needs "the" or "in" before it.
      if ((possessive || / s$/.test(whole)) && !/^the\s/i.test(whole) && !SPELLED_DECADE_LEAD.has(wordBefore(scan.text, m.index))) return null;
      // "the 1800s", "the early 1900s": a round hundred before the present century names the
      // century (18XX), as "the 1800s" is the 19th century; "the 2000s" is the decade.
      if (digit === '0' && Number(century) < PRESENT_CENTURY) return { start: m.index, end: m.index + whole.length, rule: this.id, value: `${century}XX`, timexType: 'DATE', grain: 'century' };
      value = `${century}${digit}X`;
    }
    else {
      const tens = apostrophe ? Number(apostrophe) * 10 : twoDigit ? Number(twoDigit) : DECADE_WORDS.get(word.toLowerCase())!;
      const hasThe = /^the\s/i.test(whole);
      if (!apostrophe && !hasThe && NOT_DECADE_LEAD.has(wordBefore(scan.text, m.index))) return null;
      if (word && !hasThe) return null;
      if (twoDigit && temperatureNear(scan, m.index, m.index + whole.length)) return null;
      value = `${tens >= 20 || apostrophe ? '19' : '20'}${Math.floor(tens / 10)}X`;
    }
    return { start: m.index, end: m.index + whole.length, rule: this.id, value, timexType: 'DATE', grain: 'decade' };
  },
};

const century: DateRule = {
  id: 'date/century',
  pattern: CENTURY,
  build(m) {
    const n = parseOrdinal(m[1]);
    if (!n || n > 22) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: `${String(n - 1).padStart(2, '0')}XX`, timexType: 'DATE', grain: 'century' };
  },
};

/**
 * A season is a date when a year, a "this/last/next", or a temporal preposition comes with it:
 * "spring 2024", "last summer", "in the autumn" — not "they spring into action" or "the Arab Spring".
 */
const season: DateRule = {
  id: 'date/season',
  pattern: SEASON,
  build(m, scan) {
    const [whole, lead, word, fullYear, nextYear, shortYear, yearStep] = m;
    const explicit = fullYear ?? (shortYear ? String(expandTwoDigitYear(Number(shortYear), scan.ref)) : yearStep && scan.ref ? String(stepYear(scan, undefined, yearStep)) : undefined);
    const code = SEASONS.get(word.toLowerCase())!;
    const leadLower = lead?.toLowerCase();
    const start = m.index;
    const moveTense = seasonMoveTense(scan.text, start);
    const movedTo = leadLower === 'the' && moveTense === 'future';
    // "the fall session", "the summer recess", "the party's autumn conference": the season of an event on a calendar.
    const event = !explicit && SEASON_EVENT_NOUNS.has(wordAfter(scan.text, start + whole.length));
    if (leadLower === 'the') {
      const prev = wordBefore(scan.text, start);
      if (!explicit && !SEASON_LEAD.has(prev) && !movedTo && !event && !rankedSeason(scan.text, start, start + whole.length)) return null;
    } else if (!leadLower && !explicit) {
      if (!SEASON_LEAD.has(wordBefore(scan.text, start)) && !AS_SOON_AS.test(scan.text.slice(Math.max(0, start - AS_SOON_AS_REACH), start)) && !rankedSeason(scan.text, start, start + whole.length) && !describedSeason(scan.text, start, start + whole.length) && !(event && ownsSeasonEvent(wordBefore(scan.text, start)))) return null;
    }
    const prevWord = wordBefore(scan.text, start);
    if (isCapitalized(word) && prevWord && isCapitalized(prevWord) && !leadLower) return null;
    // "the winter of 2020-21" spans two years and is named by the first; any other tail is no part of it.
    const end = start + whole.length - (nextYear && secondYear(Number(fullYear), nextYear) !== Number(fullYear) + 1 ? nextYear.length + 1 : 0);
    const afterWord = wordAfter(scan.text, end);
    // "the Spring Festival", "the Summer Olympics": a name, when the season is not a sentence's first word.
    if (!explicit && isCapitalized(word) && isCapitalized(afterWord) && prevWord !== '' && !/[.!?]\s*$/.test(scan.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const after = afterWord.toLowerCase();
    // Only "fall" is also a drop; "autumn" is the season after any lead ("set for the autumn").
    if (word.toLowerCase() === 'fall' && !explicit && !event && (after === 'of' || !leadLower || (leadLower === 'the' && !isFallSeason(scan.text, start, end)))) return null;
    if (leadLower === 'the' && explicit === undefined && after === 'of') return null;
    const step = leadLower === 'this' || leadLower === 'last' || leadLower === 'next' ? (leadLower as Step) : null;
    const year = explicit ? Number(explicit) : scan.ref ? seasonYear(scan.ref, code, step, step ? null : (moveTense ?? scan.tense(start, end))) : null;
    return { start, end, rule: this.id, value: `${yearText(year)}-${code}`, timexType: 'DATE', grain: 'season', explicitYear: Boolean(explicit) || step !== null };
  },
};

/** "its fall session", "the party's autumn conference": one body's event; "a summer break" is any. */
const ownsSeasonEvent = (prev: string): boolean => isEventOwner(prev) && prev !== 'a' && prev !== 'an';

function isFallSeason(text: string, start: number, end: number): boolean {
  return FALL_LEAD.has(wordBefore(text, start)) && CLAUSE_END.test(text.slice(end, end + 8));
}

export const PERIOD_RULES: readonly DateRule[] = [ordinalQuarter, monthSpanQuarter, monthEndQuarter, monthEndHalf, qQuarter, fiscalQuarterCode, theQuarter, ordinalHalf, hHalf, fiscalYear, relativeFiscalYear, decade, century, season];
