import { sentenceAt } from '../../text/sentence-at';
import type { DateScan } from './hit';

/**
 * Words that tell a yearly habit, not one occasion: "The minimum is usually reached in late
 * February", "Rents are reviewed annually in April", "The fair is held every year in June".
 * Not "always" nor "generally", which also tell what a past event was like ("Analysts generally
 * expected a cut in March").
 */
const YEARLY_HABIT = /\b(?:usually|typically|normally|traditionally|customarily|annually|yearly|(?:every|each)\s+year)\b/i;

/** What parts one clause of a sentence from the next: "Sales usually peak in December, but this year they peaked in March". */
const CLAUSE_BREAK = /[,;:]|\s(?:but|while|whereas)\s/gi;

/**
 * The clause around `start`..`end` tells a yearly habit, so a month in it is any year's
 * (XXXX-02), not the reference's or the one the tense picks.
 */
export function toldAsYearlyHabit(scan: DateScan, start: number, end: number): boolean {
  const s = scan.sentences[sentenceAt(scan.sentences, start)];
  if (!s || end > s.end) return false;
  const sentence = scan.text.slice(s.start, s.end);
  let from = 0;
  let to = sentence.length;
  for (const b of sentence.matchAll(CLAUSE_BREAK)) {
    const at = b.index;
    if (at + s.start < start) from = at + b[0].length;
    else if (at + s.start >= end) {
      to = at;
      break;
    }
  }
  return YEARLY_HABIT.test(sentence.slice(from, to));
}
