import { DEVICE_NOUNS, VEHICLE_NOUNS } from '../../lexicon/product-nouns';
import { STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import { isCamelCaseBrand, isFunctionWord, isGivenName, lexiconKind, lexiconTags } from './name-words';
import { isAcronymPlural } from './person-shape';
import { lowerPhrase, type Token } from './tokens';

// Words before a product's name that a company's name seldom takes: "the PlayStation", "a new MacBook Air".
const PRODUCT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'new']);

// Word classes that close a noun phrase, so the brand before them is its head: "the PlayStation
// at", "the PlayStation was". A noun after the brand makes the brand its modifier, and a maker's
// name is the usual modifier ("the SoftBank deal", "the LinkedIn report").
const PHRASE_CLOSING_TAGS = ['Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'Adverb', 'Determiner', 'Pronoun'];

export const STARTS_WITH_DIGIT = /^\d/;

/** Nothing, a mark, a number or a closed-class word follows the brand, so nothing it modifies does. */
function closesPhrase(next: Token | undefined): boolean {
  if (!next || !next.word || STARTS_WITH_DIGIT.test(next.text)) return true;
  if (next.cap) return false;
  const tags = lexiconTags(next.lower);
  return PHRASE_CLOSING_TAGS.some((tag) => tags.includes(tag));
}

/**
 * A brand of two words run together names a product line, not its maker, where an article or a
 * device noun frames it: "maker of the PlayStation", "keep the ThinkPad brand", "a new MacBook
 * Air", "MacBook Air laptops". Alone it stays a company ("WeWork said", "DoorDash drivers"), as
 * it does before a noun it modifies ("the SoftBank deal") and where a company's suffix closes the
 * run ("The DaimlerChrysler Corporation").
 */
export function isCamelCaseProduct(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2 || !isCamelCaseBrand(tokens[from].text) || tokens[to - 1].possessive) return false;
  if (to - from === 2 && STRONG_ORG_SUFFIXES.has(tokens[to - 1].lower.replace('.', ''))) return false;
  if (lexiconKind(lowerPhrase(tokens, from, to)) === 'organization') return false;
  const next = tokens[to];
  if (next && !next.cap && DEVICE_NOUNS.has(next.lower)) return true;
  const before = tokens[from - 1];
  return !!before && PRODUCT_OPENERS.has(before.lower) && closesPhrase(next);
}

/**
 * Where the make and model of a vehicle end, or -1: the run of two or more words before a noun of
 * a vehicle ("Ford Explorer pickups", "Tesla Model Y vehicles"), or before such a noun as an
 * acronym's plural that closes the run itself ("Lincoln Aviator SUVs").
 */
export function vehicleModelEnd(tokens: Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  if (to - from > 2 && isAcronymPlural(last) && VEHICLE_NOUNS.has(last.lower)) return to - 1;
  const next = tokens[to];
  return to - from > 1 && !last.possessive && !!next && !next.cap && VEHICLE_NOUNS.has(next.lower) ? to : -1;
}

// A release's number with its points: "4.1", "2.5", "24.04", "3.0.1".
const VERSION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,2}$/;

/**
 * "Claude Opus 4.1", "Gemini 2.5 Pro", "Ubuntu 24.04": capitals right before a version number
 * name a product's release, not a person or a body. Not where the number counts a unit after
 * it ("Bryant 28.5 points", "Siemens 1.2 %").
 */
export function isVersionedProduct(tokens: Token[], to: number): boolean {
  const version = tokens[to];
  if (!version || version.start !== tokens[to - 1].end + 1 || tokens[to - 1].possessive || !VERSION_NUMBER.test(version.text)) return false;
  const next = tokens[to + 1];
  if (next?.text === '%') return false;
  return !next || !next.word || next.cap || isFunctionWord(next.lower);
}

// Nouns of the firm that made or makes a product, which names the product before it and the
// firm after it: "ChatGPT maker OpenAI", "Ozempic maker Novo Nordisk", "Fortnite developer Epic".
// Not "owner" or "parent", which follow firms they own ("Instagram owner Meta"), nor "creator"
// or "founder", which follow what people made ("Facebook creator Mark Zuckerberg").
const MAKER_NOUNS = new Set(['maker', 'developer', 'manufacturer']);

/** The run names a product, before the noun of its maker and the maker's name: "ChatGPT maker OpenAI". */
export function isProductBeforeMaker(tokens: Token[], to: number): boolean {
  const [noun, maker] = [tokens[to], tokens[to + 1]];
  return !tokens[to - 1].possessive && !!noun && !noun.cap && MAKER_NOUNS.has(noun.lower) && !!maker?.cap && maker.word && !isGivenName(maker.lower);
}
