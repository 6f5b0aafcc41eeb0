import { COUNT_NOUNS, NOUNS_OF_A_YEAR, RECORD_WORDS, VERBS_AFTER_YEAR } from '../../lexicon/date-modifiers';
import { compromiseLexicon } from '../../nlp/lexicon';

/** Small, bounded look-arounds on the text next to a match. */

const PREV_WORD = /([A-Za-z][A-Za-z.'-]*|[$£€¥#%])\s*$/;
const NEXT_WORD = /^\s*([A-Za-z][A-Za-z'-]*|[%$£€¥])/;

/** The word just before `at`, lower-cased ("in" for "in May"), or "" at a sentence start. */
export function wordBefore(text: string, at: number): string {
  const m = PREV_WORD.exec(text.slice(Math.max(0, at - 24), at));
  return m ? m[1].toLowerCase() : '';
}

const WORD_BREAKS: ReadonlySet<string> = new Set([' ', '-', '\n', '\t']);

/** Verbs whose particle is "over", which a count after it does not take as its bound: "took over 18 months ago". */
export const OVER_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'took', 'take', 'takes', 'taking', 'taken', 'handed', 'hand', 'hands', 'handing', 'turned', 'turn', 'turns', 'won',
  'carried', 'moved', 'switched', 'passed', 'left',
]);

/**
 * The word right before `at` and one space or hyphen, as written and at most `reach` characters
 * long: "USA" in "USA Today", "CNN" in "CNN-USA"; "" where no space or hyphen comes first.
 */
export function casedWordBefore(text: string, at: number, reach: number): string {
  if (!WORD_BREAKS.has(text[at - 1] ?? '')) return '';
  let from = at - 1;
  while (from > 0 && at - from <= reach && !WORD_BREAKS.has(text[from - 1])) from--;
  return text.slice(from, at - 1);
}

/** "the " right before a match that takes its article into its span. */
const ARTICLE_BEFORE = /\bthe\s$/i;
const ARTICLE_REACH = 5;

/**
 * Where a span starting at `at` begins with the article right before it: "over the Thanksgiving
 * weekend", "the 2017-18 school year", as OntoNotes and TimeML span such names of a time.
 */
export function withArticle(text: string, at: number): number {
  // One character more than "the " so that the word boundary sees what stands before it ("bathe").
  const the = ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - ARTICLE_REACH), at));
  return the ? at - the[0].length : at;
}

/** The word just after `at`, as written. */
export function wordAfter(text: string, at: number): string {
  const m = NEXT_WORD.exec(text.slice(at, at + 24));
  return m ? m[1] : '';
}

const LETTER_RUN = /[a-z]+/gi;

/** A word of `text`, lower-cased, is in one of `sets`: "closed" or "shares" in the clause before a figure. */
export function hasWordIn(text: string, ...sets: ReadonlyArray<ReadonlySet<string>>): boolean {
  return (text.match(LETTER_RUN) ?? []).some((w) => {
    const lower = w.toLowerCase();
    return sets.some((set) => set.has(lower));
  });
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The character before `at`, skipping one space: catches "$ 2014" and "No. 1949". */
export function charBefore(text: string, at: number): string {
  let i = at - 1;
  if (text[i] === ' ') i--;
  return i >= 0 ? text[i] : '';
}

/** Plurals without an s that a number counts: "schoolchildren", "firemen", "townspeople", "feet". */
const IRREGULAR_PLURAL = /(?:children|men|people|folk|feet|teeth|geese|mice)$/;

/** `word` (lower-case) is a noun a bare number counts, which makes the number no year or day: "2014 votes". */
export function isCountedNoun(word: string): boolean {
  if (word === '' || VERBS_AFTER_YEAR.has(word) || NOUNS_OF_A_YEAR.has(word)) return false;
  return COUNT_NOUNS.has(word) || /[^'s]s$/.test(word) || IRREGULAR_PLURAL.test(word);
}

/** `word` (lower-case) marks a record: a superlative ("lowest", "biggest") or "first", "best", "record". */
export function isRecordWord(word: string): boolean {
  if (RECORD_WORDS.has(word)) return true;
  const tags = compromiseLexicon().tags(word);
  return tags !== undefined && tags.includes('Superlative');
}

const CLAUSE_TAGS = new Set(['Copula', 'Modal', 'Auxiliary', 'Preposition']);

/** A verb or preposition that no noun phrase runs across: "is" of "the first payment is due". */
export function endsNounPhrase(word: string): boolean {
  if (word === 'to' || word === 'due') return true;
  const tags = compromiseLexicon().tags(word);
  return tags !== undefined && tags.some((t) => CLAUSE_TAGS.has(t));
}
