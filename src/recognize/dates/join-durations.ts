import type { DateHit } from './hit';

/** Only a comma and/or "and" may stand between the parts: "two hours and 30 minutes", "3 years, 2 months". */
const PART_GAP = /^,?\s(?:and\s)?$/;

/** A measured TIMEX3 duration, split into its designators: P2Y3M, PT1H30M. */
const DURATION_PARTS = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const DESIGNATORS = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'] as const;
/** Index of the first time designator (after the T). */
const FIRST_CLOCK = 4;
/** Rough length of each designator's unit in seconds, to compare parts; a month is a twelfth of a year. */
const UNIT_SECONDS = [31_557_600, 2_629_800, 604_800, 86_400, 3_600, 60, 1];

/** A duration used as an adjective ("a week-long strike", "a 10-year-old") names no part of a sum. */
const ADJECTIVE_DURATION = /-(?:long|old)$|\sold$/i;
/** A stretch told with "the" ("the first 10 days of 2024") is a stretch of its own, no remainder of a sum. */
const ARTICLE_FIRST = /^the\s/i;

function partsOf(value: string): Array<number | undefined> | null {
  const m = DURATION_PARTS.exec(value);
  return m && value !== 'P' && value !== 'PT' ? m.slice(1).map((p) => (p === undefined ? undefined : Number(p))) : null;
}

/** The finest designator set in `parts`. */
function finest(parts: Array<number | undefined>): number {
  let at = -1;
  parts.forEach((p, i) => {
    if (p !== undefined) at = i;
  });
  return at;
}

function coarsest(parts: Array<number | undefined>): number {
  return parts.findIndex((p) => p !== undefined);
}

function seconds(parts: Array<number | undefined>): number {
  return parts.reduce<number>((sum, p, i) => sum + (p ?? 0) * UNIT_SECONDS[i], 0);
}

/**
 * `later` continues `earlier` as its remainder: finer designators, and less than one of
 * the earlier part's finest unit. "three decades, 18 months" lists two spans, since 18 months
 * is more than a year; "three years, two months" is one.
 */
function isRemainder(earlier: Array<number | undefined>, later: Array<number | undefined>): boolean {
  const unit = finest(earlier);
  return unit < coarsest(later) && seconds(later) < UNIT_SECONDS[unit];
}

function format(parts: Array<number | undefined>): string {
  let date = '';
  let clock = '';
  parts.forEach((p, i) => {
    if (p === undefined) return;
    if (i < FIRST_CLOCK) date += `${p}${DESIGNATORS[i]}`;
    else clock += `${p}${DESIGNATORS[i]}`;
  });
  return `P${date}${clock ? `T${clock}` : ''}`;
}

/**
 * Durations named in parts are one duration, as TimeML spans them: "two hours and 30
 * minutes" → PT2H30M, "three years, two months" → P3Y2M. The later part must be the earlier
 * one's remainder, so "two days and two days" and "three decades, 18 months" stay two facts each.
 */
export function joinCompoundDurations(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.timexType === 'DURATION' &&
      h.timexType === 'DURATION' &&
      !h.mod &&
      PART_GAP.test(text.slice(prev.end, h.start)) &&
      !ADJECTIVE_DURATION.test(text.slice(prev.start, prev.end)) &&
      !ADJECTIVE_DURATION.test(text.slice(h.start, h.end)) &&
      !ARTICLE_FIRST.test(text.slice(h.start, h.end))
    ) {
      const a = partsOf(prev.value);
      const b = partsOf(h.value);
      if (a && b && isRemainder(a, b)) {
        out[out.length - 1] = { ...prev, end: h.end, value: format(a.map((p, i) => p ?? b[i])) };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}
