import type { Token } from './tokens';

const NUMBER = /^\d+(?:[.:-]\d+)*$/;

/**
 * A line of sports results or a standings table: several numbers and hardly any lower-case
 * words ("Bayer Leverkusen 2 Werder Bremen 0", "Bayern Munich 4 3 1 0 10 3 10").
 */
export function isResultsLine(tokens: Token[]): boolean {
  let numbers = 0;
  let lowerWords = 0;
  for (const t of tokens) {
    if (NUMBER.test(t.text)) numbers++;
    else if (t.word && !t.cap) lowerWords++;
  }
  return numbers >= 2 && lowerWords <= 2;
}
