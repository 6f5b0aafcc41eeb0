import { DAY_PARTS } from '../../lexicon/seasons';
import type { DateHit, DateRule } from './hit';
import { timeOfDayHit } from './times';

/*
 * Parts of a day without a day named fall on a day named in the same sentence, else the last
 * one named, else the reference day (TimeML's 2024-02-16TMO).
 */

/**
 * A day part on its own: "early morning", "late in the afternoon", "in morning trading" (markets
 * report by session), and the adverb "overnight" — not "overnight rates" or "an overnight stay".
 */
const BARE_DAY_PART =
  /\b(?:early|late)\s+(?:in\s+the\s+)?(morning|afternoon|evening)\b|\b(morning|afternoon|evening)(?=\s+(?:trading|trade|session|deals|dealings)\b)|\b(overnight)\b(?=\s*(?:[.,;:!?)]|$|(?:and|to|on|in|at|as|after|before|when|while|but|with|from|into|amid|following)\b))/gim;

/**
 * "in the evening", "through the night", "that night": TimeML spans "the morning", not the
 * preposition before it. "in the night" is left out: it is more often a figure of speech.
 */
const PLACED_DAY_PART = /\b(?:in|during|through|throughout|until|into)\s+(the\s+(morning|afternoon|evening))\b|\b(?:during|through|throughout|until|into)\s+(the\s+(night))\b|\b(that\s+(morning|afternoon|evening|night))\b/gi;

function dayPartHit(start: number, end: number, rule: string, word: string): DateHit {
  return timeOfDayHit(start, end, rule, `T${DAY_PARTS.get(word.toLowerCase())}`);
}

const bareDayPart: DateRule = {
  id: 'date/day-part-bare',
  pattern: BARE_DAY_PART,
  build(m) {
    return dayPartHit(m.index, m.index + m[0].length, this.id, m[1] ?? m[2] ?? m[3]);
  },
};

const placedDayPart: DateRule = {
  id: 'date/day-part',
  pattern: PLACED_DAY_PART,
  build(m) {
    const span = m[1] ?? m[3] ?? m[5];
    const end = m.index + m[0].length;
    return dayPartHit(end - span.length, end, this.id, m[2] ?? m[4] ?? m[6]);
  },
};

export const DAY_PART_RULES: readonly DateRule[] = [bareDayPart, placedDayPart];
