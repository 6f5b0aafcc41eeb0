import { SPEECH_VERBS } from './context-cues';
import type { Token } from './tokens';

// "G7", "G-20", "M23", "P5": a group's name of one to three capitals and a number.
const LETTERS_AND_NUMBER = /^[A-Z]{1,3}-?\d{1,3}$/;

/**
 * Words after such a name that say it is a group of nations, members or fighters, not a model
 * ("A320 jets", "M16 rifle", "F-16 fighters") or a road ("the M4 motorway"), which the same shape names.
 */
const GROUP_CUES: ReadonlySet<string> = new Set([
  'rebels', 'rebel', 'group', 'militia', 'militiamen', 'militants', 'insurgents', 'movement', 'leaders', 'summit', 'summits',
  'finance', 'ministers', 'nations', 'countries', 'members', 'economies', 'communique', 'meeting', 'talks', 'partners',
  'allies', 'presidency',
  // what only a group does, besides saying, which no model or road does: "the G7 agreed", "the G20 met"
  'warned', 'agreed', 'urged', 'announced', 'denied', 'claimed', 'vowed', 'met', 'meets',
]);

/**
 * "M23 rebels", "G7 finance ministers", "M23 said": letters and a number before a group's cue or a
 * verb of saying; or a name the document gives a group so elsewhere ("fighting between M23 and the army").
 */
export function isAlphanumericGroup(tokens: Token[], i: number): boolean {
  return tokens[i].namedGroup === true || isCuedGroup(tokens, i);
}

function isCuedGroup(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return LETTERS_AND_NUMBER.test(tokens[i].text) && !!next && !next.breakBefore && !next.cap && (GROUP_CUES.has(next.lower) || SPEECH_VERBS.has(next.lower));
}

/** Marks every mention of a name that a cue makes a group's somewhere in the document. */
export function markNamedGroups(sentences: readonly Token[][]): void {
  const names = new Set<string>();
  for (const tokens of sentences) for (let i = 0; i < tokens.length; i++) if (isCuedGroup(tokens, i)) names.add(tokens[i].text);
  if (names.size === 0) return;
  for (const tokens of sentences) for (const t of tokens) if (names.has(t.text)) t.namedGroup = true;
}
