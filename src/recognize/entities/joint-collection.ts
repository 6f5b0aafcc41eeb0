import { gazetteer } from '../../lexicon/gazetteer';
import { isEnglishWord } from './name-words';
import type { Token } from './tokens';

// Heads of a collection's name, which two names joined by "and" may share.
const COLLECTION_HEADS = new Set(['museum', 'gallery', 'galleries']);
// Words before a head on either side of the "and": "Birmingham Museum and Art Gallery".
const SIDE_WORDS = 3;

const isPlainCapital = (t: Token | undefined): t is Token => !!t && t.word && t.cap && !t.upper && !t.breakBefore && !t.possessive;

/**
 * The "and" at `k` is inside one museum's or gallery's name: two founders' names before one head
 * ("Victoria and Albert Museum"), or a head on each side ("Birmingham Museum and Art Gallery").
 * A museum named by a word, a place or a people after the "and" is one of its own: "the Louvre
 * and Science Museum", "Tate and British Museum".
 */
export function joinsCollection(tokens: Token[], k: number): boolean {
  if (!isPlainCapital(tokens[k - 1])) return false;
  let end = k + 1;
  while (end <= k + SIDE_WORDS && isPlainCapital(tokens[end]) && !COLLECTION_HEADS.has(tokens[end].lower)) end++;
  const head = tokens[end];
  if (!head || !isPlainCapital(head) || !COLLECTION_HEADS.has(head.lower) || (tokens[end + 1]?.cap && !tokens[end + 1].breakBefore)) return false;
  if (COLLECTION_HEADS.has(tokens[k - 1].lower)) return true;
  const founder = tokens[k + 1];
  return end === k + 2 && !isEnglishWord(founder.lower) && !gazetteer().place(founder.text) && !gazetteer().isDemonym(founder.text);
}
