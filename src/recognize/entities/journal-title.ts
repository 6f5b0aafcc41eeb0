import { JOURNAL_NOUNS, ONE_WORD_JOURNALS, PUBLISHING_WORDS } from '../../lexicon/journals';
import { PLACE_HEADS } from '../../lexicon/org-words';
import { isFullWeekdayName } from '../../lexicon/weekdays';
import type { Token } from './tokens';

// The most capitalized words of a field after a journal's one-word title: "Nature Climate Change".
const MAX_FIELD_WORDS = 2;
// Words of a near day that may stand alone between the publishing and the "in": "reported today in Science".
const NEAR_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday']);
// "last week", "this month": a near period between the publishing and the "in".
const PERIOD_DEICTICS: ReadonlySet<string> = new Set(['this', 'last']);
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year']);

/** The index of the word before a dating phrase that ends at `k` ("on Tuesday", "last week", "today"), or `k` when none does. */
function pastDating(tokens: Token[], k: number): number {
  const word = tokens[k]?.lower ?? '';
  if (NEAR_DAYS.has(word)) return k - 1;
  if (isFullWeekdayName(word) && tokens[k - 1]?.lower === 'on') return k - 2;
  if (PERIOD_NOUNS.has(word) && PERIOD_DEICTICS.has(tokens[k - 1]?.lower ?? '')) return k - 2;
  return k;
}

/**
 * Whether the words after a journal's title are a field that its family of journals names:
 * "Nature Geoscience", "Cell Reports"; a place's head makes them a place ("Science Park Road").
 */
function isFieldOfTitle(tokens: Token[], from: number, to: number): boolean {
  return to - from <= MAX_FIELD_WORDS && tokens.slice(from, to).every((t) => t.cap && !t.upper && !t.possessive && !PLACE_HEADS.has(t.lower));
}

/**
 * "published in Nature", "writing in Science", "the journal Cell": a journal's one-word title,
 * which is an ordinary word, after a noun of journals or after "in" that a word of publishing
 * opens ("the", as in "published in the Lancet", may come between, and a dating phrase may come
 * before the "in": "published on Tuesday in the Lancet"). After the same cue the title may go on
 * with a field, as its family of journals does: "reported in Nature Geoscience".
 */
export function isJournalTitle(tokens: Token[], from: number, to: number): boolean {
  if (!ONE_WORD_JOURNALS.has(tokens[from].lower) || tokens[from].upper || !isFieldOfTitle(tokens, from + 1, to)) return false;
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  const before = tokens[k];
  if (!before || before.cap) return false;
  if (JOURNAL_NOUNS.has(before.lower)) return true;
  return before.lower === 'in' && PUBLISHING_WORDS.has(tokens[pastDating(tokens, k - 1)]?.lower ?? '');
}
