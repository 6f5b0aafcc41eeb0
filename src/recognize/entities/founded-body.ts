import type { Token } from './tokens';

// Heads of a building or of a body alike, which a verb of founding makes a body: "the Carter Center".
const FOUNDED_HEADS: ReadonlySet<string> = new Set(['center', 'centre', 'house', 'hall']);
const FOUNDING_VERBS: ReadonlySet<string> = new Set(['founded', 'co-founded', 'cofounded', 'established', 'launched']);

/**
 * "The couple founded the Carter Center in 1982", "co-founded Hope House", "set up the Leeds
 * Centre": a name a centre, a house or a hall closes, after a verb of founding, is the body that
 * was founded, not a building.
 */
export function isFoundedBody(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !FOUNDED_HEADS.has(tokens[to - 1].lower)) return false;
  const at = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const verb = tokens[at]?.lower ?? '';
  return FOUNDING_VERBS.has(verb) || (verb === 'up' && tokens[at - 1]?.lower === 'set');
}
