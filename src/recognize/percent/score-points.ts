import type { Sentence } from '../../pipeline-types';
import { sentenceAt } from '../../text/sentence-at';

/**
 * Words of a game's scoring: in their sentence, "half a point" is a share of a chess or contest
 * score ("leads by half a point after seven games"), not of a rate, a yield or a poll.
 */
const SCORING_WORDS = /\b(?:games?|match(?:es)?|tournaments?|chess|grandmasters?|olympiads?|standings|championships?|league|judges|scorecards?)\b/i;

/** How far on each side of a bare "point" its sentence is searched for scoring words. */
const SENTENCE_REACH = 160;

/** True when the sentence around text[start, end) is about a game's score. */
export function inScoringSentence(text: string, sentences: readonly Sentence[], start: number, end: number): boolean {
  const sentence = sentences[sentenceAt(sentences, start)];
  const from = Math.max(start - SENTENCE_REACH, sentence?.start ?? 0);
  const to = Math.min(end + SENTENCE_REACH, sentence?.end ?? text.length);
  return SCORING_WORDS.test(text.slice(from, to));
}
