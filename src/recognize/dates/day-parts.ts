import { DAY_PARTS } from '../../lexicon/seasons';
import { addDays, compareDays } from '../../resolve/timex-calendar';
import type { DateHit, DateRule, DateScan } from './hit';
import { timeOfDayHit } from './times';
import { wordBefore } from './words';

/*
 * Parts of a day without a day named fall on a day named in the same sentence, else the last
 * one named, else the reference day (TimeML's 2024-02-16TMO).
 */

/**
 * A day part on its own: "early morning", "late in the afternoon", "late at night", "in morning
 * trading" (markets report by session), and the adverb "overnight" ("said overnight that", "held back overnight by") — not
 * "overnight rates" or "an overnight stay".
 */
const BARE_DAY_PART =
  /\b(?:early|late)\s+(?:in\s+the\s+)?(morning|afternoon|evening)\b|\blate\s+(?:at|into\s+the)\s+(night)\b|\b(morning|afternoon|evening)(?=\s+(?:trading|trade|session|deals|dealings)\b)|\b(overnight)\b(?=\s*(?:[.,;:!?)]|$|(?:and|or|to|on|in|at|as|after|before|when|while|but|with|from|into|amid|following|for|until|through|across|over|near|along|around|without|because|that|than|by)\b))/gim;

/**
 * "in the evening", "through the night", "that night", "rain is forecast for the afternoon":
 * TimeML spans "the morning", not the preposition before it. "in the night" is left out: it is
 * more often a figure of speech, and so is "for the evening" but after a forecast or a plan
 * ("left for the evening" is a leaving for the day).
 */
const PLACED_DAY_PART = /\b(?:in|during|through|throughout|until|into|(?:forecast|expected|predicted|scheduled|planned|set|slated|due)\s+for)\s+(the\s+(morning|afternoon|evening))\b|\b(?:during|through|throughout|until|into)\s+(the\s+(night))\b|\b(that\s+(morning|afternoon|evening|night))\b/gi;

/**
 * "in the p.m.", "opens in the pm", "calls in the AM": a meridiem said as the half of the day,
 * the morning (TMO) or the afternoon (TAF). Undotted capitals are also the Prime Minister and AM
 * radio, so "PM" and "AM" count only at the end of a clause and not after a word of trust or
 * change in someone ("confidence in the PM", "a reshuffle in the PM's office").
 */
const MERIDIEM_PART = /\b(?:in|during|through)\s+(the\s+([ap])(?:\.m\b\.?|m\b))(?=\s*(?:[.,;:!?)]|$|(?:and|or|but|when|while|on|at|until|before|after)\b))/gim;

/**
 * "by evening, the crowds had gone", "talks went on until morning": a part of the day without
 * "the", after a preposition of a deadline; not when it qualifies a noun ("by morning trading",
 * "before evening prayers").
 */
