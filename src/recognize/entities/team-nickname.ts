import { gazetteer, isUsState } from '../../lexicon/gazetteer';
import { PLACE_HEADS } from '../../lexicon/org-words';
import { gazetteerPlaceOf } from './gazetteer-place';
import type { Token } from './tokens';

// A nickname in the plural: "Bulls", "Knicks", "Red Sox" ends in "Sox", "Maple Leafs".
const PLURAL = /^\p{Lu}\p{Ll}+(?:s|x)$/u;
// Plural words of places that follow a state's or city's name: "Florida Keys", "Palm Springs".
const PLURAL_PLACE_WORDS = new Set(['springs', 'keys', 'lakes', 'rapids', 'narrows', 'flats', 'woods', 'dunes', 'glades', 'everglades', 'downs', 'meadows']);
const MAX_NICKNAME_WORDS = 2;

/** The rule of a city's team named with its nickname, which then names the team alone ("the Bulls"). */
export const TEAM_NICKNAME_RULE = 'organization/team-nickname';

/**
 * A city or US state followed by a nickname in the plural names a professional team: "Chicago
 * Bulls", "New York Knicks", "St. Louis Cardinals", "Texas Rangers". A country's name opens a
 * national side's nickname as often as a branch's ("Australia Wallabies"), so it does not count;
 * nor does another country's province, whose fans' clubs take the form too ("the Ontario Fans").
 * Returns where the city ends, or -1.
 */
export function teamNicknameStart(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k > from && to - k <= MAX_NICKNAME_WORDS; k--) {
    if (!isNickname(tokens, k, to)) continue;
    const place = gazetteerPlaceOf(tokens, from, k);
    if (place?.type === 'city' || (place?.type === 'state' && isUsState(place.canonical))) return k;
  }
  return -1;
}

/** A plural nickname alone, as "the Bulls" names the team after "Chicago Bulls". */
export function isNickname(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (!PLURAL.test(last.text) || PLACE_HEADS.has(last.lower) || PLURAL_PLACE_WORDS.has(last.lower)) return false;
  return tokens.slice(from, to).every((t) => t.cap && !t.upper && !gazetteer().place(t.text) && !gazetteer().isDemonym(t.text));
}
