import { isCalendarWord, isNationalityWord } from './name-words';
import { POLL_NOUNS } from './org-shape';
import { isGazetteerPlace } from './place-rules';
import type { Token } from './tokens';

// Words before a pollster's name and its poll: "a Datafolha poll", "the latest Quaest survey".
const POLL_DETERMINERS = new Set(['a', 'an', 'the', 'new', 'latest', 'recent', 'another', 'fresh', 'separate', 'last', 'this', 'its']);
// Participles between a poll and who took it: "a poll conducted by Forsa".
const POLL_PARTICIPLES = new Set(['conducted', 'carried', 'commissioned', 'released', 'published']);
const MAX_POLLSTER_WORDS = 3;
// Two names joined by a hyphen before "poll" are the race it polls: "a Vantrell-Osgood poll".
const MATCHUP = /\p{L}-\p{Lu}/u;

/**
 * "a new Datafolha poll", "a poll by Forsa", "a survey conducted by Ipsos": the name that takes a
 * poll is a pollster's, so a body. A place, a month or a people before "poll" says where, when or
 * of whom it was taken ("a Texas poll", "the January survey", "a German poll"), and two names
 * joined by a hyphen the race it polls.
 */
export function isPollTaker(tokens: Token[], from: number, to: number): boolean {
  const beforePoll = POLL_NOUNS.has(tokens[to]?.lower ?? '') && POLL_DETERMINERS.has(tokens[from - 1]?.lower ?? '');
  // Cheap looks at the words around the run first: most runs are near no poll.
  if ((!beforePoll && !takenBy(tokens, from)) || to - from > MAX_POLLSTER_WORDS) return false;
  const words = tokens.slice(from, to);
  if (words.some((t) => !t.cap || t.possessive)) return false;
  return !beforePoll || (!namesWhereOrWhen(tokens, from, to) && !words.some((t) => MATCHUP.test(t.text)));
}

/** "a poll by Forsa", "a survey conducted by Ipsos", "polls carried out by Quaest". */
function takenBy(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'by') return false;
  let k = from - 2;
  if (tokens[k]?.lower === 'out') k--;
  if (POLL_PARTICIPLES.has(tokens[k]?.lower ?? '')) k--;
  return POLL_NOUNS.has(tokens[k]?.lower ?? '');
}

function namesWhereOrWhen(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t, k) => isCalendarWord(t.lower) || isNationalityWord(t.text) || isGazetteerPlace(tokens, from + k, from + k + 1));
}
