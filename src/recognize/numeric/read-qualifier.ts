import { AMOUNT_QUALIFIERS, MAX_QUALIFIER_WORDS } from '../../lexicon/amount-qualifiers';
import type { Qualifier } from '../../types';
import { hasClass, sameLine, type Token } from './tokens';
import { QUALIFIER_START } from './word-classes';

export interface QualifierRead {
  qualifier: Qualifier;
  next: number;
}

/** The longest qualifier phrase at `tokens[i]`: "more than", "as much as", "about". */
export function readQualifier(tokens: readonly Token[], i: number): QualifierRead | null {
  if (!hasClass(tokens, i, QUALIFIER_START)) return null;
  let phrase = '';
  let found: QualifierRead | null = null;
  for (let n = 0; n < MAX_QUALIFIER_WORDS; n++) {
    const t = tokens[i + n];
    if (!t || t.kind !== 'word' || (n > 0 && !sameLine(tokens, i + n))) break;
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`;
    const qualifier = AMOUNT_QUALIFIERS[phrase];
    if (qualifier) found = { qualifier, next: i + n + 1 };
  }
  return found;
}
