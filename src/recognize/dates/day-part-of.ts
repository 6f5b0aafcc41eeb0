import { DAY_PARTS } from '../../lexicon/seasons';
import type { DateHit } from './hit';
import { widenEach } from './modifiers';

/**
 * "the morning of Jan. 31", "on the night of Aug. 20": a part of the day a date names is one
 * TIMEX3 time (1998-01-31TMO), as the TimeML guidelines mark it. Anchored at the end of a short
 * slice, so it costs a few steps per day.
 */
const PART_OF_BEFORE = /\b(?:the\s+)?(morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+$/i;

/** "the early hours of Monday": the first hours after midnight, which TIMEX3 counts as morning. */
const SMALL_HOURS = /hours$/i;

const LOOK_BACK = 24;

/** A day-level date written out: "2024-01-31", not a range endpoint or an unresolved placeholder. */
export const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

export function joinDayPartOf(hits: DateHit[], text: string): DateHit[] {
  return widenEach(hits, text, joinOne);
}

function joinOne(h: DateHit, text: string, floor: number): DateHit {
  if (h.grain !== 'day' || h.range || !DAY_VALUE.test(h.value)) return h;
  const from = Math.max(floor, h.start - LOOK_BACK);
  const m = PART_OF_BEFORE.exec(text.slice(from, h.start));
  if (!m) return h;
  const part = SMALL_HOURS.test(m[1]) ? DAY_PARTS.get('morning') : DAY_PARTS.get(m[1].toLowerCase());
  if (!part) return h;
  return { ...h, start: from + m.index, rule: 'date/day-part-of', value: `${h.value}T${part}`, timexType: 'TIME', grain: 'time' };
}
