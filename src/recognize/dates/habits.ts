import { sentenceAt } from '../../text/sentence-at';
import type { DateHit, DateScan } from './hit';
import { RATE_RULE_ID } from './sets';

/**
 * Words that tell a yearly habit, not one occasion: "The minimum is usually reached in late
 * February", "Rents are reviewed annually in April", "The fair is held every year in June".
 * Not "always" nor "generally", which also tell what a past event was like ("Analysts generally
 * expected a cut in March").
 */
const YEARLY_HABIT = /\b(?:usually|typically|normally|traditionally|customarily|annually|yearly|(?:every|each)\s+year)\b/i;

/** What parts one clause of a sentence from the next: "Sales usually peak in December, but this year they peaked in March". */
const CLAUSE_BREAK = /[,;:]|\s(?:but|while|whereas)\s/gi;

/** What opens a piece that only adds when or where to its clause: ", from July to October", ", in late May". */
const ADJUNCT_OPENING = /^\s*(?:from|in|between|until|through|during)\s/i;

/**
 * The clause around `start`..`end` tells a yearly habit, so a month in it is any year's
 * (XXXX-02), not the reference's or the one the tense picks.
 */
export function toldAsYearlyHabit(scan: DateScan, start: number, end: number): boolean {
  return clauseAround(scan, start, end, YEARLY_HABIT);
}

/**
 * Words that tell what happens on any day, not on one: "the goulash usually sells out by 1 p.m.",
 * "These days we start climbing around 1 a.m.". Not "always" nor "generally", as above.
 */
const DAILY_HABIT = /\b(?:usually|typically|normally|customarily|routinely|often|rarely|seldom|nowadays|these\s+days)\b/i;

/**
 * A travel piece's advice opens its sentence with a verb, alone or after a clause of purpose:
 * "Catch the first boat, at 10:30 a.m.", "To see the temples without crowds, go before 7 a.m.".
 */
const ADVICE_OPENING = /^\W*(?:(?:to|if)\s[^,]{1,60},\s+)?(?:go|arrive|catch|book|visit|head|aim|plan|leave|try)\b/i;

/**
 * A clock time told as a habit or as advice is on no day ("XXXX-XX-XXT07:00"), not on the day the
 * story last named: "Go before 7 a.m." and "the bell usually rings at 8:50 a.m." are any day's. A
 * day in the same sentence still dates it: "Go to the polls before 8 p.m., the mayor urged on Tuesday".
 */
export function undateHabitualTimes(hits: DateHit[], scan: DateScan): DateHit[] {
  const dated = new Set(hits.filter((h) => h.grain === 'day').map((h) => sentenceAt(scan.sentences, h.start)));
  // A shift's hours on a named day are that day's: "the shift ran from 11 p.m. Wednesday to 7 a.m.".
  const dayed = new Set(hits.filter((h) => h.day).map((h) => sentenceAt(scan.sentences, h.start)));
  return hits.map((h, i) => {
    if (h.grain !== 'time' || h.anchored?.from !== 'sentence' || dated.has(sentenceAt(scan.sentences, h.start))) return h;
    const shift = !dayed.has(sentenceAt(scan.sentences, h.start)) && shiftHours(scan, h);
    if (!toldAsDailyHabit(scan, h.start, h.end) && !besideSchedule(hits, i, scan.text) && !shift) return h;
    const { anchored, ...rest } = h;
    return { ...rest, value: anchored.resolve(null).value };
  });
}

/**
 * A shift's hours are any day's: "the overnight shift will run from 9 p.m. to 7:30 a.m.",
 * "night-shift nurses get $4 an hour for work between 7 p.m. and 7 a.m.". Only a range of hours
 * in a clause that names a shift: "walked out at the start of the 6 a.m. shift" is one morning's.
 */
const SHIFT_WORD = /\bshifts?\b/i;
const HOURS_RANGE = /\b(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b|(?:to|and|until)\s)/i;

function shiftHours(scan: DateScan, h: DateHit): boolean {
  return clauseAround(scan, h.start, h.end, SHIFT_WORD) && clauseAround(scan, h.start, h.end, HOURS_RANGE);
}

/** A set of the schedule's kind, "every Aug. 6", "four days a week", "daily"; a rate ("$15 an hour") is none. */
function isScheduleSet(h: DateHit): boolean {
  return h.timexType === 'SET' && h.rule !== RATE_RULE_ID;
}

/** How far a clock time may stand from the set it times. */
const SET_REACH = 24;
const GAP_SPLIT = /[\s,]+/;
/** What may stand between a clock time and its set: prepositions and the other end of a range of hours. */
const GAP_WORD = /^(?:at|from|to|until|till|between|and|around|about|noon|midnight|[ap]\.?m\.?|\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?)$/i;

/**
 * A schedule's set right beside the clock time at `i` in text order; the walk looks no further
 * than SET_REACH from the time, so a timetable of thousands of times and sets stays linear.
 */
function besideSchedule(hits: DateHit[], i: number, text: string): boolean {
  const time = hits[i];
  const schedules = (j: number) => isScheduleSet(hits[j]) && timesSet(text, time, hits[j]);
  for (let j = i + 1; j < hits.length && hits[j].start - time.end <= SET_REACH; j++) if (schedules(j)) return true;
  for (let j = i - 1; j >= 0 && time.start - hits[j].end <= SET_REACH; j--) if (schedules(j)) return true;
  return false;
}

/**
 * The set right beside a clock time says when it recurs, so the time is any day's: "held every
 * Aug. 6 at 8:15 a.m.", "will sit from 9 a.m. to 4 p.m., four days a week". Not "walked out at 6
 * a.m. and met daily", where a verb between them tells two things.
 */
function timesSet(text: string, time: DateHit, set: DateHit): boolean {
  const gap = set.start >= time.end ? text.slice(time.end, set.start) : set.end <= time.start ? text.slice(set.end, time.start) : null;
  return gap !== null && gap.length <= SET_REACH && gap.split(GAP_SPLIT).every((w) => w === '' || GAP_WORD.test(w));
}

function toldAsDailyHabit(scan: DateScan, start: number, end: number): boolean {
  const s = scan.sentences[sentenceAt(scan.sentences, start)];
  if (!s || end > s.end) return false;
  return ADVICE_OPENING.test(scan.text.slice(s.start, Math.min(s.end, s.start + ADVICE_REACH))) || clauseAround(scan, start, end, DAILY_HABIT);
}

/** How much of a sentence's opening the advice verb may come after. */
const ADVICE_REACH = 90;

function clauseAround(scan: DateScan, start: number, end: number, cue: RegExp): boolean {
  const s = scan.sentences[sentenceAt(scan.sentences, start)];
  if (!s || end > s.end) return false;
  const sentence = scan.text.slice(s.start, s.end);
  let from = 0;
  let before = 0;
  let to = sentence.length;
  for (const b of sentence.matchAll(CLAUSE_BREAK)) {
    const at = b.index;
    if (at + s.start < start) {
      before = from;
      from = at + b[0].length;
    } else if (at + s.start >= end) {
      to = at;
      break;
    }
  }
  // "Cases usually peak in the rainy season, from July to October": a piece set off by commas
  // that opens with a preposition has no verb of its own and belongs to the clause before it.
  if (ADJUNCT_OPENING.test(sentence.slice(from, to))) from = before;
  return cue.test(sentence.slice(from, to));
}
