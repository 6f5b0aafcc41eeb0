import type { NumberRead } from './read-number';
import { isWord, sameLine, type Token } from './tokens';

/**
 * Where the unit starts after a fraction in words: "a quarter of a percentage point", "half of
 * one percent", "three-quarters of a dollar"; right after the number otherwise.
 */
export function unitAfterFraction(tokens: readonly Token[], amount: NumberRead): number {
  const j = amount.next;
  const fraction = !amount.digits && amount.value < 1;
  const article = tokens[j + 1]?.text;
  return fraction && isWord(tokens, j, 'of') && (article === 'a' || article === 'an' || article === 'one') && sameLine(tokens, j + 2) ? j + 2 : j;
}
