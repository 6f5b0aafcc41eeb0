import { personalCue } from './context-cues';
import { mayBeUndottedInitialsName } from './person-shape';
import type { Token } from './tokens';

const CREATOR_RULE = 'person/creator';
// Participles of making a work, and works one author signs, whose maker after "by" is a person:
// "directed by", "written by", "a paper by", "a novel by".
const CREATOR_WORDS = new Set(['directed', 'written', 'composed', 'painted', 'sung', 'illustrated', 'photographed', 'narrated', 'choreographed', 'authored', 'co-written', 'co-directed',
  'paper', 'novel', 'book', 'essay', 'poem', 'memoir', 'painting', 'song', 'album', 'play', 'sculpture']);

/** "directed by …", "a paper by …": the name after "by" and a word of making a work, or a work one author signs. */
const isCreatorAgent = (tokens: Token[], from: number): boolean => tokens[from - 1]?.lower === 'by' && CREATOR_WORDS.has(tokens[from - 2]?.lower ?? '');

/**
 * "directed by JJ Abrams", "JJ Abrams said he", "a paper by AS Heagle": a cue only people take
 * makes two undotted capitals and a word no list knows a person's initials and surname, which
 * would otherwise read as a firm's letters and house ("SG Warburg") or a club's ("AS Roma").
 */
export function undottedInitialsCue(tokens: Token[], from: number, to: number): string | undefined {
  if (!mayBeUndottedInitialsName(tokens, from, to)) return undefined;
  // The capitals make no personal run; the cue is read after the surname ("Abrams said he").
  return personalCue(tokens, from + 1, to) ?? (isCreatorAgent(tokens, from) ? CREATOR_RULE : undefined);
}
