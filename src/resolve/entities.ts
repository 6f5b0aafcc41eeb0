import { gazetteer } from '../lexicon/gazetteer';
import type { EntityKind } from '../types';

const SPACES = /\s+/g;
const LETTER = /\p{L}/gu;
// The most letters an acronym written in capitals has: "UNICEF"; more are a headline's shouting.
const SHOUTED_LETTERS = 6;
// A person goes by initials of three letters at most ("JFK", "AOC"); "ARAFAT", "BUSH" are shouted surnames.
const SHOUTED_PERSON_LETTERS = 3;

/**
 * A mention's own name: spaces collapsed, and for a place the gazetteer's name
 * ("U.S." → "United States", "BRUSSELS" → "Brussels"); a dateline's capitals also undo a city
 * whose name is a word or a given name ("ADELAIDE" → "Adelaide").
 */
export function entityName(kind: EntityKind, text: string): string {
  const name = text.replace(SPACES, ' ').trim();
  const shouted = name === name.toUpperCase();
  // "FTSE 100", "S&P 500": a figure counts for no shouting, so an acronym before it keeps its capitals.
  const shouting = shouted && (name.match(LETTER) ?? []).length > (kind === 'person' ? SHOUTED_PERSON_LETTERS : SHOUTED_LETTERS);
  if (kind === 'location') {
    const known = gazetteer().place(name)?.canonical ?? (shouted ? gazetteer().ambiguousPlace(name)?.canonical : undefined) ?? gazetteer().peoplePlace(name);
    // "CAPE CANAVERAL, Fla.": a dateline's place the gazetteer lacks loses its capitals too.
    return known ?? (shouting ? titleCase(name.toLowerCase()) : name);
  }
  return shouting ? titleCase(name.toLowerCase()) : name;
}

/** "bank of england" → "Bank of England": a headline's capitals undone, minor words kept small after the first. */
function titleCase(lower: string): string {
  return lower.replace(NAME_WORD, (word, at: number) => (at > 0 && MINOR_WORDS.has(word) ? word : word[0].toUpperCase() + word.slice(1)));
}

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}.'&-]*/gu;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', '&']);
/** Capitals, with a linking word's lower-case initial between two of them: "NATO", "U.S.", "BoE", "DfE". */
const ACRONYM_NAME = /^\p{Lu}[.&]?(?:[of]?\p{Lu}[.&]?){1,7}$/u;

export function nameWords(name: string): string[] {
  return name.match(NAME_WORD) ?? [];
}

export function isAcronymName(name: string): boolean {
  return ACRONYM_NAME.test(name);
}

/** The initials of a long name, skipping minor words: "North Atlantic Treaty Organization" → "NATO". */
export function acronymOf(name: string): string {
  return initialWords(name)
    .map((w) => w[0].toUpperCase())
    .join('');
}

/**
 * The initials of a long name with its linking words, which many public bodies' acronyms keep:
 * "Bank of Japan" → "BOJ", "Department for Education" → "DFE" (written "BoJ", "DfE"). "The" is
 * never one of them.
 */
export function acronymWithLinksOf(name: string): string {
  return nameWords(name)
    .filter((w) => w.toLowerCase() !== 'the')
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** Every word an acronym of the name would stand for opens with a capital: not "eBay UK", which "EU" does not abbreviate. */
export function spellsInitials(name: string): boolean {
  return initialWords(name).every((w) => CAPITAL_FIRST.test(w));
}

const CAPITAL_FIRST = /^\p{Lu}/u;

function initialWords(name: string): string[] {
  return nameWords(name).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
}
