import { DEVICE_NOUNS } from '../../lexicon/product-nouns';
import { ORG_MODIFIED_NOUNS, STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import { isCamelCaseBrand, lexiconKind } from './name-words';
import type { Token } from './tokens';

// Words before a product's name that a company's name seldom takes: "the PlayStation", "a new MacBook Air".
const PRODUCT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'new']);

/**
 * A brand of two words run together names a product line, not its maker, where an article or a
 * device noun frames it: "maker of the PlayStation", "keep the ThinkPad brand", "a new MacBook
 * Air", "MacBook Air laptops". Alone it stays a company ("WeWork said", "DoorDash drivers"),
 * and so does a run closed by a company's suffix ("The DaimlerChrysler Corporation").
 */
export function isCamelCaseProduct(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2 || !isCamelCaseBrand(tokens[from].text) || tokens[to - 1].possessive) return false;
  if (to - from === 2 && STRONG_ORG_SUFFIXES.has(tokens[to - 1].lower.replace('.', ''))) return false;
  if (lexiconKind(tokens.slice(from, to).map((t) => t.lower).join(' ')) === 'organization') return false;
  const next = tokens[to];
  if (next && !next.cap && DEVICE_NOUNS.has(next.lower)) return true;
  const before = tokens[from - 1];
  return !!before && PRODUCT_OPENERS.has(before.lower) && !(next && !next.cap && ORG_MODIFIED_NOUNS.has(next.lower));
}
