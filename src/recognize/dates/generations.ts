import { QUANTITY_MODS } from '../../lexicon/date-modifiers';
import { APPROX } from './fragments';
import type { DateRule } from './hit';
import { wordBefore } from './words';

/**
 * "for a generation", "the highest in a generation", "more than a generation", "a generation
 * ago": a generation as a stretch of time, some years not counted (PXY), or a time that far back
 * (PAST_REF). Not the people of one ("a generation of investors", "for a generation that grew up
 * online", "a generation gap", "a new generation"): without "ago" a preposition of time or a
 * qualifier must stand before it.
 */
const A_GENERATION = new RegExp(
  String.raw`\b(?:${APPROX}\s+)?a\s+generation\b(?:\s+(ago|earlier|before))?(?![\s-]+(?:of|gaps?|that|who|whose|which|raised|born|reared|used|younger|older|later)\b|-)`,
  'gi',
);

/** "for generations", "over generations": an uncounted run of them. */
const FOR_GENERATIONS = /\b(?:for|over|across|within)\s+(?:many\s+)?(generations)\b(?![\s-]+(?:of|to|that|who)\b|-)/gi;

/** Words before "a generation" that make it a stretch of time. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'within', 'across', 'after', 'than']);

const aGeneration: DateRule = {
  id: 'date/generation',
  pattern: A_GENERATION,
  build(m, scan) {
    const [whole, approx, back] = m;
    const base = { start: m.index, end: m.index + whole.length, rule: this.id, grain: 'other' as const };
    if (back) return { ...base, value: 'PAST_REF', timexType: 'DATE' };
    if (!approx && !TIME_PREPOSITIONS.has(wordBefore(scan.text, m.index).toLowerCase())) return null;
    const mod = approx ? QUANTITY_MODS.get(approx.toLowerCase().replace(/\s+/g, ' ')) : undefined;
    return { ...base, value: 'PXY', timexType: 'DURATION', ...(mod ? { mod } : {}) };
  },
};

const forGenerations: DateRule = {
  id: 'date/generation',
  pattern: FOR_GENERATIONS,
  build(m) {
    const start = m.index + m[0].length - m[1].length;
    return { start, end: m.index + m[0].length, rule: this.id, value: 'PXY', timexType: 'DURATION', grain: 'other' };
  },
};

export const GENERATION_RULES: readonly DateRule[] = [aGeneration, forGenerations];
