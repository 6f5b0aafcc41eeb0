/**
 * A past perfect ("had risen", "had been closed", "had sold"): its sentence tells of a time
 * before the one the story stands at. "had risen 5% by September" is a deadline already met,
 * and "had opened the accounts in December" after a dated arrest is the December before it.
 * Verbs of a plan or a forecast look ahead ("had promised to repay by March").
 */
export const PAST_PERFECT = /\bhad\s+(?:already\s+)?(?:been\s+)?(?!(?:been|planned|hoped|expected|intended|wanted|promised|agreed|pledged|vowed|aimed|scheduled|targeted|needed|decided|proposed|threatened|asked|urged|ordered|told|set|due|supposed|required|forecast|predicted|projected|estimated)\b)(?:[a-z]{2,}(?:ed|en)|sold|lost|made|paid|bought|won|cut|hit|spent|built|slid|done|gone|left|met|reached|shed)\b/i;

/** Where a sentence joins one clause to the next: "had gained access on April 2, and on June 3 it hired a firm". */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|when|then)\b/gi;

/**
 * The clause of `sentence` that holds offset `at` (relative to the sentence) has a past perfect
 * before it: "Hackers had gained access on April 2". After it the date is the report's ("On May
 * 5, the owner said the plant had closed").
 */
export function afterPastPerfect(sentence: string, at: number): boolean {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m && m.index < at; m = CLAUSE_BREAK.exec(sentence)) start = m.index + m[0].length;
  return PAST_PERFECT.test(sentence.slice(start, at));
}
