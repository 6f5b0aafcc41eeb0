import { HALF_MODS, HALVED_UNITS, POSITION_MODS } from '../../lexicon/date-modifiers';
import type { DateHit } from './hit';

/**
 * A position word right before a date widens the span and sets TIMEX3's mod: "early
 * December" → START, "the end of 2024" and the financial press's "end-2024" → END, "mid-2011" →
 * MID; "earlier this year" widens
 * the span only. Anchored at the end of a short slice, so it costs a few steps per hit.
 */
const POSITION_BEFORE = /(?:\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn|dawn)\s+of\s+(?:the\s+)?|(?:\bthe\s+)?\b(early|late|earlier|later|mid)(?:\s+|-)|\b(mid)-?|\b(end|start)-)$/i;

const LOOK_BACK = 40;

/** "the second half of the 1990s", "the first half of the 20th century": a half of a decade or a century (HALF_MODS). */
const HALF_OF_BEFORE = /(?:\bthe\s+)?\b(first|second|latter|last)\s+half\s+of\s+(?:the\s+)?$/i;

/**
 * "the end of the 2027 World Cup", "the start of the 2026-27 season": a year after "the" names
 * what follows it, so the position belongs to that event, not to the year, which stays bare.
 */
const ATTRIBUTIVE_YEAR_LEAD = /\bof\s+the\s+$/i;

const MODIFIABLE: ReadonlySet<DateHit['grain']> = new Set(['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century']);

export function extendWithPositionWords(hits: DateHit[], text: string): DateHit[] {
  return widenEach(hits, text, extendOne);
}

/** Widens each hit leftwards with `widen`, never back over the hit before it (`floor`). */
export function widenEach(hits: DateHit[], text: string, widen: (h: DateHit, text: string, floor: number) => DateHit): DateHit[] {
  let previousEnd = 0;
  return hits.map((h) => {
    const out = widen(h, text, previousEnd);
    previousEnd = out.end;
    return out;
  });
}

/** Rules whose part of a day takes "early" and "late": "late Tuesday night", "late last night", "early this morning". */
const NAMED_DAY_RULES: ReadonlySet<string> = new Set(['date/weekday', 'date/deictic-day', 'date/relative-period']);

/** A TIMEX3 part of the day (TMO, TAF, TEV, TNI), not a clock time. */
const DAY_PART_VALUE = /T(?:MO|AF|EV|NI)$/;

/** "late Tuesday night", "early Monday morning": a part of a named day takes "early" and "late" only. */
function extendOne(h: DateHit, text: string, floor: number): DateHit {
  const partOfDay = h.grain === 'time' && NAMED_DAY_RULES.has(h.rule) && (h.rule === 'date/weekday' || DAY_PART_VALUE.test(h.value));
  if (!(partOfDay || (MODIFIABLE.has(h.grain) && h.timexType === 'DATE')) || h.mod) return h;
  const from = Math.max(floor, h.start - LOOK_BACK);
  const half = HALVED_UNITS.has(h.grain) ? HALF_OF_BEFORE.exec(text.slice(from, h.start)) : null;
  if (half) return { ...h, start: from + half.index, mod: HALF_MODS.get(half[1].toLowerCase()) };
  const m = POSITION_BEFORE.exec(text.slice(from, h.start));
  if (!m || (partOfDay && !/^(?:early|late)$/i.test(m[2] ?? ''))) return h;
  if (m[1] && h.grain === 'year' && ATTRIBUTIVE_YEAR_LEAD.test(m[0])) return h;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  const mod = POSITION_MODS.get(word);
  return { ...h, start: from + m.index, ...(mod ? { mod } : {}) };
}
