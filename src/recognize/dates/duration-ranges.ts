import { parseCardinal } from '../../resolve/numbers';
import type { DateHit } from './hit';

/**
 * A bare count and "to" or a dash right before a counted duration: "two to three years",
 * "3-4 days", "between two and three weeks". The first count borrows the unit of the second.
 */
const COUNT_BEFORE = /(?:^|[^\w$£€¥.,-])(?:(between)\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s?(to|-|\u2013|and)\s?$/i;
const COUNT_REACH = 32;

/** "pupils aged 8-10 years", "ages two to five years": a spread of ages, not of durations. */
const AGE_BEFORE = /\b(?:aged|ages?)\s+(?:between\s+)?$/i;
const AGE_REACH = 16;

/** The count that opens a duration's own text ("three years" → "three"). */
const LEADING_COUNT = /^(\d{1,3}|[a-z]+)\b/i;

/** A duration value with one number: "P3Y", "PT6H", "P1.5D". */
const DURATION_VALUE = /^(PT?)(\d+(?:\.\d+)?)([A-Z]+)$/;

/**
 * "The trial will take two to three years": TimeML marks each end of a spread of durations, so
 * "two" is the shorter duration (P2Y) and "three years" the longer (P3Y), linked as one range,
 * where the duration rule alone saw only "three years". The counts must rise ("3-2 days" is a
 * score before a duration), and "and" joins them only after "between".
 */
export function linkDurationRanges(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const hit of hits) {
    const first = hit.timexType === 'DURATION' && !hit.range && !hit.mod ? shorterEnd(hit, text, out[out.length - 1]) : null;
    if (!first) {
      out.push(hit);
      continue;
    }
    const id = `at${first.start}`;
    out.push({ ...first, range: { id, role: 'start' } }, { ...hit, range: { id, role: 'end' } });
  }
  return out;
}

/** The duration the bare count before `hit` names, or null where no such count stands there. */
function shorterEnd(hit: DateHit, text: string, previous: DateHit | undefined): DateHit | null {
  const value = DURATION_VALUE.exec(hit.value);
  const own = LEADING_COUNT.exec(text.slice(hit.start, hit.end));
  const lead = COUNT_BEFORE.exec(text.slice(Math.max(0, hit.start - COUNT_REACH), hit.start));
  if (!value || !own || !lead || (lead[3].toLowerCase() === 'and') !== (lead[1] !== undefined)) return null;
  const low = parseCardinal(lead[2]);
  const high = parseCardinal(own[1]);
  if (low === null || high === null || low <= 0 || low >= high) return null;
  const start = hit.start - lead[0].length + lead[0].toLowerCase().indexOf(lead[2].toLowerCase(), lead[1] ? lead[1].length : 0);
  if ((previous && previous.end > start) || AGE_BEFORE.test(text.slice(Math.max(0, start - AGE_REACH), start))) return null;
  const amount = +((Number(value[2]) * low) / high).toFixed(3);
  return { start, end: start + lead[2].length, rule: 'date/duration-range', value: `${value[1]}${amount}${value[3]}`, timexType: 'DURATION', grain: 'other' };
}
