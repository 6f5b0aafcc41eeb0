import { TIME_UNITS } from '../../lexicon/time-units';
import { parseCardinal } from '../../resolve/numbers';
import { durationValue } from '../../resolve/timex';
import { TWELVE_OR_FEWER_WORD } from './fragments';
import type { DateRule } from './hit';

/**
 * The count before its step: "the two previous years", "the three following days", "5 upcoming
 * years", "13 last minutes". The unit is plural, so "2 last-minute goals" and "one past year" are
 * no span; the count is a number, not "a few".
 */
const COUNT_THEN_STEP = new RegExp(
  String.raw`\b(?:the\s+)?(\d{1,3}|${TWELVE_OR_FEWER_WORD}|fifteen|twenty|thirty)\s+(previous|preceding|following|next|past|last|coming|upcoming|prior)\s+(seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b`,
  'gi',
);

// A count glued to a figure, an amount or a date is part of it: "$5 previous", "1.5 past".
const GLUED_BEFORE = /[\d$£€.,:/-]/;

const countThenStep: DateRule = {
  id: 'date/relative-span',
  pattern: COUNT_THEN_STEP,
  build(m, scan) {
    if (GLUED_BEFORE.test(scan.text.charAt(m.index - 1))) return null;
    const count = parseCardinal(m[1]);
    const unit = TIME_UNITS.get(m[3].toLowerCase());
    if (count === null || count < 2 || !unit) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(count, unit.letter, unit.clock, unit.factor), timexType: 'DURATION', grain: 'other' };
  },
};

export const COUNT_THEN_STEP_RULES: readonly DateRule[] = [countThenStep];
