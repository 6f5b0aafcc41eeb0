import { AMOUNT_QUALIFIERS } from '../../lexicon/amount-qualifiers';
import type { Qualifier } from '../../types';
import { hasClass, sameLine, type Token } from './tokens';
import { QUALIFIER_START } from './word-classes';

export interface QualifierRead {
  qualifier: Qualifier;
  next: number;
}

interface QualifierNode {
  qualifier?: Qualifier;
  next: Map<string, QualifierNode>;
}

/** AMOUNT_QUALIFIERS as a word trie, so that reading one builds no strings. */
const QUALIFIER_TRIE: QualifierNode = { next: new Map() };
for (const [phrase, qualifier] of Object.entries(AMOUNT_QUALIFIERS)) {
  let node = QUALIFIER_TRIE;
  for (const word of phrase.split(' ')) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map() }));
    node = child;
  }
  node.qualifier = qualifier;
}

/** The longest qualifier phrase at `tokens[i]`: "more than", "as much as", "about". */
export function readQualifier(tokens: readonly Token[], i: number): QualifierRead | null {
  if (!hasClass(tokens, i, QUALIFIER_START)) return null;
  let found: QualifierRead | null = null;
  let node: QualifierNode | undefined = QUALIFIER_TRIE;
  for (let j = i; node; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || (j > i && !sameLine(tokens, j))) break;
    node = node.next.get(t.text);
    if (node?.qualifier) found = { qualifier: node.qualifier, next: j + 1 };
  }
  return found;
}
