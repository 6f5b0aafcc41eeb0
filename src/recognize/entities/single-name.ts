import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { PLACE_ENDINGS, SLAVIC_SURNAME_ENDINGS, SURNAME_ENDINGS } from '../../lexicon/name-shapes';
import { ORG_MODIFIED_NOUNS } from '../../lexicon/org-words';
import { isCommonWordOrPlural, isSurname } from './name-words';
import { isCompanyObject, isListedAfterPlace, isSubjectPosition, isOwnedCompany, opensPersonalRelative, placeClassCue, placeCue, SHARES_OF_RULE, SPEECH_VERBS, townNounApposition, townOfCue } from './context-cues';
import { OWN_POSSESSION_VERBS, OWN_POSSESSIVES, PERSON_PASSIVE_VERBS, PERSON_SUBJECT_VERBS } from '../../lexicon/person-verbs';
import { PLAYER_VERBS } from '../../lexicon/player-verbs';
import { LEADER_POSSESSIONS } from '../../lexicon/titles';
import { placeApposition } from './place-apposition';
import { isAcronymPlural } from './person-shape';
import type { Token } from './tokens';

export interface KindVote {
  kind: EntityKind;
  rule: string;
}

const DIGIT = /\d/;
// "Warhol-like", "City-based": a name turned into an adjective.
const LOWER_COMPOUND = /-\p{Ll}+$/u;
const SURNAME_SHAPE = new RegExp(`(?:${SURNAME_ENDINGS.join('|')})$`, 'u');
const SLAVIC_SURNAME_SHAPE = new RegExp(`^.{4,}(?:${SLAVIC_SURNAME_ENDINGS.join('|')})$`, 'u');
const PLACE_SHAPE = new RegExp(`^.{3,}(?:${PLACE_ENDINGS.join('|')})$`, 'u');
const CLOSING_PUNCTUATION = new Set([',', '.', ';', ')', '"']);

/**
 * A lone capitalized word that no lexicon knows can still be a name: "Opel", "Fischler",
 * "Yeoncheon". It qualifies when it is no ordinary word, nationality, acronym or model name
 * ("Polaroids", "Ukrainian", "UTC", "787 Dreamliner", "Warhol-like").
 */
export function isLoneNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.upper || DIGIT.test(t.text) || LOWER_COMPOUND.test(t.text)) return false;
  if (isCommonWordOrPlural(t.lower) || gazetteer().isDemonym(t.text)) return false;
  return !isModelName(tokens, i);
}

/** "787 Dreamliner", "Airbus A380": a word next to a model number names a product. */
function isModelName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!!before && before.word && DIGIT.test(before.text)) || (!!after && after.word && DIGIT.test(after.text) && after.cap);
}

/**
 * The kind the words around one mention of a lone name give it: "Opel employees", "Uralsib
 * analyst" (organization); "Fischler said", "said Mauer.", "Dukakis conceded" (person); "in Yeoncheon", "the town
 * of Yeoncheon" (place).
 */
export function loneNameContext(tokens: Token[], i: number): KindVote | undefined {
  const t = tokens[i];
  // "Labour MSPs said": holders of a post, counted by an acronym's plural, are no one's name.
  if (isAcronymPlural(t)) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "the Monti government", "the Suharto regime": what a leader heads, named after the leader.
  if (before?.lower === 'the' && after && !t.possessive && !after.cap && LEADER_POSSESSIONS.has(after.lower)) return { kind: 'person', rule: 'person/leader-named' };
  // "the Reichmann family", "the Kennedy dynasty": a family named by its surname is its people.
  if (before?.lower === 'the' && after && !t.possessive && !after.cap && FAMILY_NOUNS.has(after.lower)) return { kind: 'person', rule: FAMILY_NAMED_RULE };
  if (after && !t.possessive && after.word && (!after.cap || after.upper) && ORG_MODIFIED_NOUNS.has(after.lower)) return { kind: 'organization', rule: 'organization/lone-modifier' };
  if (isOwnedCompany(tokens, i)) return { kind: 'organization', rule: SHARES_OF_RULE };
  if (isCompanyObject(tokens, i)) return { kind: 'organization', rule: 'organization/company-object' };
  if (placeCue(tokens, i, i + 1)) return { kind: 'location', rule: 'location/preposition' };
  // "The mayor of Hexham resigned": the town "of" a mayor is no subject of the verb after it.
  if (townOfCue(tokens, i)) return { kind: 'location', rule: PLACE_CLASS_RULE };
  // "Residents of Round Rock and Pflugerville said": the last of a list of places says nothing;
  // a surname stays a speaker ("Britain and Blair said").
  if (isListedAfterPlace(tokens, i) && !isSurname(t.lower)) return { kind: 'location', rule: 'location/list' };
  if (after && !t.possessive && SPEECH_VERBS.has(after.lower) && isSubjectPosition(tokens, i)) return { kind: 'person', rule: 'person/lone-said' };
  if (after && !t.possessive && PERSON_SUBJECT_VERBS.has(after.lower)) return { kind: 'person', rule: 'person/lone-subject' };
  if (after && !t.possessive && isPersonPassive(tokens, i + 1)) return { kind: 'person', rule: 'person/lone-passive' };
  if (after && !t.possessive && PLAYER_VERBS.has(after.lower)) return { kind: 'person', rule: LONE_PLAYER_RULE };
  // "Rodri made his first start": a verb whose "his" or "her" is the subject's own.
  if (after && !t.possessive && OWN_POSSESSION_VERBS.has(after.lower) && OWN_POSSESSIVES.has(tokens[i + 2]?.lower ?? '')) return { kind: 'person', rule: 'person/lone-own' };
  if (before && (before.lower === 'said' || before.lower === 'says') && (!after || CLOSING_PUNCTUATION.has(after.text))) return { kind: 'person', rule: 'person/lone-said' };
  if (opensPersonalRelative(tokens, i + 1)) return { kind: 'person', rule: 'person/lone-who' };
  if (placeClassCue(tokens, i, i + 1) || townNounApposition(tokens, i, i + 1)) return { kind: 'location', rule: PLACE_CLASS_RULE };
  if (placeApposition(tokens, i + 1)) return { kind: 'location', rule: 'location/apposition' };
  return undefined;
}

