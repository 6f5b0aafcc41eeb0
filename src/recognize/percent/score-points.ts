/**
 * Words of a game's scoring: in their sentence, "half a point" is a share of a chess or contest
 * score ("leads by half a point after seven games"), not of a rate, a yield or a poll.
 */
const SCORING_WORDS = /\b(?:games?|match(?:es)?|tournaments?|chess|grandmasters?|olympiads?|standings|championships?|league|judges|scorecards?)\b/i;

/** How far on each side of a bare "point" its sentence is searched for scoring words. */
const SENTENCE_REACH = 160;

const SENTENCE_MARKS = '.!?';

/** True when the sentence around text[start, end) is about a game's score. */
export function inScoringSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_REACH), start);
  const after = text.slice(end, end + SENTENCE_REACH);
  return SCORING_WORDS.test(before.slice(sentenceStart(before))) || SCORING_WORDS.test(after.slice(0, sentenceEnd(after)));
}

function sentenceStart(before: string): number {
  for (let i = before.length - 2; i >= 0; i--) if (SENTENCE_MARKS.includes(before[i]) && /\s/.test(before[i + 1])) return i + 1;
  return 0;
}

function sentenceEnd(after: string): number {
  for (let i = 0; i < after.length; i++) if (SENTENCE_MARKS.includes(after[i]) && (i + 1 === after.length || /\s/.test(after[i + 1]))) return i;
  return after.length;
}
