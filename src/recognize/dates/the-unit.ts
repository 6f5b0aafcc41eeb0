import type { DateRule } from './hit';
import { SEASONS } from '../../lexicon/seasons';
import { MONTHS } from '../../lexicon/months';
import { type Day, formatMonth, pad2, pad4 } from '../../resolve/timex-calendar';
import { MONTH_FULL } from './fragments';
import { anchoredPeriod } from './relative';
import { wordBefore } from './words';

/**
 * "to end the day at 7,114", "later in the day", "for the year", "fires burned through the day",
 * "rose 2% over the month", "Sales for the year rose", "the index closed the year up 24%", "ended
 * the week 2% higher", "the busiest day of the year" (not the generic "days of the week"): "the day" names the day the
 * story is about, which is the last day named before it (else the reference day). Only after
 * a verb or preposition of time, and only where the phrase ends, so "the day of the vote",
 * "the day he died" and "the year 2000" are left alone; after "earlier in" or "later in" it
 * is always a time ("said earlier in the day that"), and so after "much of", "most of" or "the
 * course of" ("talks dragged on for much of the year"), and after "spent" ("residents spent the day
 * filling sandbags"). "the decade" and "the century" are read the same way ("wages stalled throughout the
 * decade", "the hottest year of the century"): the one the story last named, else the one it is told in.
 */
const THE_UNIT = /\b(?:end|ended|ends|ending|closed|closes|finished|finishes|began|begins|started|starts|opened|opens|in|for|during|through|throughout|on|over)\s+(the\s+(day|week|month|year|decade|century))\b(?=\s*(?:[.,;:!?)]|$|(?:at|with|and|but|as|on|up|down|higher|lower|rose|fell|was|were|grew|jumped|dropped|totaled|totalled)\b|[+-]?\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b|points?\b|pc\b)?\s+(?:higher|lower|up|down|ahead|better|worse)\b))|\b(?:earlier|later)\s+in\s+(the\s+(day|week|month|year|decade|century))\b|\b(?:first|last|final|second|third|fourth|worst|best|\w{2,}est|trading|opening|closing)\s+(?:days?|weeks?|months?|sessions?|years?)\s+of\s+(the\s+(week|month|year|decade|century))\b(?!\s+(?:of|in|before|after|when)\b)|\b(?:much|most|part|all|course)\s+of\s+(the\s+(day|week|month|year|decade|century))\b(?!\s+(?:of|in|before|after|when|that|he|she|they|it|we)\b)|\b(?:spend|spends|spent|spending)\s+(the\s+(day|week|month|year|decade|century))\b(?![-'\u2019]|\s+(?:of|before|after|when|that|he|she|they|it|we)\b)/gim;

/** "later that day", "that year, trade doubled", "that same year": the unit of the date the story last named. */
const THAT_UNIT = /\bthat\s+(?:same\s+|very\s+)?(day|week|month|year)\b(?!-)/gi;

const BACK_IN = /\bback\s+in$/i;

const theUnit: DateRule = {
  id: 'date/the-unit',
  pattern: THE_UNIT,
  build(m) {
    const end = m.index + m[0].length;
    const start = end - (m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9]).length;
    const unit = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10]).toLowerCase() as 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
    // "back in the day": an idiom of the old days, no day of the story.
    if (m[1] && BACK_IN.test(m.input.slice(Math.max(0, m.index - 6), m.index + 2))) return null;
    return {
      start,
      end,
      rule: this.id,
      value: '',
      timexType: 'DATE',
      grain: unit,
      anchored: anchoredPeriod(unit, 0),
    };
  },
};

/**
 * Verbs after which "that" opens a clause, not a time: "said that week was hard", "thinks that
 * day will come".
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'said', 'say', 'says', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'know', 'knows', 'knew', 'hope',
  'hopes', 'hoped', 'expect', 'expects', 'expected', 'added', 'noted', 'told', 'argued', 'warned', 'claimed', 'insisted',
  'feared', 'announced', 'reported', 'stated', 'suggested', 'predicted', 'agreed', 'is', 'was', 'so', 'such',
]);

/**
 * After such a verb, "that day" is still a time when a clause or a pause follows it: "the premier
 * said that day that troops would help", "as he told reporters that week, ...".
 */
const TIME_AFTER_CLAUSE_VERB = /^\s*(?:[.,;]|that\b)/;

/** "that" after a clause verb opens a clause, unless the unit is followed by one of its own. */
function opensClause(text: string, start: number, end: number): boolean {
  return CLAUSE_VERBS.has(wordBefore(text, start)) && !TIME_AFTER_CLAUSE_VERB.test(text.slice(end, end + 6));
}

const thatUnit: DateRule = {
  id: 'date/that-unit',
  pattern: THAT_UNIT,
  build(m, scan) {
    if (opensClause(scan.text, m.index, m.index + m[0].length)) return null;
    const unit = m[1].toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: '', timexType: 'DATE', grain: unit, anchored: anchoredPeriod(unit, 0) };
  },
};

/**
 * "In March 2011 the wave hit. That summer the co-op bought two boats": a season after "that" is
 * the season of the year the story last named (2011-SU), not the reference's.
 */
const THAT_SEASON = /\bthat\s+(?:same\s+)?(spring|summer|autumn|fall|winter)\b(?!-)/gi;

const thatSeason: DateRule = {
  id: 'date/that-season',
  pattern: THAT_SEASON,
  build(m, scan) {
    if (opensClause(scan.text, m.index, m.index + m[0].length)) return null;
    const season = SEASONS.get(m[1].toLowerCase())!;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: '', timexType: 'DATE', grain: 'season', anchored: { from: 'previous', resolve: (anchor) => ({ value: `${anchor ? pad4(anchor.y) : 'XXXX'}-${season}` }), grain: 'year' } };
  },
};

/**
 * "By December of that year they had set up the company", "in June of the following year": a month
 * of the year the story last named, or of the year after or before it, one date.
 */
const MONTH_OF_THAT_YEAR = new RegExp(String.raw`\b${MONTH_FULL}\s+of\s+(that(?:\s+same)?|the\s+(?:same|following|next|previous|preceding))\s+year\b`, 'gi');

/** How many years "the following year" and its kin step from the year last named. */
const YEAR_STEP: Readonly<Record<string, number>> = { following: 1, next: 1, previous: -1, preceding: -1 };

const monthOfThatYear: DateRule = {
  id: 'date/month-of-that-year',
  pattern: MONTH_OF_THAT_YEAR,
  build(m) {
    const month = MONTHS.get(m[1].toLowerCase())!;
    const step = YEAR_STEP[m[2].toLowerCase().split(/\s+/).pop()!] ?? 0;
    const resolve = (anchor: Day | null) => ({ value: anchor ? formatMonth(anchor.y + step, month) : `XXXX-${pad2(month)}` });
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: '', timexType: 'DATE', grain: 'month', anchored: { from: 'previous', resolve, grain: 'year' } };
  },
};

export const THE_UNIT_RULES: readonly DateRule[] = [theUnit, thatUnit, thatSeason, monthOfThatYear];