// What a surname names the kin of, after "the": "the Reichmann family", "the Bush dynasty".
const FAMILY_NOUNS: ReadonlySet<string> = new Set(['family', 'clan', 'dynasty']);

/** "the Reichmann family": a family named by its surname, which news annotation counts as the person's name. */
export const FAMILY_NAMED_RULE = 'person/family-named';

/** "the town of Yeoncheon", "Hexham, a market town": a noun of a kind of place names the town. */
export const PLACE_CLASS_RULE = 'location/place-class';

/** "Kluivert scored": a player, unless the document's tables make the word a side ("Ajax 2 PSV 1 … Ajax scored"). */
export const LONE_PLAYER_RULE = 'person/lone-player';

// "was arrested", "has been sacked", "was later sentenced": the auxiliaries before such a participle.
const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'has', 'had']);

/** A passive that befalls a person opens at `k`: "was arrested", "has been jailed", "was later ousted". */
function isPersonPassive(tokens: Token[], k: number): boolean {
  if (!PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '')) return false;
  let v = k + 1;
  if (tokens[v]?.lower === 'been') v++;
  else if (tokens[k].lower === 'has' || tokens[k].lower === 'had') return false;
  if (ADVERB.test(tokens[v]?.lower ?? '') || tokens[v]?.lower === 'later') v++;
  return PERSON_PASSIVE_VERBS.has(tokens[v]?.lower ?? '');
}

const ADVERB = /^\p{Ll}{3,}ly$/u;

/** The kind a lone name's spelling suggests: "Ivanisevic", "Petrov" (person); "Volgograd" (place). */
export function loneNameShape(t: Token): KindVote | undefined {
  if (isSurname(t.lower) || SURNAME_SHAPE.test(t.lower) || SLAVIC_SURNAME_SHAPE.test(t.lower)) return { kind: 'person', rule: 'person/surname-shape' };
  if (PLACE_SHAPE.test(t.lower)) return { kind: 'location', rule: 'location/place-shape' };
  return undefined;
}

/**
 * Tallies, per lone name, the kinds its mentions' contexts give it, so that one telling mention
 * decides them all: "Opel employees" makes "jobs at Opel" an organization too.
 */
export class LoneNameVotes {
  private readonly votes = new Map<string, Map<string, { vote: KindVote; count: number }>>();

  add(lower: string, vote: KindVote): void {
    let byRule = this.votes.get(lower);
    if (!byRule) this.votes.set(lower, (byRule = new Map()));
    const key = vote.kind;
    const entry = byRule.get(key);
    if (entry) entry.count++;
    else byRule.set(key, { vote, count: 1 });
  }

  /** The kind most mentions agree on; a tie leaves the name unsettled. */
  winner(lower: string): KindVote | undefined {
    const byKind = this.votes.get(lower);
    if (!byKind) return undefined;
    let best: { vote: KindVote; count: number } | undefined;
    let tie = false;
    for (const entry of byKind.values()) {
      if (!best || entry.count > best.count) {
        best = entry;
        tie = false;
      } else if (entry.count === best.count) tie = true;
    }
    return tie ? undefined : best?.vote;
  }
}
