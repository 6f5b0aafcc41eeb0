import type { DateHit } from './hit';
import { BARE_YEAR, SEASON_VALUE } from './named-year';

/** A comma and "in" between an offset and the season it reaches: "Two years later, in the spring". */
const OFFSET_SEASON_GAP = /^,\s+in\s+$/i;

/**
 * "He moved to Paris in 1961. Two years later, in the spring, he married": a season without its
 * year, set off by a comma right after an offset of years, falls in the year the offset reaches
 * (1963-SP), not in the reference's. Runs once the offset has its year from the date it counts from.
 */
export function lendOffsetYearToSeason(hits: DateHit[], text: string): DateHit[] {
  return hits.map((h, i) => {
    const offset = hits[i - 1];
    const code = SEASON_VALUE.exec(h.value);
    if (!offset || !code || h.grain !== 'season' || h.explicitYear !== false || offset.rule !== 'date/offset' || !BARE_YEAR.test(offset.value)) return h;
    return OFFSET_SEASON_GAP.test(text.slice(offset.end, h.start)) ? { ...h, value: `${offset.value}-${code[1]}` } : h;
  });
}
