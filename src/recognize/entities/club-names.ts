import { SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { CLUB_POSTS } from '../../lexicon/titles';
import { gazetteer } from '../../lexicon/gazetteer';
import { gazetteerPlaceOf } from './gazetteer-place';
import { isClearGivenName, isEnglishWord, isLexiconGivenName, isSurname, lexiconKind } from './name-words';
import { couldBePersonName, isRegnalName, personRule } from './person-shape';
import { isTeamInResults } from './results-line';
import { standsAsSide } from './teams';
import { lowerPhrase, type Token } from './tokens';

// Tests on a run that news annotation marks as a sports club, or as a place though it plays as a side.

/**
 * "Ajax Amsterdam beat Feyenoord 3-1", "lost 2-0 to Sparta Rotterdam": a name that ends in a
 * city and plays in a match is a club, though a name list holds its first word. A common given
 * name keeps the person ("Jack London beat the odds" is rare beside "Paris Hilton").
 */
export function isClubOfTown(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || isLexiconGivenName(tokens[from].lower) || gazetteerPlaceOf(tokens, to - 1, to)?.type !== 'city') return false;
  return standsAsSide(tokens, from, to) || isTownClubName(tokens, from, to);
}

// Verbs in the plural that British sports writing gives a club: "Ajax Amsterdam have signed".
const CLUB_PLURAL_VERBS = new Set(['have', 'are', 'were']);

/**
 * "Ajax Amsterdam have signed", "Vitesse Arnhem were relegated": a word that no list holds as an
 * English word, a place, a surname or a clear given name, before a city, takes the plural verb
 * only as a club's name. A person's name would take the singular, and East Asian names often end
 * in a town's name, so the verb is needed.
 */
function isTownClubName(tokens: Token[], from: number, to: number): boolean {
  const [name, verb, next] = [tokens[from], tokens[to], tokens[to + 1]];
  if (to - from !== 2 || !verb || !CLUB_PLURAL_VERBS.has(verb.lower) || !next?.word || next.cap) return false;
  if (name.upper || isEnglishWord(name.lower) || isClearGivenName(name.lower) || isSurname(name.lower)) return false;
  return !isSurname(tokens[from + 1].lower) && !gazetteer().place(name.text);
}

/**
 * "beat Willem II 3-0", "Willem II coach Co Adriaanse": a given name and a number, with no
 * surname between, that plays in a match or employs a club's staff is a club named for a king.
 * Elsewhere it stays the king ("Willem II signed the decree").
 */
export function isNumberedClub(tokens: Token[], from: number, to: number): boolean {
  if (!isRegnalName(tokens.slice(from, to))) return false;
  return standsAsSide(tokens, from, to) || isTeamInResults(tokens, from, to) || CLUB_POSTS.has(tokens[to]?.lower ?? '');
}

// Words of a player's name before the bracket that holds his club.
const MAX_PLAYER_WORDS = 3;

/**
 * "Goalkeepers - David Seaman ( Arsenal ) , Tim Flowers ( Blackburn )": in a line that lists
 * players with brackets and no word of prose, a bracket after a player's full name that holds a town or a name no
 * list knows holds his club. A country, state or region there is where he comes from. A ranked
 * line of scorers ("3 - Ulf Kirsten ( Leverkusen )") may hold one bracket only.
 */
export function isPlayersClub(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== '(' || !closesWithRole(tokens, to) || to - from > 2) return false;
  // A county or province in the bracket is the side that plays under its name ("( Lancashire )").
  const type = gazetteerPlaceOf(tokens, from, to)?.type;
  if ((type && type !== 'city' && type !== 'division') || lexiconKind(lowerPhrase(tokens, from, to)) === 'person') return false;
  let start = from - 1;
  // "Dennis de Nooijer ( Heerenveen )": a particle inside the player's name is part of it.
  const inName = (t: Token) => t.cap || SURNAME_PARTICLES.has(t.lower);
  while (start > 0 && from - 1 - start < MAX_PLAYER_WORDS && inName(tokens[start - 1]) && !tokens[start].breakBefore) start--;
  while (start < from - 1 && !tokens[start].cap) start++;
  if (start === from - 1) return false;
  let lineStart = start;
  while (lineStart > 0 && !tokens[lineStart].breakBefore) lineStart--;
  // Two plain words no list knows are a player's too, in a ranked line or one of several
  // brackets: "2 - Piet Hellinga ( Utrecht )", "… , Arvydas Sabonis ( Panathinaikos ) 19".
  const ranked = FIGURE.test(tokens[lineStart].text);
  const plainName = from - 1 - start >= 2 && couldBePersonName(tokens, start, from - 1);
  if (!personRule(tokens, start, from - 1) && !plainName) return false;
  let brackets = 0;
  let open = false;
  let prose = false;
  for (let k = lineStart; k < tokens.length && (k === lineStart || !tokens[k].breakBefore); k++) {
    if (tokens[k].text === '(' || tokens[k].text === ')') open = tokens[k].text === '(';
    if (tokens[k].text === '(') brackets++;
    // "Leading scorers : …": the words of a label before the list's colon are no prose.
    else if (tokens[k].text === ':' && brackets === 0) prose = false;
    // "( Lancashire , captain )": a role inside the bracket is no prose either.
    else if (!open && tokens[k].word && !tokens[k].cap && tokens[k].lower !== 'and' && !SURNAME_PARTICLES.has(tokens[k].lower) && !FIGURE.test(tokens[k].text)) prose = true;
  }
  // "Sigurd Rushfeldt ( Tromso ) 7": a row of a scorers' table, the player's goals closing the line.
  const after = tokens[to + 2];
  const tally = start === lineStart && tokens[to].text === ')' && FIGURE.test(tokens[to + 1]?.text ?? '') && (!after || after.breakBefore);
  return !prose && (brackets >= 2 || (ranked && lineStart < start) || tally);
}

// A rank, a count of goals or a minute: "3 -", "1.", "12".
const FIGURE = /^\d+\.?$/;
const MAX_ROLE_WORDS = 2;

/** The bracket closes at `k`, maybe after a comma and the player's role: ")", ", captain )". */
function closesWithRole(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text === ')') return true;
  if (tokens[k]?.text !== ',') return false;
  let end = k + 1;
  while (end <= k + MAX_ROLE_WORDS && tokens[end]?.word && !tokens[end].cap) end++;
  return end > k + 1 && tokens[end]?.text === ')';
}

/** A country or region playing in a table stays a place, as news annotation has it ("Brazil 3 Peru 0"). */
export function isNationalSide(tokens: Token[], from: number, to: number): boolean {
  const type = gazetteerPlaceOf(tokens, from, to)?.type;
  return type === 'country' || type === 'region';
}
