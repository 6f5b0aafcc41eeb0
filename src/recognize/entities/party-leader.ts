import { POLITICAL_GROUP_NOUNS } from '../../lexicon/org-words';
import { gazetteer } from '../../lexicon/gazetteer';
import type { Decision } from './classify';
import { isClearGivenName } from './name-words';
import { isInitial, personRule } from './person-shape';
import { isGazetteerPlace } from './place-rules';
import type { Token } from './tokens';

// Nouns of a political group that news names by its leader after "of": "the Samajwadi Party of Akhilesh Yadav".
const LED_GROUP_NOUNS: ReadonlySet<string> = new Set([...POLITICAL_GROUP_NOUNS, 'alliance', 'front', 'bloc', 'coalition', 'league']);

/**
 * "the Samajwadi Party of Akhilesh Yadav", "the Telugu Desam Party of N. Chandrababu Naidu": a
 * party's name, "of", then its leader's, opened by an initial or a clear given name that is no
 * place; a party "of" a place ("the Liberal Party of Canada") is one name.
 */
export function partyOfLeader(tokens: Token[], from: number, to: number): Decision[] | undefined {
  const of = tokens.slice(from, to).findIndex((t) => t.lower === 'of') + from;
  if (of <= from || to - of < 3 || !LED_GROUP_NOUNS.has(tokens[of - 1].lower)) return undefined;
  const leader = tokens[of + 1];
  if (!isInitial(leader) && !(isClearGivenName(leader.lower) && !gazetteer().place(leader.text))) return undefined;
  if (isGazetteerPlace(tokens, of + 1, to)) return undefined;
  return [{ kind: 'organization', from, to: of, rule: 'organization/head' }, { kind: 'person', from: of + 1, to, rule: personRule(tokens, of + 1, to) ?? 'person/party-leader' }];
}
