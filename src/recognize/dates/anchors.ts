import { SEASON_MONTHS } from '../../lexicon/seasons';
import { compareDays, daysInMonth, formatDay, parseQuarterValue, parseWeekValue, type Day } from '../../resolve/timex-calendar';
import type { Tense } from '../../resolve/timex-tense';
import { bracketedUtc, localDayOf } from './bracketed-utc';
import type { DateHit } from './hit';
import { RATE_RULE_ID } from './sets';

/**
 * Resolves the hits that count from another date, in text order: "the following day" from
 * the last day named before it (alone or with a time: "late Tuesday night … earlier in the
 * day"), a clock time from a date in its own sentence ("09:11, February 16, 2024"). Both fall
 * back to the reference day, unless its clause says it recurs daily or weekly ("open daily from 9
 * a.m. to 5 p.m.", "at 8 p.m. each night"), which leaves it on no day. A period compared with another
 * ("the same period last year") takes the nearest earlier date of its sentence, and "the
 * quarter" the latest quarter named before it. A later sentence's "now" or "currently" turns
 * the story back to its own day: "Shares are now 10% above a year ago" counts from the reference.
 */
/** A value on the calendar ("2010-02", "2009-Q3", "FY1990"), not a reference word or a duration. */
const CALENDAR_VALUE = /^(?:FY)?\d{4}(?:-|$)/;

/** A blank line between two offsets: a new paragraph. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/** How far from the reference a day may lie and still be one of the days the story reports. */
const REPORTING_DAYS = 7;

/** How many sentences back a year or month named in the text still anchors "a decade later" or "the year". */
const COARSE_SENTENCES_BACK = 2;

type Mention = { at: number; day: Day };