const DEADLINE_DAY_PART = /\b(?:by|until|till|toward|towards)\s+(morning|afternoon|evening)\b(?![-'\u2019]|\s+(?:papers?|news|prayers?|rush|shows?|sessions?|class(?:es)?|editions?|trading|trade|deals|dealings|sickness|star|service|mass)\b)/gi;

/**
 * "in the small hours", "into the early hours", "the wee hours of the morning": the hours after
 * midnight, which TIMEX3 counts as morning. Before a day ("the early hours of Monday") they
 * join that day instead (day-part-of.ts).
 */
const SMALL_HOURS = /\b(?:in|during|into|until|till|through)\s+(the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?)\b(?!\s+of\b)/gi;

/**
 * "on the morning of the vote", "the night of the election": a part of the day an event names,
 * spanned as TimeML does, without the event. A day after it joins instead ("the night of the
 * 15th", day-part-of.ts).
 */
const PART_OF_EVENT = /\bthe\s+(morning|afternoon|evening|night)(?=\s+of\s+(?:the\s+(?!\d)|his\s|her\s|their\s|its\s))/gi;

/**
 * "fighting raged all night", "markets were quiet all morning", "all night long": the whole of a
 * part of the day, as OntoNotes marks it; not before a noun it qualifies ("an all night vigil").
 */
const WHOLE_DAY_PART = /\ball\s+(night|morning|afternoon|evening)(?:\s+long)?\b(?=\s*(?:[.,;:!?)]|$|(?:and|to|on|in|at|as|after|before|when|while|but|with|until|outside|inside)\b))/gim;

const TRUST_WORDS: ReadonlySet<string> = new Set(['confidence', 'faith', 'trust', 'belief', 'believe', 'believes', 'believed', 'support', 'interest', 'change', 'changes', 'vote', 'hope', 'role', 'reshuffle']);

function dayPartHit(start: number, end: number, rule: string, word: string): DateHit {
  return timeOfDayHit(start, end, rule, `T${DAY_PARTS.get(word.toLowerCase())}`);
}

/**
 * "Storms tore through the state overnight", "crews worked through the night", told in the past
 * of the reference day itself, are the night that ended that morning: the night before it, as
 * "last night" is. A night on a day the text names ("on Sunday ... overnight")
 * stays that day's.
 */
function pastNight(hit: DateHit, scan: DateScan): DateHit {
  const { ref } = scan;
  const anchored = hit.anchored;
  if (!ref || !anchored || scan.tense(hit.start, hit.end) !== 'past') return hit;
  return { ...hit, anchored: { ...anchored, resolve: (anchor) => anchored.resolve(anchor && compareDays(anchor, ref) === 0 ? addDays(ref, -1) : anchor) } };
}

const bareDayPart: DateRule = {
  id: 'date/day-part-bare',
  pattern: BARE_DAY_PART,
  build(m, scan) {
    const hit = dayPartHit(m.index, m.index + m[0].length, this.id, m[1] ?? m[2] ?? m[3] ?? m[4]);
    return m[4] ? pastNight(hit, scan) : hit;
  },
};

const placedDayPart: DateRule = {
  id: 'date/day-part',
  pattern: PLACED_DAY_PART,
  build(m, scan) {
    const span = m[1] ?? m[3] ?? m[5];
    const end = m.index + m[0].length;
    const hit = dayPartHit(end - span.length, end, this.id, m[2] ?? m[4] ?? m[6]);
    // Only the night after "through", "during" or "into" can be the one just ended; "that night" keeps the day named.
    return m[4] ? pastNight(hit, scan) : hit;
  },
};

const meridiemPart: DateRule = {
  id: 'date/day-part',
  pattern: MERIDIEM_PART,
  build(m, scan) {
    const [whole, span, letter] = m;
    const capitals = !span.includes('.') && span.endsWith(span.slice(-2).toUpperCase());
    if (capitals && TRUST_WORDS.has(wordBefore(scan.text, m.index))) return null;
    const end = m.index + whole.length;
    return timeOfDayHit(end - span.length, end, this.id, letter.toLowerCase() === 'a' ? 'TMO' : 'TAF');
  },
};

const wholeDayPart: DateRule = {
  id: 'date/day-part',
  pattern: WHOLE_DAY_PART,
  build(m) {
    return dayPartHit(m.index, m.index + m[0].length, this.id, m[1]);
  },
};

/** A rule whose span is its first group, at the end of the match, after the preposition. */
function spanAfterPreposition(pattern: RegExp, partOf: (m: RegExpExecArray) => string): DateRule {
  return {
    id: 'date/day-part',
    pattern,
    build(m) {
      const end = m.index + m[0].length;
      return dayPartHit(end - m[1].length, end, this.id, partOf(m));
    },
  };
}

const smallHours = spanAfterPreposition(SMALL_HOURS, () => 'morning');

const partOfEvent: DateRule = {
  id: 'date/day-part',
  pattern: PART_OF_EVENT,
  build(m) {
    // A capital is a title: "the Night of the Long Knives".
    if (m[1][0] !== m[1][0].toLowerCase()) return null;
    return dayPartHit(m.index, m.index + m[0].length, this.id, m[1]);
  },
};

const deadlineDayPart = spanAfterPreposition(DEADLINE_DAY_PART, (m) => m[1]);

export const DAY_PART_RULES: readonly DateRule[] = [bareDayPart, placedDayPart, meridiemPart, wholeDayPart, smallHours, partOfEvent, deadlineDayPart];
