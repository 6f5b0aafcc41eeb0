import { gazetteer } from '../../lexicon/gazetteer';
import { firstWordIndex } from './chunks';
import { isLexiconGivenName } from './name-words';
import type { Token } from './tokens';

// What ends a sentence that closes on the name called: "Thank you, Peter." "Dennis?"
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?', '!']);
// What follows a name called at the head of a sentence: "Peter, officials say …", "Dennis?"
const AFTER_OPENING_CALL: ReadonlySet<string> = new Set([',', '?', '!']);

/**
 * A given name alone that calls the one spoken to, as broadcast copy hands over between an anchor
 * and a correspondent: "Dennis? — Peter, officials in Palm Beach County say …", "Thank you,
 * Peter." At the head of a sentence, or after a comma at its end, the name is set apart by
 * punctuation, so it is no firm's or thing's word that opens a sentence ("Peter" is also a verb).
 * A town's name stays the town's ("Chelsea, a district of London").
 */
export function isVocativeName(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (to - from !== 1 || word.upper || word.possessive || !isLexiconGivenName(word.lower) || gazetteer().place(word.text) || gazetteer().townRegions(word.text)) return false;
  const next = tokens[to]?.text ?? '';
  if (from === firstWordIndex(tokens)) return AFTER_OPENING_CALL.has(next);
  return tokens[from - 1]?.text === ',' && SENTENCE_ENDS.has(next) && to === tokens.length - 1;
}

export const VOCATIVE_RULE = 'person/vocative';
