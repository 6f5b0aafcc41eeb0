import { JOURNAL_NOUNS, ONE_WORD_JOURNALS, PUBLISHING_WORDS } from '../../lexicon/journals';
import type { Token } from './tokens';

/**
 * "published in Nature", "writing in Science", "the journal Cell": a journal's one-word title,
 * which is an ordinary word, after a noun of journals or after "in" that a word of publishing
 * opens ("the", as in "published in the Lancet", may come between).
 */
export function isJournalTitle(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !ONE_WORD_JOURNALS.has(tokens[from].lower) || tokens[from].upper) return false;
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  const before = tokens[k];
  if (!before || before.cap) return false;
  if (JOURNAL_NOUNS.has(before.lower)) return true;
  return before.lower === 'in' && PUBLISHING_WORDS.has(tokens[k - 1]?.lower ?? '');
}
