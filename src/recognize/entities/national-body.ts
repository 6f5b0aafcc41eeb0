import { gazetteer } from '../../lexicon/gazetteer';
import { PLACE_HEADS } from '../../lexicon/org-words';
import { COMPASS_DIRECTIONS, COMPASS_REGIONS } from '../../lexicon/place-words';
import { isCalendarWord, isEnglishWord, lexiconTags } from './name-words';
import { isTitleWord } from './titles';
import type { Token } from './tokens';

// The most words a national body's name takes after its country: "U.S. Fish and Wildlife Service" is longer, but has a head.
const MAX_BODY_WORDS = 3;
// Lexicon tags of a last word that names no body: "the U.S. Open", "the U.S. Dollar".
const NO_BODY_TAGS = new Set(['Adjective', 'Currency', 'Plural', 'Demonym']);
// Last words of what a country holds or hosts that is no body: its charter, its regions, its events.
const NATIONAL_NON_BODIES = new Set(['constitution', 'code', 'midwest', 'mainland', 'capitol', 'championship', 'championships', 'cup', 'amateur', 'tour', 'economy']);

/**
 * "the U.S. Geological Survey", "the U.S. Mint": after "the", a country's dotted
 * abbreviation and one to three ordinary capitalized words name one of its public bodies,
 * whether or not the last word is a head the lexicon holds. Not a region ("the U.S. West Coast"),
 * an event ("the U.S. Open"), a charter, a title ("the U.S. Ambassador") or a plural.
 */
export function isNationalBody(tokens: Token[], from: number, to: number): boolean {
  const country = tokens[from];
  if (tokens[from - 1]?.lower !== 'the' || to - from < 2 || to - from > MAX_BODY_WORDS + 1 || !country.text.includes('.')) return false;
  if (gazetteer().place(country.text)?.type !== 'country' || country.possessive) return false;
  const words = tokens.slice(from + 1, to);
  if (!words.every((t) => t.cap && !t.upper && !t.possessive && isEnglishWord(t.lower) && !isTitleWord(t) && !isCalendarWord(t.lower))) return false;
  const last = words[words.length - 1].lower;
  if (NATIONAL_NON_BODIES.has(last) || PLACE_HEADS.has(last) || COMPASS_REGIONS.has(last) || COMPASS_DIRECTIONS.has(last)) return false;
  return !last.endsWith('s') && !lexiconTags(last).some((t) => NO_BODY_TAGS.has(t));
}