export function resolveAnchors(hits: DateHit[], ref: Day | null, sentenceOf: (offset: number) => number, text: string, tense: (start: number, end: number) => Tense | null): DateHit[] {
  const sentenceDays = new Map<number, Mention[]>();
  const recurring: DateHit[] = [];
  for (const h of hits) {
    if (recursWithinWeek(h)) recurring.push(h);
    if (!h.day || h.anchored) continue;
    const s = sentenceOf(h.start);
    const list = sentenceDays.get(s) ?? [];
    list.push({ at: h.start, day: h.day });
    sentenceDays.set(s, list);
  }
  let last: Mention | null = null;
  let lastReported: Mention | null = null;
  // The last day that is no day a report came out on ("the ONS said on Thursday").
  let lastTold: Mention | null = null;
  let lastCoarse: Coarse | null = null;
  let lastWeek: (Mention & { sentence: number }) | null = null;
  const reported = (day: Day) => ref !== null && Math.abs(compareDays(day, ref)) <= REPORTING_DAYS;
  /**
   * A clock time with no day in its sentence falls on the last day named, unless "before" put
   * that day out ("a vote before Memorial Day. We'll hear from him at 10 o'clock"); a day far from the
   * reference counts only in its own paragraph ("surpassed only by the plunge on Oct. 19, 1987.
   * ¶ The sell-off began at 2:30 p.m." is the day of the report), else the last reported day.
   * A day still to come holds no past time: "The mission ends Nov. 7. The shuttle lifted off at
   * 2:19 p.m." lifted off on a day already reported, or on the reference day.
   */
  const ahead = (day: Day) => ref !== null && compareDays(day, ref) > 0;
  const past = (h: DateHit) => tense(h.start, h.end) === 'past';
  const behind = (day: Day) => ref !== null && compareDays(day, ref) < 0;
  const future = (h: DateHit) => tense(h.start, h.end) === 'future';
  // "The debate was held two weeks ago. Polls close at 7 p.m.": a day gone holds no time still to come.
  const outOfTense = (day: Day, h: DateHit) => (ahead(day) && past(h)) || (behind(day) && future(h));
  const clockDay = (h: DateHit): Day | null => {
    const dated = last && !BEFORE_DAY.test(text.slice(Math.max(0, last.at - BEFORE_REACH), last.at)) ? last : null;
    if (dated && (reported(dated.day) || !PARAGRAPH_BREAK.test(text.slice(dated.at, h.start))) && !outOfTense(dated.day, h)) return dated.day;
    if (lastReported && ahead(lastReported.day) && past(h)) return null;
    return lastReported && (lastReported !== last || dated) && !outOfTense(lastReported.day, h) ? lastReported.day : null;
  };
  // "landfall is forecast early Thursday, the center said in its 11 a.m. advisory": a day still to
  // come holds no time the sentence tells in the past.
  const sentenceClockDays = (h: DateHit): Mention[] | undefined => sentenceDays.get(sentenceOf(h.start))?.filter((d) => datesClock(d, h, text) && !(ahead(d.day) && past(h)));
  let previous: { sentence: number; hit: DateHit } | null = null;
  const latestOfGrain = new Map<DateHit['grain'], DateHit>();
  return hits.map((h, index) => {
    let out = h;
    if (h.fromEarlier) {
      const { fromEarlier, ...rest } = h;
      out = { ...rest, value: periodNamedRightAfter(h, hits[index + 1], text) ?? fromEarlier.resolve(latestOfGrain.get(fromEarlier.grain) ?? null) };
    } else {
      const within = h.fromSentenceDate?.within ?? 0;
      const near = previous && sentenceOf(h.start) - previous.sentence <= within ? previous.hit : null;
      const fromSentence = h.fromSentenceDate?.resolve(near) ?? null;
      const restated = h.anchored ? restating(h, hits, index, text) : undefined;
      if (fromSentence !== null) {
        const { fromSentenceDate: _fromSentenceDate, anchored: _anchored, ...rest } = h;
        out = { ...rest, value: fromSentence };
      } else if (h.anchored && namedRightAfter(h, hits[index + 1], text)) {
        const { anchored: _anchored, fromSentenceDate: _fromSentenceDate, ...rest } = h;
        const day = hits[index + 1].day as Day;
        out = { ...rest, value: formatDay(day), day };
      } else if (restated) {
        const { anchored: _anchored, fromSentenceDate: _fromSentenceDate, ...rest } = h;
        out = { ...rest, value: restated.value.slice(0, GRAIN_LENGTH.get(h.grain)), ...(h.grain === 'day' && restated.day ? { day: restated.day } : {}) };
      } else if (h.anchored) {
        const coarse = lastCoarse && sentenceOf(h.start) - lastCoarse.sentence <= COARSE_SENTENCES_BACK ? lastCoarse : null;
        const week = lastWeek && sentenceOf(h.start) - lastWeek.sentence <= COARSE_SENTENCES_BACK ? lastWeek : null;
        const fromText = previousAnchor(h.anchored.grain ?? h.grain, last, lastTold, coarse, week);
        const anchor = h.anchored.from === 'sentence' ? (timesRecurrence(h, recurring, text, sentenceOf) ? null : (nearest(sentenceClockDays(h), h.start) ?? clockDay(h) ?? ref)) : (fromText ?? ref);
        const utc = h.anchored.from === 'sentence' ? bracketedUtc(hits, index, text) : null;
        const first = h.anchored.resolve(utc?.day ?? anchor);
        const localDay = utc ? localDayOf(utc, first.value) : null;
        const resolved = localDay ? h.anchored.resolve(localDay) : first;
        const { anchored: _anchored, fromSentenceDate: _fromSentenceDate, ...rest } = h;
        out = { ...rest, value: resolved.value, ...(resolved.day ? { day: resolved.day } : {}) };
      } else if (h.fromSentenceDate) {
        const { fromSentenceDate: _fromSentenceDate, ...rest } = h;
        out = rest;
      }
    }
    if (out.day && (out.grain === 'day' || out.grain === 'time') && !endsReportPeriod(out, text)) {
      last = { at: out.start, day: out.day };
      if (reported(out.day)) lastReported = last;
      if (!isReportingDay(out, text)) lastTold = last;
    } else if (!datesAnAside(out, text)) lastCoarse = coarseDay(out, sentenceOf(out.start)) ?? lastCoarse;
    const monday = out.grain === 'week' ? parseWeekValue(out.value) : null;
    if (monday) lastWeek = { at: out.start, day: monday, sentence: sentenceOf(out.start) };
    if (out.value === 'PRESENT_REF' && previous && sentenceOf(out.start) > previous.sentence) previous = null;
    if (!h.anchored && !h.fromSentenceDate && out.grain !== 'other' && CALENDAR_VALUE.test(out.value)) {
      if (!(previous && (closesPeriod(previous.hit, out, text) || isComparisonBase(previous, out, text, sentenceOf))) && !isReportingDay(out, text) && !datesAnAside(out, text) && !boundsSince(out, text)) previous = { sentence: sentenceOf(out.start), hit: spanClosedBy(out, text) ?? out };
      latestOfGrain.set(out.grain, out);
    }
    return out;
  });
}

