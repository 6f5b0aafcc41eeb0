import { isListedClubName } from './club-short-names';
import { lowerPhrase, type Token } from './tokens';

// Words that join two clubs in transfer and match copy: "left Chelsea for Juventus", "from Benfica to Chelsea", "Chelsea v Juventus".
const PAIR_WORDS = new Set(['for', 'to', 'from', 'and', 'v', 'vs', 'against']);
const MAX_CLUB_WORDS = 3;

/** The capitalized words from `k` on (or back from `k`) name a listed club. */
function clubAt(tokens: Token[], k: number, step: 1 | -1): boolean {
  for (let n = 1; n <= MAX_CLUB_WORDS; n++) {
    const [from, to] = step === 1 ? [k, k + n] : [k - n + 1, k + 1];
    if (from < 0 || to > tokens.length || !tokens.slice(from, to).every((t) => t.cap)) return false;
    if (isListedClubName(lowerPhrase(tokens, from, to))) return true;
  }
  return false;
}

/**
 * "He left Chelsea for Juventus", "moved from Benfica to Chelsea": a name that a transfer or a
 * match joins to a listed club is a club too, though it is a given name or a town's.
 */
export function pairsWithListedClub(tokens: Token[], from: number, to: number): boolean {
  const after = PAIR_WORDS.has(tokens[to]?.lower ?? '') && clubAt(tokens, to + 1, 1);
  return after || (PAIR_WORDS.has(tokens[from - 1]?.lower ?? '') && clubAt(tokens, from - 2, -1));
}
