import { POSSESSIVE_DETERMINERS } from '../../lexicon/determiners';
import { gazetteer } from '../../lexicon/gazetteer';
import { isModifiedNoun, placeCue } from './context-cues';
import { writtenPhrase } from './gazetteer-place';
import { isEnglishWord, isGivenName, isSurname, lexiconKind } from './name-words';
import { lowerPhrase, type Token } from './tokens';

// Prepositions that put a town on the map: "a house in Bath", "a man from Glastonbury", "the
// hills above Altadena", "bodies washed up toward Susa". Not "to" or "at", which lead to a vote's
// or a rebuke's target as often ("the vote went to Bath", "hit back at Dunmore").
const TOWN_PREPOSITIONS = new Set(['in', 'near', 'outside', 'from', 'toward', 'towards', 'above']);
// Where a firm works, named by its town: "its Cupertino headquarters", "the bank's Renton plant".
const SITE_NOUNS = new Set(['headquarters', 'hq', 'campus', 'plant', 'factory', 'office', 'offices', 'site', 'facility', 'warehouse', 'refinery', 'mill', 'store', 'branch', 'hub', 'base']);
// The most words a county or state after a town's comma has: "Bath and North East Somerset".
const REGION_WORDS = 5;

/**
 * A town too small for the city list, which only a strong cue makes a place, since its name is
 * often a word or a surname too: its own county or state after a comma ("Wells, Somerset",
 * "Glastonbury, Connecticut"), or a preposition of place where the name is no person's and
 * qualifies no noun ("the museum in Bath", "a man from Glastonbury"; not "in Bath stone").
 */
export function isCuedTown(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1].possessive) return false;
  const regions = gazetteer().townRegions(writtenPhrase(tokens, from, to));
  if (!regions) return false;
  if (namesOwnRegion(tokens, to, regions) || isNamedTownAfterPreposition(tokens, from, to)) return true;
  const lower = lowerPhrase(tokens, from, to);
  if (isGivenName(tokens[from].lower) || isSurname(tokens[to - 1].lower) || lexiconKind(lower)) return false;
  // "Residents in Oberwil said": a name no word list holds after a cue of place is the lone-name
  // rule's (location/preposition), which reads every mention of it.
  if (!isEnglishWord(lower) && placeCue(tokens, from, to)) return false;
  return TOWN_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && !isModifiedNoun(tokens[to]);
}

// What joins a town to its own county or state after it: "Wells, Somerset", "Hakone in Kanagawa prefecture".
const REGION_JOINERS = new Set([',', 'in']);

/** A comma or "in" and one of the town's own counties or states follow the run, and end there. */
function namesOwnRegion(tokens: Token[], to: number, regions: readonly string[]): boolean {
  if (!REGION_JOINERS.has(tokens[to]?.text ?? '')) return false;
  for (let end = to + 2; end <= Math.min(tokens.length, to + 1 + REGION_WORDS); end++) {
    const last = tokens[end - 1];
    if (!last.word || last.breakBefore) return false;
    const region = lowerPhrase(tokens, to + 1, end);
    if (regions.includes(region)) return !last.possessive && !tokens[end]?.cap;
  }
  return false;
}

/**
 * "at its Cupertino headquarters", "Walmart's Bentonville offices": between an owner and the site
 * it works from, a town the town list knows is where the site is, not the owner's name.
 */
export function isOwnersSite(tokens: Token[], from: number, to: number): boolean {
  const [owner, site] = [tokens[from - 1], tokens[to]];
  if (!owner || !site || site.cap || !SITE_NOUNS.has(site.lower) || tokens[to - 1].possessive) return false;
  if (!POSSESSIVE_DETERMINERS.has(owner.lower) && !owner.possessive) return false;
  return !!gazetteer().townRegions(writtenPhrase(tokens, from, to)) && !lexiconKind(lowerPhrase(tokens, from, to));
}

/**
 * "fled to exile in Mae Sot", "a house in Glen Ellyn": after a preposition of place, a town the
 * town list knows by its whole name of two words or more is the town, though a given name opens
 * it; a surname that closes it makes it a person as often ("in Jim Smith's house").
 */
export function isNamedTownAfterPreposition(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !TOWN_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') || tokens[to - 1].possessive || isSurname(tokens[to - 1].lower)) return false;
  return !!gazetteer().townRegions(writtenPhrase(tokens, from, to)) && !lexiconKind(lowerPhrase(tokens, from, to));
}