/** How much of a calendar value a year, month or day keeps: "1995-03-14" is "1995" to a year. */
const GRAIN_LENGTH: ReadonlyMap<DateHit['grain'], number> = new Map([
  ['year', 4],
  ['month', 7],
  ['day', 10],
]);

/** A comma between a date and the offset that restates it, and a hedge the offset may leave out ("more than half a century later"). */
const RESTATING_GAP = /^,\s+(?:(?:more|less)\s+than\s+|(?:nearly|almost|about|some|over|roughly|around)\s+)?$/i;

/** What closes a clause after an offset set off by a comma: "returned in 1995, 34 years later." */
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?)\u2014]|$)/;

/**
 * "returned in 1995, 34 years later.", "until 2019, more than half a century later", "freed on
 * Friday, two days later,": an offset set off after a date by a comma says how far that date
 * lies from the one before it, so it is that date, not a count on from it. Only where the
 * clause ends after the offset: "retired in 2004, two years later he died" counts on.
 */
function restatedBefore(h: DateHit, before: DateHit | undefined, text: string): boolean {
  const length = GRAIN_LENGTH.get(h.grain);
  if (h.rule !== 'date/offset' || h.anchored?.from !== 'previous' || !before || before.anchored || before.fromSentenceDate || length === undefined) return false;
  if (!CALENDAR_VALUE.test(before.value) || before.value.startsWith('FY') || before.value.length < length || !RESTATING_GAP.test(text.slice(before.end, h.start))) return false;
  return CLAUSE_END_AFTER.test(text.slice(h.end, h.end + 3));
}

/** The date a comma sets beside an offset, which the offset restates: after it first, then before it. */
function restating(h: DateHit, hits: readonly DateHit[], index: number, text: string): DateHit | undefined {
  if (restatedAfter(h, hits[index + 1], text)) return hits[index + 1];
  return restatedBefore(h, hits[index - 1], text) ? hits[index - 1] : undefined;
}

/** A comma and "in" or "on" between an offset and the date that restates it: "ten years later, in 1999". */
const RESTATED_AFTER_GAP = /^,\s+(?:in|on)\s+$/i;

/**
 * "Almost a quarter century later, in 1999, he returned", "Two days later, on Jan. 12,": a date
 * set off by a comma right after an offset names the date the offset reaches, which counting on
 * from the last date named would miss by the hedge ("almost") or by an anchor the text never gave.
 * A coarser offset needs the year written: "two years later, in the spring" still counts on.
 */
function restatedAfter(h: DateHit, after: DateHit | undefined, text: string): boolean {
  const length = GRAIN_LENGTH.get(h.grain);
  if (h.rule !== 'date/offset' || h.anchored?.from !== 'previous' || !after || after.anchored || after.fromSentenceDate || after.fromEarlier || length === undefined) return false;
  if (!CALENDAR_VALUE.test(after.value) || after.value.startsWith('FY') || after.value.length < length || !RESTATED_AFTER_GAP.test(text.slice(h.end, after.start))) return false;
  return h.grain === 'day' ? after.grain === 'day' : WRITTEN_YEAR.test(text.slice(after.start, after.end));
}

/** A year written out, not one the reference lent a date ("in the spring" is the reference's spring). */
const WRITTEN_YEAR = /\d{4}/;

/** Only a space or "on" between a day counted from another and the day that names it. */
const NAMING_DAY_GAP = /^\s+(?:on\s+)?$/;

/**
 * "for the third straight day on Sunday", "two days later on Friday": the day named right after a
 * counted day is that day, whatever day the text named before it.
 */
function namedRightAfter(h: DateHit, next: DateHit | undefined, text: string): boolean {
  return h.grain === 'day' && !!next?.day && !next.anchored && next.grain === 'day' && NAMING_DAY_GAP.test(text.slice(h.end, next.start));
}

/** A set that recurs each day, night, hour, part of an hour or week: the period a timetable's clock times repeat in. */
const WITHIN_WEEK_SET = /^(?:P\d*[DW]|PT\d*[HM]|(?:XXXX-XX-XX)?T[A-Z]{2}|XXXX-WXX-)/;

