import { INSTITUTION_HEADS } from '../../lexicon/org-words';
import { NAME_CONNECTORS, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import type { Token } from './tokens';

/** A run of capitalized words that may be one name, as token indexes [from, to). */
export interface Chunk {
  from: number;
  to: number;
  /** The run opens its sentence (after any quote or bracket), where capitals say nothing. */
  sentenceInitial: boolean;
}

// Connectors that join only inside an institution's name ("Department of Health and Human
// Services", "Institute for Advanced Study"); elsewhere "and" separates two names.
const INSTITUTION_ONLY_CONNECTORS = new Set(['and', 'for', 'on', 'upon', 'in']);
const OPENING_PUNCTUATION = new Set(['"', "'", '(', '[', '-', '*', '•']);

/**
 * Finds the runs of capitalized words, joined by name connectors when a capitalized word
 * follows ("Bank of America", "Ludwig van Beethoven"). A possessive ends a run
 * ("Malaysia's Prime Minister" → "Malaysia", "Prime Minister").
 */
export function findChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let firstWord = 0;
  while (firstWord < tokens.length && !tokens[firstWord].word && OPENING_PUNCTUATION.has(tokens[firstWord].text)) firstWord++;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i;
    let institution = INSTITUTION_HEADS.has(t.lower);
    while (!tokens[j].possessive) {
      const next = tokens[j + 1];
      if (!next || next.breakBefore) break;
      if (next.cap) {
        j++;
        institution ||= INSTITUTION_HEADS.has(next.lower);
        continue;
      }
      const after = connectorTarget(tokens, j + 1, institution);
      if (after < 0) break;
      j = after;
      institution ||= INSTITUTION_HEADS.has(tokens[j].lower);
    }
    chunks.push({ from: i, to: j + 1, sentenceInitial: i === firstWord });
    i = j + 1;
  }
  return chunks;
}

/** The index of the capitalized word a connector run at `k` leads to, or -1. */
function connectorTarget(tokens: Token[], k: number, institution: boolean): number {
  const first = tokens[k];
  // "the" joins only after "of": "Bank of the West", but not "told Reuters the Pentagon …".
  if (first.lower === 'the' || !isConnector(first, institution)) return -1;
  let n = k + 1;
  // "of the", "de la", "van der"
  if (tokens[n] && !tokens[n].cap && isConnector(tokens[n], institution) && (first.lower === 'of' || SURNAME_PARTICLES.has(first.lower))) n++;
  const target = tokens[n];
  return target && target.cap && !target.breakBefore ? n : -1;
}

function isConnector(t: Token, institution: boolean): boolean {
  if (t.breakBefore || !NAME_CONNECTORS.has(t.lower) || t.cap) return false;
  return institution || !INSTITUTION_ONLY_CONNECTORS.has(t.lower);
}
