import type { Qualifier } from '../../types';
import { digitChunkEnd } from './read-number';
import { readQualifier } from './read-qualifier';
import { isWord, sameLine, type Token } from './tokens';

/**
 * Reads phrases left to right: at each token, the longest phrase `read` finds there, then jumps
 * past it. A digit chunk that starts nothing is skipped whole, so "1,1,1,…" is read once.
 */
export function scanPhrases<P extends { next: number }>(tokens: readonly Token[], read: (i: number) => P | null): P[] {
  const phrases: P[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    const phrase = t.kind === 'opaque' ? null : read(i);
    if (phrase) {
      phrases.push(phrase);
      i = phrase.next;
    } else i = t.kind === 'num' ? digitChunkEnd(tokens, i) : i + 1;
  }
  return phrases;
}

/** What stands before an amount: a qualifier ("more than"), "between", or nothing. */
export interface AmountOpening {
  qualifier?: Qualifier;
  between: boolean;
  /** The token where the amount itself starts. */
  amountAt: number;
}

/** The opening of an amount phrase at `tokens[i]`, or null when the amount would be on another line. */
export function readOpening(tokens: readonly Token[], i: number): AmountOpening | null {
  const qualifier = readQualifier(tokens, i);
  const between = !qualifier && isWord(tokens, i, 'between');
  const amountAt = qualifier ? qualifier.next : between ? i + 1 : i;
  if (amountAt !== i && !sameLine(tokens, amountAt)) return null;
  return { qualifier: qualifier?.qualifier, between, amountAt };
}