/**
 * "open daily", "each night", "every Sunday", not a rate ("$5 million a day") nor a set as coarse
 * as a month ("the bank, which reports monthly, said at 10 a.m."), which times no hour.
 */
function recursWithinWeek(h: DateHit): boolean {
  return h.timexType === 'SET' && h.rule !== RATE_RULE_ID && WITHIN_WEEK_SET.test(h.value);
}

/** How far apart a set and the clock time it times may stand: "opens daily at 7 a.m.", "at 8 p.m. each night". */
const TIMETABLE_REACH = 40;

/** Marks that close a clause: "the Patriots, who practice daily, kicked off at 1 p.m." times one game. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')']);

/**
 * A set recurring daily or weekly stands in the clock time's own clause, close by: not in the
 * sentence before ("It meets every other week. The call is at 10 a.m." times one call).
 */
function timesRecurrence(h: DateHit, recurring: readonly DateHit[], text: string, sentenceOf: (offset: number) => number): boolean {
  return recurring.some((set) => {
    const [from, to] = set.end <= h.start ? [set.end, h.start] : [h.end, set.start];
    if (to < from || to - from > TIMETABLE_REACH || sentenceOf(set.start) !== sentenceOf(h.start)) return false;
    for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(text[i]) && !inClock(text, i) && !(set.end <= h.start && HOURS_AFTER_COMMA.test(text.slice(i, i + 7)))) return false;
    return true;
  });
}

/** "open three days a week, from 10 a.m. to 2 p.m.": the hours after a set's comma are still its own. */
const HOURS_AFTER_COMMA = /^,\s+from\b/i;

/** A colon between digits parts the hour from the minutes ("from 9 p.m. to 4:30 a.m. each night"): no clause ends there. */
function inClock(text: string, i: number): boolean {
  return text[i] === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

/** "before Memorial Day": what the sentence tells happens on another day than this one. */
const BEFORE_DAY = /\bbefore\s+$/i;
const BEFORE_REACH = 8;

/** A bound before a day: the day ends a stretch ("have until Aug. 15", "until at least Feb. 9") rather than dating a time. */
const BOUND_BEFORE = /\b(?:until|till|through|by|before)(?:\s+at\s+(?:the\s+)?(?:least|latest))?\s+$/i;

/** A new clause between a clock time and a later day: "announced before midnight, and clerks have …". */
const NEW_CLAUSE_BETWEEN = /;|,\s+(?:and|but|while|whereas)\b/i;

/**
 * A day of the sentence that may date a clock time in it: any day before the time, and a day
 * after it in the same clause that does not bound a stretch. "Results came shortly before
 * midnight, and clerks have until August 15 to certify them" leaves midnight on the day told before.
 */
function datesClock(day: Mention, clock: DateHit, text: string): boolean {
  if (day.at < clock.start) return true;
  return !BOUND_BEFORE.test(text.slice(Math.max(0, day.at - 28), day.at)) && !NEW_CLAUSE_BETWEEN.test(text.slice(clock.end, day.at));
}

/** The verb of a report right before its day: "the government said Friday", "reported on Tuesday". */
const REPORTED_ON = /\b(?:said|says|reported|announced)\s+(?:on\s+)?$/i;

/**
 * "Wages rose in March, the government said Friday, from a year ago": the day a report came out
 * is no period its figures compare with, so a comparison after it still looks back to March.
 */
function isReportingDay(hit: DateHit, text: string): boolean {
  return hit.grain === 'day' && REPORTED_ON.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}

/** "since 1987", "since August": the start of a stretch that runs to the story's own time. */
const SINCE_BEFORE = /\bsince\s+$/i;

/**
 * "The strike is the first since 1987. Revenue for the year-ago period was $3 billion": a date
 * after "since" starts a stretch up to now, not a period the story reports, so a later "the
 * year-ago period" or "the same period" does not count from it.
 */
function boundsSince(hit: DateHit, text: string): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start));
}

/** ", founded on", ", born in", ", opened in": a participle that opens an aside about a noun, right before its date. */
const ASIDE_OPENING = /,\s+(?:founded|established|created|formed|born|built|opened|launched|set\s+up)\s+(?:on|in)\s+$/i;
const ASIDE_REACH = 40;
const ASIDE_CLOSING = /^\s*,/;

