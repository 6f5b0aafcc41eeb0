import { isCommonWord, isFunctionWord } from './name-words';
import type { Token } from './tokens';

const TWO_LETTERS = /\p{L}{2}/u;
const isLettered = (t: Token) => t.word && TWO_LETTERS.test(t.text);

/**
 * A headline or dateline in capitals ("SOCCER - JAPAN GET LUCKY WIN") or in title case
 * ("Boeing Pushes Back Jet Plans Again"), where capitals do not mark names. Such lines are
 * matched against known names instead of being chunked.
 */
export function isShouting(tokens: Token[]): boolean {
  let words = 0;
  let upper = 0;
  let capitalizedCommon = 0;
  let lowerWords = 0;
  let last: Token | undefined;
  for (const t of tokens) {
    if (!isLettered(t)) continue;
    words++;
    last = t;
    if (t.upper) upper++;
    if (t.cap && !t.upper && isCommonWord(t.lower)) capitalizedCommon++;
    if (!t.cap) lowerWords++;
  }
  if (words >= 2 && upper / words >= 0.8) return true;
  // Title case capitalizes a headline's last word and every word but the small ones: "The New
  // People's Party won." and "Palestinian President Yasser Arafat met Israeli Foreign Minister
  // David Levy in Gaza" are sentences.
  if (!last?.cap || words < 4 || capitalizedCommon < 3 || capitalizedCommon / words < 0.4 || lowerWords / words > 0.25) return false;
  return tokens.every((t) => t.cap || !isLettered(t) || isFunctionWord(t.lower));
}
