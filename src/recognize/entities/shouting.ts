import { isCommonWord, isFunctionWord } from './name-words';
import type { Token } from './tokens';

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
  let lowerContent = false;
  let last: Token | undefined;
  for (const t of tokens) {
    if (!t.word || !/\p{L}{2}/u.test(t.text)) continue;
    words++;
    last = t;
    if (t.upper) upper++;
    if (t.cap && !t.upper && isCommonWord(t.lower)) capitalizedCommon++;
    if (!t.cap) {
      lowerWords++;
      lowerContent ||= !isFunctionWord(t.lower);
    }
  }
  if (words >= 2 && upper / words >= 0.8) return true;
  // Title case capitalizes a headline's last word and every word but the small ones: "The New
  // People's Party won." and "Palestinian President Yasser Arafat met Israeli Foreign Minister
  // David Levy in Gaza" are sentences.
  if ((last && !last.cap) || lowerContent) return false;
  return words >= 4 && capitalizedCommon >= 3 && capitalizedCommon / words >= 0.4 && lowerWords / words <= 0.25;
}
