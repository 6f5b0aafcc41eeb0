import { MASTHEAD_PARTS, MASTHEAD_WORDS } from '../../lexicon/org-words';
import { isGivenName, lexiconKind } from './name-words';
import { gazetteer } from '../../lexicon/gazetteer';
import type { Place } from '../../lexicon/gazetteer/types';
import { gazetteerPlaceOf, writtenPhrase } from './gazetteer-place';
import { followsThe, lowerPhrase, type Token } from './tokens';

// The most words of a title after its place: "Plain Dealer", "Journal Sentinel".
const MAX_TITLE_WORDS = 2;

function placeOf(tokens: Token[], from: number, to: number): Place | undefined {
  return gazetteerPlaceOf(tokens, from, to) ?? gazetteer().ambiguousPlace(writtenPhrase(tokens, from, to));
}

/**
 * A word of a paper's title: one of `words`, or a hyphened pair of words of mastheads
 * ("Times-Dispatch", "Post-Gazette", "American-Statesman", "Democrat-Gazette").
 */
function isTitleWord(token: Token, words: ReadonlySet<string>): boolean {
  if (!token.cap || token.possessive) return false;
  const hyphen = token.lower.indexOf('-');
  if (hyphen < 0) return words.has(token.lower);
  const second = token.lower.slice(hyphen + 1);
  return !second.includes('-') && MASTHEAD_PARTS.has(token.lower.slice(0, hyphen)) && MASTHEAD_PARTS.has(second);
}

/**
 * "the Sacramento Bee", "The Arizona Republic", "the Richmond Times-Dispatch", "the Cleveland
 * Plain Dealer": a place the paper serves, then its title. The place alone is no name there.
 * A country's republic is the state ("the Congo Republic"), and a firm the lists know names its
 * product ("Amazon Echo").
 */
export function isPlaceMasthead(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (to - from < 2 || !isTitleWord(last, MASTHEAD_WORDS)) return false;
  // "Jordan Banner" may be someone's name; a paper takes an article ("told the Orlando Sentinel").
  if (!followsThe(tokens, from) && isGivenName(tokens[from].lower)) return false;
  // The list's place, not the sentence's: a town's name that is also a given one ("Orlando",
  // "Austin") is the town before a title.
  const lowest = Math.max(from + 1, to - MAX_TITLE_WORDS);
  let title = to - 1;
  while (title >= lowest && !placeOf(tokens, from, title)) title--;
  if (title < lowest || !tokens.slice(title, to - 1).every((t) => isTitleWord(t, MASTHEAD_PARTS))) return false;
  if (lexiconKind(lowerPhrase(tokens, from, title)) === 'organization') return false;
  return last.lower !== 'republic' || placeOf(tokens, from, title)?.type !== 'country';
}
