import { ORDINAL_WORDS } from '../../lexicon/number-words';
import { lexiconKind } from './name-words';
import { lowerPhrase, type Token } from './tokens';

// A place in a table written in figures: "16th", "3rd".
const ORDINAL_FIGURE = /^\d{1,2}(?:st|nd|rd|th)$/;
// Words between a verb of standing and the place it reaches: "moved up to third", "climbed back to second".
const TOWARD_WORDS = new Set(['up', 'down', 'back', 'to', 'into']);
// The most of them: "moved back up to".
const TOWARD_REACH = 3;
// Nouns of a table, and the heads of a competition's name that is one: "in the table", "in the Championship".
const TABLE_WORDS = new Set(['table', 'standings', 'league', 'division', 'championship', 'premiership', 'conference']);
// The most capitalized words of a competition's name: "Scottish Premiership", "Premier League", "Serie A".
const COMPETITION_WORDS = 3;

/**
 * "sit 16th in the table", "climbed to second in the Championship", "moved up to third in Serie
 * A": the verb of standing at `verb` puts its subject at a place in a table, which only a side
 * takes; a candidate is placed "in the polls", which names no table. Where the caller knows the
 * subject is a side's (`needsTable` false), the place alone will do: "move up to fifth".
 */
export function reachesTablePosition(tokens: Token[], verb: number, needsTable = true): boolean {
  let k = verb + 1;
  while (k <= verb + TOWARD_REACH && TOWARD_WORDS.has(tokens[k]?.lower ?? '')) k++;
  const place = tokens[k];
  if (!place || !(ORDINAL_FIGURE.test(place.text) || ORDINAL_WORDS.has(place.lower))) return false;
  if (tokens[k + 1]?.lower !== 'in') return !needsTable && k > verb + 1;
  const from = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  if (tokens[from] && !tokens[from].cap) return TABLE_WORDS.has(tokens[from].lower);
  let to = from;
  while (to < from + COMPETITION_WORDS && tokens[to]?.cap) to++;
  return to > from && (TABLE_WORDS.has(tokens[to - 1].lower) || lexiconKind(lowerPhrase(tokens, from, to)) === 'organization');
}
