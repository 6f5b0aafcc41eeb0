import { organizationCue, SPEECH_VERBS } from './context-cues';
import type { Token } from './tokens';

// Heads of the name of a house of collections or of the stage, which is a building and the body
// that runs it: "the Getty Museum", "the Old Vic Theatre". A hospital is a body wherever it stands.
const MUSEUM_HEADS: ReadonlySet<string> = new Set(['museum', 'gallery', 'galleries', 'theatre', 'theater']);

// What a museum does as a body: "the Getty Museum bought", "the Met will sell", "the museum agreed".
const INSTITUTION_VERBS: ReadonlySet<string> = new Set([
  'will', 'would', 'plans', 'planned', 'bought', 'buys', 'sold', 'sells', 'acquired', 'acquires', 'agreed', 'announced',
  'returned', 'returns', 'received', 'owns', 'hired', 'named', 'appointed', 'sued', 'has', 'had', 'paid', 'lent',
]);

// What a museum has as a body: "the Museum of Modern Art's director".
const MUSEUM_POSSESSIONS: ReadonlySet<string> = new Set([
  'director', 'curator', 'curators', 'trustees', 'board', 'collection', 'collections', 'spokesman', 'spokeswoman',
  // a theatre's heads and staff: "the theatre's chief executive", "the theatre's artistic director"
  'chief', 'staff', 'artistic',
]);

/** The index past "in" and the place a museum stands in: "the British Museum in London has". */
function pastLocation(tokens: Token[], to: number): number {
  if (tokens[to]?.lower !== 'in' || !tokens[to + 1]?.cap) return to;
  let k = to + 1;
  while (tokens[k] && (tokens[k].cap || (tokens[k].text === ',' && tokens[k + 1]?.cap))) k++;
  return k;
}

/**
 * "said Ann Hale of the Imperial War Museum", "Director of the British Museum": a name or a post
 * before "of the" is someone the museum employs, so the museum is the body.
 */
function employsNameBefore(tokens: Token[], from: number): boolean {
  const holder = tokens[from - 3];
  return tokens[from - 1]?.lower === 'the' && tokens[from - 2]?.lower === 'of' && !!holder && holder.cap && holder.word && !holder.possessive;
}

/**
 * "The Metropolitan Museum of Art said it would sell prints", "the Getty Museum bought": a museum
 * that speaks, acts or owns, wherever it stands, is the body news annotation marks as an
 * organization, and so is one that employs the person named before it; where it stands or is
 * visited ("at the Getty Museum", "the Museum of Flight in Seattle") it stays a place. So with a hospital or a theatre: "Great Ormond Street Hospital said
 * it had treated 40 children", but "she was taken to St Bride's Hospital".
 */
export function isActingMuseum(tokens: Token[], from: number, to: number): boolean {
  if (!tokens.slice(from, to).some((t) => MUSEUM_HEADS.has(t.lower.replace(/'s$/, '')))) return false;
  if (tokens[to - 1].possessive) return MUSEUM_POSSESSIONS.has(tokens[to]?.lower ?? '') || organizationCue(tokens, from, to) === 'organization/possession';
  const next = tokens[pastLocation(tokens, to)]?.lower ?? '';
  return SPEECH_VERBS.has(next) || INSTITUTION_VERBS.has(next) || employsNameBefore(tokens, from);
}