/**
 * "The site, founded on January 15, 2001, runs an appeal each December. It had 6.5 million
 * articles at the start of the year": a date in an aside set off by commas tells the background
 * of a noun, not the time the story goes on from, so later dates do not count from it.
 */
function datesAnAside(hit: DateHit, text: string): boolean {
  return ASIDE_OPENING.test(text.slice(Math.max(0, hit.start - ASIDE_REACH), hit.start)) && ASIDE_CLOSING.test(text.slice(hit.end, hit.end + 2));
}

/** "from" right before a period, and a word that ends a range ("to", "through") not right after it. */
const BASE_BEFORE = /\bfrom\s+$/i;
const RANGE_AFTER = /^\s*(?:(?:to|through|until|till|thru)\b|[-–])/i;

/**
 * "Prices rose 0.2% in October from September and 2.6% from a year earlier": the period a change
 * is measured from is no period the story is about, so a later comparison still counts from
 * October; "from March to May" names a span, whose start stays an anchor.
 */
function isComparisonBase(previous: { sentence: number; hit: DateHit }, base: DateHit, text: string, sentenceOf: (offset: number) => number): boolean {
  if (sentenceOf(base.start) !== previous.sentence) return false;
  return BASE_BEFORE.test(text.slice(Math.max(0, base.start - 6), base.start)) && !RANGE_AFTER.test(text.slice(base.end, base.end + 10));
}

/**
 * "the quarter ended Sept. 30": the day only closes the period, which stays what a later date
 * compares with ("a year earlier").
 */
const PERIOD_CLOSED_BY = /^,?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?$/i;

/**
 * So does the day a period is told about, a few words after it: "will report results for the
 * December quarter on Jan. 25", "reports its fourth-quarter earnings on Friday", "Fourth-quarter
 * results, due on Jan. 25," … "the same period a year ago" is the quarter a year back.
 */
const TOLD_ON = /^[^.;:!?]{0,40}\bon\s+$/;
const TOLD_PERIODS: ReadonlySet<DateHit['grain']> = new Set(['month', 'season', 'quarter', 'half']);

function closesPeriod(period: DateHit, day: DateHit, text: string): boolean {
  if (day.grain !== 'day' || period.grain === 'day' || period.grain === 'time') return false;
  const gap = text.slice(period.end, day.start);
  return PERIOD_CLOSED_BY.test(gap) || (TOLD_PERIODS.has(period.grain) && TOLD_ON.test(gap));
}

// The verbs and prepositions that close a period on the date after them: "the three months ended", "the year to".
const PERIOD_CLOSERS = String.raw`(?:ended|ending|to|through)`;

/** A period's noun and the word that closes it on the day after: "the three months ended". */
const PERIOD_ENDING = new RegExp(String.raw`\b(?:quarter|period|year|half|months|weeks)\s+${PERIOD_CLOSERS}\s+$`, 'i');
const PERIOD_ENDING_REACH = 24;

/**
 * "lost $3.9 billion in the three months ended Aug. 31. A day earlier, …": the day a reporting
 * period ends on is no day the story's events go on from.
 */
function endsReportPeriod(day: DateHit, text: string): boolean {
  return PERIOD_ENDING.test(text.slice(Math.max(0, day.start - PERIOD_ENDING_REACH), day.start));
}

/** "the three months to September", "the six months ended June 30": a span of months that closes with the month or day after it. */
const MONTHS_CLOSING = new RegExp(String.raw`\bthe\s+(three|six|3|6)\s+months\s+${PERIOD_CLOSERS}\s+(?:the\s+end\s+of\s+)?$`, 'i');
const MONTHS_CLOSING_REACH = 44;

/**
 * The quarter or half that "the three months to September" or "the six months to June" names,
 * which is what a later "a year earlier" or "the same period" compares with (2023-Q3, not
 * September alone); null for a month that closes no such span.
 */
function spanClosedBy(month: DateHit, text: string): DateHit | null {
  const monthEnd = month.grain === 'day' && month.day !== undefined && month.day.d === daysInMonth(month.day.y, month.day.m);
  if (!(month.grain === 'month' || monthEnd) || !/^\d{4}-\d\d/.test(month.value)) return null;
  const span = MONTHS_CLOSING.exec(text.slice(Math.max(0, month.start - MONTHS_CLOSING_REACH), month.start));
  if (!span) return null;
  const m = Number(month.value.slice(5, 7));
  const year = month.value.slice(0, 4);
  const quarter = span[1] === 'three' || span[1] === '3';
  if (quarter && m % 3 === 0) return { ...month, value: `${year}-Q${m / 3}`, grain: 'quarter' };
  if (!quarter && m % 6 === 0) return { ...month, value: `${year}-H${m / 6}`, grain: 'half' };
  return null;
}

