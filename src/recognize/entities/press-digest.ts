import type { Token } from './tokens';

// A newspaper's name is short: "TRUD", "DAILY NATION", "THE EAST AFRICAN STANDARD", "24 CHASA".
const MAX_NEWSPAPER_WORDS = 5;
const HAS_DIGIT_DASH_DIGIT = /\d-\d/;
const DIGITS = /^\d+$/;

/**
 * "PRESS DIGEST - Kenya - Aug 30": a wire service's digest of the day's papers, whose headline
 * says so in its first line.
 */
export function isPressDigest(first: Token[] | undefined): boolean {
  if (!first) return false;
  for (let k = 1; k < first.length && !first[k].breakBefore; k++) {
    if (first[k - 1].lower === 'press' && first[k].lower === 'digest') return true;
  }
  return false;
}

/**
 * In a press digest, a line of a few capitalized words and nothing else names the paper whose
 * stories follow it ("DAILY NATION", "KENYA TIMES"). Not the dateline ("NAIROBI 1996-08-30"),
 * nor a line of prose, a list item ("- Finance Minister …") or a label ("Headlines :").
 */
export function isNewspaperLine(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_NEWSPAPER_WORDS) return false;
  return tokens.every((t) => t.word && (t.cap || DIGITS.test(t.text)) && !HAS_DIGIT_DASH_DIGIT.test(t.text)) && tokens.some((t) => t.cap);
}
