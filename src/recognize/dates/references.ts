import type { DateRule } from './hit';
import { wordAfter } from './words';

/** "now", "right now", "currently", "these days", "the time being", "at the moment": the present. */
const PRESENT = /\b((?:right\s+)?now|currently|nowadays|presently|these\s+days|at\s+present|the\s+present(?:\s+day)?|the\s+time\s+being|at\s+the\s+moment)\b/gi;

/** "recently", "more recently", "lately", "the past", and the talker's "the other day" (a day not long ago, not named). */
const PAST = /\b(?:more\s+)?(recently|lately|the\s+past|the\s+other\s+day)\b/gi;

/**
 * "the future", "the near future", "the long term", and "any day now", "any minute now": soon, so
 * the whole phrase is the future, not its "now".
 */
const FUTURE = /\b(the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+(?:near|long|short)\s+term|any\s+(?:day|minute|moment|time)\s+now)\b/gi;

/** After "the past" these make a stretch of time, which other rules measure ("the past few months"). */
const MEASURED_AFTER_PAST = /^(?:few|several|many|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|day|days|week|weeks|weekend|month|months|year|years|decade|decades|century|quarter|quarters|hour|hours|season|summer|winter|spring|autumn|fall|tense|participle|president|chairman|champion|master|masters)$/i;

const NOW_AND_THEN = /^\s+and\s+(?:then|again)\b/i;

const present: DateRule = {
  id: 'date/present-ref',
  pattern: PRESENT,
  build(m, scan) {
    const word = m[1].toLowerCase();
    // "now-defunct", "Now," as a discourse marker still names the present; "the present" as a gift does not.
    if (word.startsWith('the present') && /^(?:to|from|for|of|a|the)$/i.test(wordAfter(scan.text, m.index + m[0].length))) return null;
    // "at the moment of impact" is that moment, not the present.
    if (word.startsWith('at') && /^(?:of|when|that|the)$/i.test(wordAfter(scan.text, m.index + m[0].length))) return null;
    if (word === 'now' && scan.text[m.index + 3] === '-') return null;
    // "every now and then", "now and again": an idiom of frequency, not the present.
    if (word === 'now' && (/\bevery\s+$/i.test(scan.text.slice(Math.max(0, m.index - 7), m.index)) || NOW_AND_THEN.test(scan.text.slice(m.index + 3, m.index + 14)))) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: 'PRESENT_REF', timexType: 'DATE', grain: 'other' };
  },
};

const past: DateRule = {
  id: 'date/past-ref',
  pattern: PAST,
  build(m, scan) {
    if (/the\s+past$/i.test(m[1]) && MEASURED_AFTER_PAST.test(wordAfter(scan.text, m.index + m[0].length))) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: 'PAST_REF', timexType: 'DATE', grain: 'other' };
  },
};

const future: DateRule = {
  id: 'date/future-ref',
  pattern: FUTURE,
  build(m, scan) {
    // "the future of ozone pollution" is a prospect, not a time.
    if (/^the\s+future$/i.test(m[1]) && wordAfter(scan.text, m.index + m[0].length).toLowerCase() === 'of') return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: 'FUTURE_REF', timexType: 'DATE', grain: 'other' };
  },
};

export const REFERENCE_RULES: readonly DateRule[] = [present, past, future];
