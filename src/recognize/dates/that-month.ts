import { formatMonth } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';
import { MONTH_VALUE } from './named-year';
import { CLAUSE_VERBS } from './the-unit';
import { wordBefore } from './words';

/**
 * "joined in the summer of 2019 and scored on his debut that August", "last spring … that May":
 * a month after "that" is one of the year the story last named, not of the reference's. After a
 * verb of saying "that" opens a clause ("said that March sales rose") and the month is left alone.
 */
export function anchorThatMonth(hits: DateHit[], text: string): DateHit[] {
  let year: number | null = null;
  return hits.map((h) => {
    let out = h;
    const month = h.grain === 'month' && h.explicitYear === false ? MONTH_VALUE.exec(h.value) : null;
    if (month && year !== null && afterDemonstrative(text, h.start)) {
      out = { ...h, value: formatMonth(year, Number(month[1])) };
    }
    const named = LEADING_YEAR.exec(out.value);
    if (named) year = Number(named[1]);
    return out;
  });
}

const LEADING_YEAR = /^(?:FY)?(\d{4})/;
const THAT_BEFORE = /\b[Tt]hat\s+$/;
/** How far before the month "that" may start. */
const THAT_REACH = 10;

function afterDemonstrative(text: string, start: number): boolean {
  const before = THAT_BEFORE.exec(text.slice(Math.max(0, start - THAT_REACH), start));
  if (!before) return false;
  const thatAt = start - before[0].length;
  return !CLAUSE_VERBS.has(wordBefore(text, thatAt));
}
