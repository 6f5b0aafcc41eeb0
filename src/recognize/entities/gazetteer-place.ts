import { englishWords } from '../../lexicon/english-words';
import { gazetteer, type Place } from '../../lexicon/gazetteer';
import { POSSESSIVE_GROUNDS } from '../../lexicon/gazetteer/landmarks';
import type { Token } from './tokens';

/** The words [from, to) as written, one space apart: the form the gazetteer looks names up by. */
export function writtenPhrase(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/**
 * The place the gazetteer knows by the words [from, to): "Brussels", "North America", "U.S.".
 * A name the article belongs to is known with it ("The Hague", "The Woodlands"), and runs are
 * read without their article, so the one before the run is tried too.
 */
export function gazetteerPlaceOf(tokens: Token[], from: number, to: number): Place | undefined {
  const phrase = writtenPhrase(tokens, from, to);
  if (isWordlikeAbbreviation(phrase) && !AFTER_ABBREVIATED_STATE.has(tokens[from - 1]?.text ?? '')) return undefined;
  return gazetteer().place(phrase) ?? placeWithArticle(tokens, from, phrase);
}

// What comes before a state's abbreviation: "Boston, Mass.", "(D., Mass.)", "(Mass.)".
const AFTER_ABBREVIATED_STATE = new Set([',', '(']);
const DOTTED = /^[A-Z][a-z]+\.$/;

/**
 * "Mass.", "Wash.", "Ore.": a dotted abbreviation spelled as an English word ("the first Mass.",
 * "a wash.") abbreviates a state only where a city or a party comes before it.
 */
function isWordlikeAbbreviation(phrase: string): boolean {
  return DOTTED.test(phrase) && englishWords().has(phrase.slice(0, -1).toLowerCase()) && gazetteer().place(phrase)?.type === 'state';
}

/**
 * "Chippewa Falls, Wis. Chairman John Rollwagen said": a state's dotted abbreviation after a
 * town's comma closes the town's address, and a sentence may begin right after its dot, which
 * the abbreviation hides; it is the place, never the employer of a post that follows.
 */
export function isAbbreviatedStateAfterComma(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from].text.endsWith('.') && tokens[from - 1]?.text === ',' && gazetteerPlaceOf(tokens, from, to)?.type === 'state';
}

/** The place named by the article before the run and the run's words, as "The Hague" is. */
function placeWithArticle(tokens: Token[], from: number, phrase: string): Place | undefined {
  return tokens[from - 1]?.lower === 'the' ? gazetteer().place(`the ${phrase}`) : undefined;
}

/** The article before the run is part of the place's name: "The Hague", not "the Netherlands". */
export function namesWithArticle(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.lower !== 'the') return false;
  const phrase = writtenPhrase(tokens, from, to);
  return !gazetteer().place(phrase) && placeWithArticle(tokens, from, phrase) !== undefined;
}

/** "at Lord's", "LORD 'S": a ground named in the possessive, whose word alone would be a title ("the Lord's Prayer" is not). */
export const isPossessiveGround = (tokens: Token[], from: number, to: number) =>
  to - from === 1 && tokens[from].possessive && POSSESSIVE_GROUNDS.has(tokens[from].lower) && tokens[from - 1]?.lower !== 'the';