type Coarse = Mention & { grain: 'month' | 'year'; sentence: number };

/**
 * The first day of a year, quarter or month named in the text ("in 1998" → 1998-01-01), for
 * offsets of that grain. A quarter counts like its first month: "the third quarter … the
 * previous quarter" is the second, and "a fourth-quarter loss … For the year, it earned" told
 * in January is the year the quarter closed.
 */
function coarseDay(h: DateHit, sentence: number): Coarse | null {
  if (h.grain === 'quarter') {
    const q = parseQuarterValue(h.value);
    return q && q.y !== null ? { at: h.start, day: { y: q.y, m: 3 * q.q - 2, d: 1 }, grain: 'month', sentence } : null;
  }
  const season = h.grain === 'season' ? SEASON_OF_YEAR.exec(h.value) : null;
  if (season) return { at: h.start, day: { y: Number(season[1]), m: SEASON_MONTHS.get(season[2])!.first, d: 1 }, grain: 'month', sentence };
  const m = COARSE_VALUE.exec(h.value);
  if (!m || (h.grain !== 'year' && h.grain !== 'month')) return null;
  const edge = !m[2] && h.mod ? YEAR_EDGE_MONTHS[h.mod] : undefined;
  if (edge) return { at: h.start, day: { y: Number(m[1]), m: edge, d: 1 }, grain: 'month', sentence };
  return { at: h.start, day: { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: 1 }, grain: h.grain, sentence };
}

/**
 * The month a year's edge stands for, so that months counted from it land in a month: "talks
 * began in late 2022 and collapsed two months later" is February 2023. A bare year has no month
 * to count from.
 */
const YEAR_EDGE_MONTHS: Partial<Record<string, number>> = { START: 1, MID: 6, END: 12 };

// A year or a month; a fiscal year counts by the year it ends in ("FY2024").
const COARSE_VALUE = /^(?:FY)?(\d{4})(?:-(\d{2}))?$/;

/**
 * A season of a named year ("married in the spring of 1954", 1954-SP) counts like its first month:
 * "bought the bakery two years later" is 1956, "That year she also won" 1954; a winter starts in
 * the December of the year that names it.
 */
const SEASON_OF_YEAR = /^(\d{4})-(SP|SU|FA|WI)$/;

/**
 * The date an offset counts from: the last day named, or a later year or month when the
 * offset is that coarse ("passed in 1998 and amended a decade later" → 2008), or a later week
 * for a week ("cases over the weekend, up from the previous weekend" → the one before it).
 */
function previousAnchor(grain: DateHit['grain'], last: Mention | null, lastTold: Mention | null, coarse: Coarse | null, week: Mention | null): Day | null {
  if (grain === 'week' && week && (!last || week.at > last.at)) return week.day;
  const coarseFits = coarse && (grain === 'year' || grain === 'decade' || grain === 'century' || ((grain === 'month' || grain === 'quarter' || grain === 'season') && coarse.grain === 'month'));
  // "grew in the three months to September, the ONS said on Thursday, down from the previous
  // quarter": the day the report came out is no period a coarser one is counted from.
  if (coarseFits && (!lastTold || coarse.at > lastTold.at)) return coarse.day;
  return last?.day ?? null;
}

/** Only "in" between a period counted from another and the period that names it. */
const NAMING_PERIOD_GAP = /^\s+in\s+$/;

/**
 * "rose for the third straight month in February": the month named right after the last of a run
 * is that month, whatever month the text named before it.
 */
function periodNamedRightAfter(h: DateHit, next: DateHit | undefined, text: string): string | null {
  const named = next && !next.anchored && !next.fromEarlier && next.grain === h.grain && NAMING_PERIOD_GAP.test(text.slice(h.end, next.start));
  return named ? next.value : null;
}

function nearest(days: Mention[] | undefined, at: number): Day | null {
  if (!days?.length) return null;
  let best = days[0];
  for (const d of days) if (Math.abs(d.at - at) < Math.abs(best.at - at)) best = d;
  return best.day;
}
