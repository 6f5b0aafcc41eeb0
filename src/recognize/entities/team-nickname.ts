import { gazetteer, isUsState } from '../../lexicon/gazetteer';
import { PLACE_HEADS } from '../../lexicon/org-words';
import { SIDE_NICKNAMES } from '../../lexicon/side-nicknames';
import { compromiseLexicon } from '../../nlp/lexicon';
import { gazetteerPlaceOf } from './gazetteer-place';
import { lowerPhrase, type Token } from './tokens';

// A nickname in the plural: "Bulls", "Knicks", "Red Sox" ends in "Sox", "Maple Leafs", "49ers".
const PLURAL = /^(?:\p{Lu}|\p{N}+)\p{Ll}+(?:s|x)$/u;
// Plural words of places that follow a state's or city's name: "Florida Keys", "Palm Springs".
const PLURAL_PLACE_WORDS = new Set(['springs', 'keys', 'lakes', 'rapids', 'narrows', 'flats', 'woods', 'dunes', 'glades', 'everglades', 'downs', 'meadows']);
// Events named by their place that read as plurals: "the Iowa Caucus", "the Glasgow Games".
const PLACE_EVENT_WORDS = new Set(['caucus', 'caucuses', 'primaries', 'elections', 'midterms', 'games', 'olympics', 'championships', 'finals', 'awards']);
const MAX_NICKNAME_WORDS = 2;

/** The rule of a city's team named with its nickname, which then names the team alone ("the Bulls"). */
export const TEAM_NICKNAME_RULE = 'organization/team-nickname';
export const KNOWN_NICKNAME_RULE = 'organization/known-nickname';

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
  if (!PLURAL.test(last.text) || PLACE_HEADS.has(last.lower) || PLURAL_PLACE_WORDS.has(last.lower) || PLACE_EVENT_WORDS.has(last.lower)) return false;
  return tokens.slice(from, to).every((t) => t.cap && !t.upper && !gazetteer().place(t.text) && !gazetteer().isDemonym(t.text));
}

// A nickname of a known team in lower case: "orioles", "red sox", "blue jays".
const PLURAL_NICKNAME = /^[a-z]+(?: [a-z]+)?(?:s|x)$/;
let knownNicknames: ReadonlySet<string> | undefined;

/**
 * The nicknames of the professional teams compromise knows by their place and nickname:
 * "baltimore orioles" → "orioles", "boston red sox" → "red sox", "cleveland indians" → "indians";
 * and those of clubs, national sides and college teams that it lacks ("gunners", "springboks").
 */
function teamNicknames(): ReadonlySet<string> {
  if (knownNicknames) return knownNicknames;
  const nicknames = new Set<string>(SIDE_NICKNAMES);
  for (const team of compromiseLexicon().phrasesTagged('SportsTeam')) {
    const words = team.split(' ');
    // The longest place that opens the name: "kansas city royals" is Kansas City's, not Kansas's.
    let k = words.length - 1;
    while (k > 0 && !gazetteer().place(words.slice(0, k).join(' '))) k--;
    const nickname = words.slice(k).join(' ');
    if (k > 0 && PLURAL_NICKNAME.test(nickname)) nicknames.add(nickname);
  }
  knownNicknames = nicknames;
  return nicknames;
}

/** A known team's nickname, lower-cased: "giants", "red sox". */
export const isKnownTeamNickname = (lower: string): boolean => teamNicknames().has(lower);

/**
 * "lost to the Orioles", "Indians 9 Royals 1": a known team's nickname names the team alone,
 * though the story never gives its city and the word is also a people's or a bird's. It takes an
 * article, is of two words or more, or stands in a line of results (`inResults`). A place of the same name ("the Rockies")
 * stays a place.
 */
export function isKnownNicknameAlone(tokens: Token[], from: number, to: number, inResults: () => boolean): boolean {
  const words = tokens.slice(from, to);
  if (words.length > MAX_NICKNAME_WORDS || words.some((t) => !t.cap || t.upper)) return false;
  const phrase = lowerPhrase(tokens, from, to);
  if (!isKnownTeamNickname(phrase) || gazetteer().place(phrase)) return false;
  // "South Africa edge All Blacks", "Blue Jays rally": a nickname of two words names no people or
  // birds, so a headline may drop its article.
  return tokens[from - 1]?.lower === 'the' || words.length > 1 || inResults();
}
