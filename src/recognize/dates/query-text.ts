/**
 * The most words a text may have to be read as a query rather than an article: a calendar
 * request or chat line ("at 7:30 PM on Fri, Sep 20", "later than 9:30 but before 11:00 on
 * Thursday") is a phrase, while the shortest article (a headline and a dateline) runs longer.
 */
const MAX_QUERY_WORDS = 10;

const WORD = /[A-Za-z0-9]+/g;

/** A capital, then anything, then a full stop: a written sentence ("Two people died over the weekend."). */
const WRITTEN_SENTENCE = /^\s*[A-Z].*\.\s*$/s;

/**
 * The text is one line of at most MAX_QUERY_WORDS words typed as a request ("tuesday at 3pm",
 * "christmas", "in 2 hours"), not a sentence written with a capital and a full stop.
 */
export function isQueryText(text: string): boolean {
  if (text.length > MAX_QUERY_WORDS * 16 || text.trim().includes('\n') || WRITTEN_SENTENCE.test(text)) return false;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) if (++words > MAX_QUERY_WORDS) return false;
  return true;
}
