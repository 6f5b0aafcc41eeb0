import { gazetteer } from '../../lexicon/gazetteer';
import { TITLE_HEADS } from '../../lexicon/titles';
import { followsPostApposition, personalCue, personCue, SPEECH_VERBS } from './context-cues';
import { lexiconKind } from './name-words';
import { couldBePersonName } from './person-shape';
import type { Token } from './tokens';

// How far back a capitalized post may open before the comma of its apposition: "the Minister of Finance and Economic Planning,".
const POST_REACH = 7;
const POST_LINKS = new Set(['of', 'for', 'and', '&']);
// The cues around the run that make a town's word before a surname's a given name: a role noun, a verb of saying, ", who".
const TOWN_GIVEN_NAME_CUES = new Set(['person/role-noun', 'person/said', 'person/who']);

/**
 * "Finance Minister Ngozi Okonjo-Iweala": a town or district's one word before a word of a
 * surname's shape is a given name no list holds, where a cue says a person is named. A country,
 * region or state before a name stays a place ("Minister Canada …" is rare, a state's name as a
 * given name rarer).
 */
export function isTownGivenName(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || tokens[from].upper) return false;
  const type = gazetteer().place(tokens[from].text)?.type;
  const surname = tokens[from + 1];
  if ((type !== 'city' && type !== 'division') || !surname.cap || surname.upper || gazetteer().place(surname.text)) return false;
  return couldBePersonName(tokens, from + 1, to) && !lexiconKind(surname.lower);
}

/**
 * The cue that makes a town's word and a surname's shape a person: a role noun, a verb of saying
 * on either side ("Ngozi Mwangi said", "said Ngozi Mwangi") or ", who"; an age or a post in
 * apposition, or the apposition of a post ("the Minister of Finance, Ngozi Mwangi, said").
 */
export function townGivenNameCue(tokens: Token[], from: number, to: number): string | undefined {
  const cue = personCue(tokens, from, to);
  if (cue && TOWN_GIVEN_NAME_CUES.has(cue)) return cue;
  const personal = personalCue(tokens, from, to);
  if (personal) return personal;
  if (SPEECH_VERBS.has(tokens[from - 1]?.lower ?? '')) return 'person/said';
  if (followsPostApposition(tokens, from, to) || followsCapitalizedPost(tokens, from, to)) return 'person/apposition';
  return undefined;
}

/** A post in capitals and its portfolio, then a comma, before the run, which a comma or a verb of saying closes. */
function followsCapitalizedPost(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  if (tokens[from - 1]?.text !== ',' || !after || (after.text !== ',' && !SPEECH_VERBS.has(after.lower))) return false;
  for (let i = from - 2; i >= Math.max(0, from - 1 - POST_REACH); i--) {
    const t = tokens[i];
    if (TITLE_HEADS.has(t.lower) && t.cap) return true;
    if (!t.cap && !POST_LINKS.has(t.lower)) return false;
  }
  return false;
}
