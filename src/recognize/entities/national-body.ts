import { gazetteer } from '../../lexicon/gazetteer';
import { GOVERNMENT_WORDS, PLACE_HEADS } from '../../lexicon/org-words';
import { COMPASS_DIRECTIONS, COMPASS_REGIONS } from '../../lexicon/place-words';
import { isCalendarWord, isEnglishWord, lexiconTags } from './name-words';
import { isTitleWord } from './titles';
import type { Token } from './tokens';

// The most words a national body's name takes after its country: "U.S. Fish and Wildlife Service" is longer, but has a head.
const MAX_BODY_WORDS = 3;
// Lexicon tags of a last word that names no body: "the U.S. Open", "the U.S. Dollar".
const NO_BODY_TAGS = new Set(['Adjective', 'Currency', 'Plural', 'Demonym']);
// Last words of what a country holds or hosts that is no body: its charter, its regions, its events.
const NATIONAL_NON_BODIES = new Set(['constitution', 'code', 'bill', 'act', 'midwest', 'mainland', 'capitol', 'championship', 'championships', 'cup', 'amateur', 'tour', 'economy']);

/**
 * "the U.S. Geological Survey", "the US Mint", "U.S. Geological Survey data showed": after "the",
 * or before running text in lower case, a country's abbreviation and one to three ordinary
 * capitalized words name one of its public bodies, whether or not the last word is a head the
 * lexicon holds. Not a region ("the U.S. West Coast"), an event ("the U.S. Open"), a charter or a
 * law, a title ("the U.S. Ambassador"), its government (the country) or a plural.
 */
export function isNationalBody(tokens: Token[], from: number, to: number): boolean {
  const country = tokens[from];
  if (to - from < 2 || to - from > MAX_BODY_WORDS + 1 || !opensBodyName(tokens, from, to)) return false;
  // "US" without dots may be the pronoun in capitals ("LET US PRAY"): only "the" vouches for it.
  const dotted = country.text.includes('.');
  if (!(dotted || (country.upper && tokens[from - 1]?.lower === 'the')) || gazetteer().place(country.text)?.type !== 'country' || country.possessive) return false;
  const words = tokens.slice(from + 1, to);
  if (!words.every((t) => t.cap && !t.upper && !t.possessive && isEnglishWord(t.lower) && !isTitleWord(t) && !isCalendarWord(t.lower))) return false;
  const last = words[words.length - 1].lower;
  // "the US Government" is the country itself, which governs.
  if (NATIONAL_NON_BODIES.has(last) || GOVERNMENT_WORDS.has(last) || PLACE_HEADS.has(last) || COMPASS_REGIONS.has(last) || COMPASS_DIRECTIONS.has(last)) return false;
  return !last.endsWith('s') && !lexiconTags(last).some((t) => NO_BODY_TAGS.has(t));
}

/**
 * The name stands where a body's does: after "the", or before running text in lower case ("U.S.
 * Geological Survey data showed"), which a title-case headline ("U.S. Economy Grows") and a person
 * of the country ("a U.S. Marine was hurt") do not give.
 */
function opensBodyName(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower;
  if (before === 'the') return true;
  const after = tokens[to];
  return before !== 'a' && before !== 'an' && !!after?.word && !after.cap;
}
