import { compareDays, dayNumber, formatDay, formatMonth, pad4, type Day } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/**
 * A day or month written without its year, right after a date that writes one, falls in that
 * year: "the storm hit on Aug. 29, 2005, and the levees failed on Aug. 30" is 2005-08-30, and so
 * is "On Aug. 30, the city flooded" in the sentence after. Against the reference it would be a
 * recent August. A year alone lends itself only within its sentence, and only where it dates
 * the story: as its opening ("In 2019, the river crested on June 11"), before a clause of "when"
 * ("struck in 2019, when talks broke down in May") or in a named event's name ("The 2026 World
 * Cup kicks off June 11"); "founded in 1998, said sales rose in March" keeps the reference year.
 * A month with its year lends it within its sentence to a month told after it in order ("fell in
 * March 2019 and recovered in May"), not to one before it ("listed in May 2015, said sales rose
 * in March"), nor from an aside a comma closes ("which listed in March 2019, said sales fell in
 * April") unless it opens the sentence ("In March 2019, exports slumped and recovered in May"). Any other date between them, or a word looking ahead ("convicted on
 * March 3, 2019, and will be freed on June 11"), breaks the chain. A day of the week around the
 * reference is the news of the day ("On Feb. 12, regulators said"), and a date someone was born
 * on, or one a stretch runs since or until, tells no episode. A sentence in the past perfect
 * looks back from the day that lends the year: "grounded on Jan. 15, 2019. Engineers had
 * flagged the fault in November" is November 2018, and "had filed on Jan. 2" is that January.
 */
export function lendNamedYear(
  hits: DateHit[],
  text: string,
  sentenceOf: (offset: number) => number,
  ref: Day | null,
  pastPerfect: (offset: number) => boolean,
): DateHit[] {
  let source: Source | null = null;
  const reported = (h: DateHit) => !!ref && !!h.day && Math.abs(dayNumber(h.day) - dayNumber(ref)) <= REPORTING_DAYS;
  return hits.map((h) => {
    const sentence = sentenceOf(h.start);
    const lent = h.explicitYear === false && source && reaches(source, sentence) && (!reported(h) || yearFramesComingDay(h, source, ref)) && (wholeYear(source) || !LOOKS_AHEAD.test(text.slice(source.end, h.start))) ? withYear(h, source) : undefined;
    // A story told in order goes on from the day that lends its year: a day that would fall
    // before it ("arrested on June 3, 1998. On May 5, the firm said") returns to the story's own time.
    const flashback = !!lent && pastPerfect(h.start);
    if (lent && source && (flashback || !goesBack(lent, source))) {
      const told = flashback ? beforeSource(lent, source) : lent;
      source = { ...source, end: h.end, sentence };
      return told;
    }
    source = sourceOf(h, text, sentence);
    return h;
  });
}

/** `month` is set where a month and its year lend ("in March 2019"): a month told after it in order. */
type Source = { year: number; day: Day | null; month?: number; end: number; sentence: number };

/** How far from the reference a day may lie and still be one the story reports. */
const REPORTING_DAYS = 7;

/**
 * "born on May 4, 1980", "founded on June 3, 1998", "since Jan. 1, 2020", "until March 3, 2019":
 * a date that dates no episode.
 */
const NO_EPISODE_BEFORE = /\b(?:born|founded|established|incorporated|since|until|till|before|by)\s+(?:on\s+)?$/i;

/** Words between the two dates that put the second one ahead of the first: "will", "scheduled", "set sentencing for". */
const LOOKS_AHEAD = /\b(?:will|would|shall|next|expected|scheduled|slated|due|plans?|upcoming)\b|\bset\s+(?:[a-z]+\s+)?for\b|'ll\b/i;

