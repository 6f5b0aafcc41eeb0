import { FOOTBALL_CLUBS } from '../../lexicon/football-clubs';
import { isFullWeekdayName } from '../../lexicon/weekdays';
import { gazetteer } from '../../lexicon/gazetteer';
import { isCommonWord, lexiconTags } from './name-words';
import { lowerPhrase, type Token } from './tokens';

export const CLUB_SHORT_NAME_RULE = 'organization/club-short-name';

/** A run's decision as the document pass sees it. */
interface Run {
  decision: { from: number; to: number; kind: string; span?: unknown };
  tokens: Token[];
}

/** A club of the hand list, or a professional team compromise knows, by its lower-cased name. */
export const isListedClubName = (name: string): boolean => FOOTBALL_CLUBS.has(name) || lexiconTags(name).includes('SportsTeam');

/**
 * The run names in full a club of the hand list, or a professional team compromise knows by its
 * place and nickname ("Oklahoma City Thunder", "Miami Heat"), which then goes by its nickname.
 */
function isListedClub(r: Run): boolean {
  if (r.decision.to - r.decision.from < 2) return false;
  return isListedClubName(lowerPhrase(r.tokens, r.decision.from, r.decision.to));
}

/** The document names a club of the hand list in full ("Crystal Palace", "Real Madrid"). */
export const namesListedClub = (runs: readonly Run[]): boolean => runs.some(isListedClub);

/**
 * The short names this document's listed clubs go by, lower-cased, each to its club's full
 * name: "city" → "manchester city", "palace" → "crystal palace", "villa" → "aston villa", "inter"
 * → "inter milan". Sport copy calls a club by the last word of its name once the full name is
 * given, or by its own word before its town's. A word another
 * name of the document ends with names neither ("Manchester City … Leicester City"), and a
 * weekday ("Sheffield Wednesday") is a date.
 */
export function clubShortNames(runs: readonly Run[]): Map<string, string> {
  const shorts = new Map<string, string>();
  for (const r of runs) {
    const last = r.tokens[r.decision.to - 1];
    if (!isListedClub(r)) continue;
    const club = lowerPhrase(r.tokens, r.decision.from, r.decision.to);
    if (!isFullWeekdayName(last.lower)) shorts.set(last.lower, club);
    // "Inter Milan … Inter", "Steaua Bucharest … Steaua": a club named by its own word and its
    // town goes by its own word, unless that word is a common English one ("Real", "Rapid") or a place.
    const first = r.tokens[r.decision.from];
    if (r.decision.to - r.decision.from === 2 && gazetteer().place(last.text) && !isCommonWord(first.lower) && !gazetteer().place(first.text)) shorts.set(first.lower, club);
  }
  // "Manchester City … Leicester City": any other name of the document that ends with the word.
  for (const r of runs) {
    const { from, to } = r.decision;
    const word = r.tokens[to - 1].lower;
    if (to - from > 1 && shorts.has(word) && shorts.get(word) !== lowerPhrase(r.tokens, from, to)) shorts.delete(word);
  }
  return shorts;
}

/**
 * The run is one capitalized word that is a short name of the document's club: "City host
 * Nottingham Forest", "put City ahead". Not "the City of London", which an "of" follows.
 */
export function isClubShortName(r: Run, shorts: ReadonlyMap<string, string>): boolean {
  const { from, to } = r.decision;
  if (to - from !== 1 || r.decision.span) return false;
  const word = r.tokens[from];
  return !word.upper && shorts.has(word.lower) && r.tokens[to]?.lower !== 'of';
}
