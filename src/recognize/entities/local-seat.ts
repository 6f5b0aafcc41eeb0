import { isGazetteerPlace } from './place-rules';
import type { Token } from './tokens';

// Divisions whose own government the post after the name serves: "Buncombe County Manager",
// "Orleans Parish Administrator". The division's word stays in the place's name.
const DIVISION_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough', 'township']);

// Towns whose word belongs to the post, not to the name: "Kerrville City Manager", "Hunt Village
// Clerk", as the town's own name is "Kerrville" ("Kansas City", which the gazetteer knows, keeps it).
const MUNICIPAL_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

// Posts on a local government's staff, capitalized as a title before their holder. Not "manager"
// in lower case, which follows a club named for its town ("Hull City manager Tom Lowe").
const LOCAL_POSTS: ReadonlySet<string> = new Set([
  'manager', 'administrator', 'clerk', 'attorney', 'executive', 'engineer', 'commissioner', 'auditor', 'treasurer', 'assessor',
]);

export const LOCAL_SEAT_RULE = 'location/local-seat';

/**
 * "Buncombe County Manager Avril Pinder", "Kerrville City Manager Dalton Rice": a county or a
 * town before a capitalized post of its own staff is the place the holder serves, not a firm
 * that employs them, as "Acme Manager" would name. Returns the end of the place's name, or -1.
 */
export function localSeatEnd(tokens: Token[], from: number, titleFrom: number): number {
  const post = tokens[titleFrom];
  const word = tokens[titleFrom - 1].lower;
  if (titleFrom - from < 2 || !post.cap || post.upper || !LOCAL_POSTS.has(post.lower)) return -1;
  if (DIVISION_WORDS.has(word)) return titleFrom;
  if (!MUNICIPAL_WORDS.has(word)) return -1;
  return isGazetteerPlace(tokens, from, titleFrom) ? titleFrom : titleFrom - 1;
}
