import { gazetteer } from '../../lexicon/gazetteer';
import type { Decision } from './classify';
import { lexiconTags } from './name-words';
import { lowerPhrase, type Token } from './tokens';

export const PEOPLE_PLACE_RULE = 'location/people-adjective';

// Tags of a next word that makes the people's word a noun ("the Canadian said", "a German who").
const NOT_MODIFIED_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Pronoun', 'Preposition', 'Determiner', 'QuestionWord', 'Adverb']);
// Words that join a second place's word to the first: "Canadian and US governments".
const JOINING_WORDS = new Set(['and', 'or']);
// The most words a people's adjective has: "North American", "Southeast Asian", "Papua New Guinean".
const PEOPLE_WORDS = 3;

/**
 * "the Canadian economy", "European governments", "German airline Lufthansa", "German Chancellor
 * Angela Merkel": a people's adjective before a noun, a title or a name mentions its country or
 * region, which news annotation counts as a place (MEANTIME marks it so; OntoNotes' NORP and
 * CoNLL's MISC spans leave it unscored). The people themselves ("Canadians", "the Canadian
 * said") are no place, nor is the adjective inside a name ("American Airlines").
 * `named` are the decisions the run's other rules took.
 */
export function peoplePlaceDecision(tokens: Token[], from: number, to: number, named: readonly Decision[]): Decision | undefined {
  // "Ford's North American sales", "Its European arm": the adjective may stand after other words of the run.
  const covered = (k: number) => named.some((d) => d.kind !== 'unknown' && d.from <= k && k < d.to);
  for (let start = from; start < to; start++) {
    for (let end = start + 1; end <= Math.min(to, start + PEOPLE_WORDS) && !covered(end - 1); end++) {
      if (covered(start) || !gazetteer().peoplePlace(lowerPhrase(tokens, start, end)) || isCompoundPeople(tokens, from, start, end, to)) continue;
      // Inside a run, only before what another rule named: not in "the Irish Derby" or "the French Open".
      const beforeName = named.some((d) => d.kind !== 'unknown' && d.from >= end);
      if (end < to ? beforeName : modifiesNoun(tokens, start, end)) return { kind: 'location', from: start, to: end, rule: PEOPLE_PLACE_RULE };
    }
  }
  return undefined;
}

/** A lower-case noun, or "and" and another place's word, follows the adjective [from, to). */
function modifiesNoun(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!next?.word || next.cap || tokens[to - 1].possessive) return false;
  const tags = lexiconTags(next.lower);
  // "to American firms": a plural the lexicon lists only as a verb ("firms", "funds") is a noun
  // where no article makes the people's word a noun ("the Canadian says").
  // After "a", a word in -s is the verb of one person ("a German plays"), not the noun.
  const article = tokens[from - 1]?.lower ?? '';
  const endsInS = next.lower.endsWith('s') && !next.lower.endsWith('ss');
  if (INDEFINITE_ARTICLES.has(article) && endsInS) return false;
  const plural = endsInS && tags.length > 0 && tags.every((tag) => tag === 'PresentTense') && article !== 'the';
  return JOINING_WORDS.has(next.lower) || plural || !tags.some((tag) => NOT_MODIFIED_TAGS.has(tag));
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);

// A word before a people's word that makes them a people of a country, not the country: "Native American".
const PEOPLE_QUALIFIERS = new Set(['native', 'first']);

/** "African American voters", "Irish-American", "Native American tribes": a people named for two lands names neither. */
function isCompoundPeople(tokens: Token[], from: number, start: number, end: number, to: number): boolean {
  const before = start > from ? tokens[start - 1] : undefined;
  const after = end < to ? tokens[end] : undefined;
  return (!!before && (gazetteer().isDemonym(before.text) || PEOPLE_QUALIFIERS.has(before.lower))) || (!!after && gazetteer().isDemonym(after.text));
}
