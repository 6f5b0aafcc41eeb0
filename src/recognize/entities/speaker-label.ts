import { PERSON_TITLES } from '../../lexicon/titles';
import type { Token } from './tokens';

/**
 * What a broadcast transcript calls the one speaking, in capitals after the name and before the
 * colon: "BERNARD SHAW, CNN ANCHOR:", "JOHN KING, CNN SENIOR WHITE HOUSE CORRESPONDENT:".
 */
const BROADCAST_ROLES: ReadonlySet<string> = new Set([
  'anchor', 'co-anchor', 'correspondent', 'reporter', 'host', 'co-host', 'contributor', 'producer', 'analyst', 'commentator',
]);
// The longest role after the network: "CNN SENIOR WHITE HOUSE CORRESPONDENT".
const ROLE_WORDS = 6;
// "ABC NEWS CORRESPONDENT": the network's own name has at most its name and "NEWS".
const NETWORK_WORDS = 2;
const NEWS = 'news';
// A network's call letters, in capitals or not all of them: "CNN", "CNNfn", "MSNBC".
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** The end of a speaker's role in capitals that starts at `from` and closes with a colon, or -1. */
function labelRoleEnd(tokens: Token[], from: number): number {
  for (let end = from + 1; end <= Math.min(tokens.length - 1, from + ROLE_WORDS); end++) {
    const last = tokens[end - 1];
    if (!last.word || !last.cap) return -1;
    if (tokens[end].text === ':') return BROADCAST_ROLES.has(last.lower) ? end : -1;
  }
  return -1;
}

const isCapitalsWord = (t: Token): boolean => t.word && t.upper;

/**
 * A transcript's speaker label: the name in capitals, a comma, the network and the role, a colon.
 * The name is a person's ("LYNN ABERNATHY, CNN ANCHOR:"), though capitals there do not tell
 * names from firms, and the network before the role is an organization ("CNN" of "CNN ANCHOR").
 */
export function speakerLabelDecision(tokens: Token[], from: number, to: number): { kind: 'person' | 'organization'; from: number; to: number; rule: string } | undefined {
  // Every run of every sentence comes here: the cheap look at the punctuation after it goes first.
  if (tokens[to]?.text === ',' && to - from >= 2 && tokens.slice(from, to).every(isCapitalsWord) && labelRoleEnd(tokens, to + 1) > 0) {
    return { kind: 'person', from, to, rule: SPEAKER_LABEL_PERSON_RULE };
  }
  if (tokens[from - 1]?.text !== ',' || tokens[to]?.text !== ':' || labelRoleEnd(tokens, from) !== to) return undefined;
  const networkEnd = networkEndOf(tokens, from, to);
  return networkEnd > from ? { kind: 'organization', from, to: networkEnd, rule: SPEAKER_LABEL_NETWORK_RULE } : undefined;
}

/**
 * Where the network's name ends in a role run: "CNN" of "CNN ANCHOR", "CNNfn" of "CNNfn
 * CORRESPONDENT", "ABC NEWS" of "ABC NEWS CORRESPONDENT"; none in "SENIOR CORRESPONDENT".
 */
function networkEndOf(tokens: Token[], from: number, to: number): number {
  if (to - from > NETWORK_WORDS && tokens[from + 1].lower === NEWS) return from + NETWORK_WORDS;
  const first = tokens[from];
  const named = to - from >= 2 && TWO_CAPITALS.test(first.text) && !PERSON_TITLES.has(first.lower) && !BROADCAST_ROLES.has(first.lower);
  return named ? from + 1 : from;
}

export const SPEAKER_LABEL_PERSON_RULE = 'person/speaker-label';
export const SPEAKER_LABEL_NETWORK_RULE = 'organization/speaker-label';
