import { DAY_VALUE } from './day-part-of';
import type { DateHit } from './hit';

/** Only "on" may stand between the edge of a day and the day: "the end of the day Saturday". */
const EDGE_DAY_GAP = /^\s(?:on\s)?$/;

/** Rules whose day-grain hit is the edge of a day: "the end of the day", "COB", "close of business". */
const DAY_EDGE_RULES: ReadonlySet<string> = new Set(['date/period-edge', 'date/edge-abbreviation']);

/**
 * "by the end of the day Saturday", "the start of the day on March 3": the edge belongs to the
 * day named after it, one TIMEX3 of that day with the edge's mod, where alone "the end of the
 * day" would be the reference day's.
 */
export function joinDayEdges(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const edge = hits[i];
    const day = hits[i + 1];
    if (day && DAY_EDGE_RULES.has(edge.rule) && edge.grain === 'day' && edge.mod && day.grain === 'day' && !day.range && DAY_VALUE.test(day.value) && EDGE_DAY_GAP.test(text.slice(edge.end, day.start))) {
      out.push({ ...day, start: edge.start, mod: edge.mod });
      i++;
    } else out.push(edge);
  }
  return out;
}
