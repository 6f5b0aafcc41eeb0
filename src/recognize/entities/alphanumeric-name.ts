import { SPEECH_VERBS } from './context-cues';
import type { Token } from './tokens';

// "G7", "G-20", "M23", "P5": a group's name of one to three capitals and a number.
const LETTERS_AND_NUMBER = /^[A-Z]{1,3}-?\d{1,3}$/;

/**
 * Words after such a name that say it is a group of nations, members or fighters, not a model
 * ("A320 jets", "M16 rifle", "F-16 fighters") or a road ("the M4 motorway"), which the same shape names.
 */
const GROUP_CUES: ReadonlySet<string> = new Set([
  'rebels', 'militia', 'militiamen', 'movement', 'leaders', 'summit', 'summits', 'finance', 'ministers', 'nations',
  'countries', 'members', 'economies', 'communique', 'meeting', 'talks', 'partners', 'allies', 'presidency',
  // what only a group does, besides saying, which no model or road does: "the G7 agreed"
  'warned', 'agreed', 'urged', 'announced', 'denied', 'claimed', 'vowed',
]);

/** "M23 rebels", "G7 finance ministers", "M23 said": letters and a number before a group's cue or a verb of saying. */
export function isAlphanumericGroup(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return LETTERS_AND_NUMBER.test(tokens[i].text) && !!next && !next.breakBefore && !next.cap && (GROUP_CUES.has(next.lower) || SPEECH_VERBS.has(next.lower));
}