/** "In 2019," opening its sentence (or its line): the year the sentence tells of. */
const OPENING_YEAR = /(?:^|[.!?\n]["'\u201c]?\s?)In\s$/;

/** Where a sentence or line opens, right before the expression: "Last year, ...". */
const SENTENCE_OPENING = /(?:^|[.!?\n]["'\u201c]?\s?)$/;
/** "Next year's festival": the year owns the noun after it. */
const POSSESSIVE_AFTER = /^['\u2019]s\s/;

/** "The 2026 World Cup", "the 2019 Boston Marathon": a year in an event's name. */
const EVENT_NAME_AFTER = /^\s+\p{Lu}/u;
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;

/** "in 2019, when a stoppage ended before Halloween": the clause after "when" tells of that year. */
const WHEN_AFTER = /^,?\s+when\b/;

export const BARE_YEAR = /^(\d{4})$/;
/** A season's value, "2019-SP", whose season it captures. */
export const SEASON_VALUE = /^\d{4}-(SP|SU|FA|WI)$/;
/** A month's value, "2019-08", whose month it captures. */
export const MONTH_VALUE = /^\d{4}-(\d{2})$/;

/** Half a year: a day this far before the day that lends its year lies in the year after ("from Dec. 28, 2005, to Jan. 3"). */
const TURN_OF_YEAR_DAYS = 183;

function reaches(source: Source, sentence: number): boolean {
  return sentence === source.sentence || (source.day !== null && sentence === source.sentence + 1);
}

function sourceOf(h: DateHit, text: string, sentence: number): Source | null {
  if (NO_EPISODE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))) return null;
  if (h.explicitYear === true && h.grain === 'day' && h.day) return { year: h.day.y, day: h.day, end: h.end, sentence };
  const before = text.slice(Math.max(0, h.start - 8), h.start);
  const month = h.explicitYear === true && h.grain === 'month' ? MONTH_VALUE.exec(h.value) : null;
  // "The firm, which listed in March 2019, said sales fell in April": a comma closes an aside of background.
  if (month) return text[h.end] !== ',' || OPENING_YEAR.test(before) ? { year: Number(h.value.slice(0, 4)), day: null, month: Number(month[1]), end: h.end, sentence } : null;
  if (h.rule === 'date/relative-period' || h.rule === 'date/offset') return relativeYearSource(h, text, sentence);
  const year = h.rule === 'date/year' ? BARE_YEAR.exec(h.value) : null;
  if (!year) return null;
  const opening = OPENING_YEAR.test(before) && text[h.end] === ',';
  const eventName = ARTICLE_BEFORE.test(before) && EVENT_NAME_AFTER.test(text.slice(h.end, h.end + 3));
  const whenClause = WHEN_AFTER.test(text.slice(h.end, h.end + 8));
  return opening || eventName || whenClause ? { year: Number(year[1]), day: null, end: h.end, sentence } : null;
}

/**
 * "Last year, sales fell in March", "Two years ago, the river crested on April 20", "Next year's
 * festival opens on June 27": a year told relative to the story that opens its sentence, set off
 * or owning its subject, dates the sentence as "In 2019," does. Not "sales fell last year and rose
 * in March", where it dates one clause, nor "wants a vote on next year's budget by Dec. 2", where
 * it owns an object and the deadline is this year's.
 */
function relativeYearSource(h: DateHit, text: string, sentence: number): Source | null {
  const year = BARE_YEAR.exec(h.value);
  if (!year) return null;
  if (!SENTENCE_OPENING.test(text.slice(Math.max(0, h.start - 3), h.start))) return null;
  return text[h.end] === ',' || POSSESSIVE_AFTER.test(text.slice(h.end, h.end + 3)) ? { year: Number(year[1]), day: null, end: h.end, sentence } : null;
}

/**
 * "Last year, the agency received five million returns on April 15 alone", told on April 14: a
 * day just ahead of the report is no day the report tells of, so the year that opens the sentence
 * dates it. A day on or before the reference stays the news of the day ("In 2019, sales rose,
 * the firm said on Feb. 12").
 */
function yearFramesComingDay(h: DateHit, source: Source, ref: Day | null): boolean {
  return wholeYear(source) && !!ref && !!h.day && compareDays(h.day, ref) > 0;
}

/** A year alone, which dates its whole sentence whatever it looks ahead to: "In 2026, the fair will run from June 27". */
const wholeYear = (source: Source): boolean => source.day === null && source.month === undefined;

function withYear(h: DateHit, source: Source): DateHit {
  if (h.grain === 'day' && h.day) {
    let day = { ...h.day, y: source.year };
    if (source.day && compareDays(day, source.day) < 0 && dayNumber(source.day) - dayNumber(day) > TURN_OF_YEAR_DAYS) day = { ...day, y: source.year + 1 };
    return { ...h, day, value: formatDay(day) + h.value.slice(10) };
  }
  const month = MONTH_VALUE.exec(h.value);
  if (h.grain === 'month' && month) return { ...h, value: formatMonth(source.year, Number(month[1])) };
  const season = SEASON_VALUE.exec(h.value);
  return h.grain === 'season' && season ? { ...h, value: `${pad4(source.year)}-${season[1]}` } : h;
}

function goesBack(h: DateHit, source: Source): boolean {
  if (source.month !== undefined) return monthOf(h) < source.month;
  return !!h.day && !!source.day && compareDays(h.day, source.day) < 0;
}

/** The month of a day or a month in the year lent to it. */
const monthOf = (h: DateHit): number => (h.day ? h.day.m : Number(MONTH_VALUE.exec(h.value)?.[1] ?? 0));

/** A day or month of a flashback that would fall after the day lending its year lies in the year before. */
function beforeSource(h: DateHit, source: Source): DateHit {
  if (!source.day) return h;
  if (h.grain === 'day' && h.day) {
    if (compareDays(h.day, source.day) <= 0) return h;
    const day = { ...h.day, y: h.day.y - 1 };
    return { ...h, day, value: formatDay(day) + h.value.slice(10) };
  }
  const month = MONTH_VALUE.exec(h.value);
  if (h.grain !== 'month' || !month || Number(month[1]) <= source.day.m) return h;
  return { ...h, value: formatMonth(Number(h.value.slice(0, 4)) - 1, Number(month[1])) };
}
