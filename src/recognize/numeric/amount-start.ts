import { glued, isSym, sameLine, type Token } from './tokens';

/** Symbols that, glued before a number, make it part of something else: "v1.5", "3/5", "10:30", "#1". */
const JOINING_SYMBOLS = '.,/:#_@^&=';

/**
 * True when a bare number at `tokens[i]` stands on its own rather than inside a code, version,
 * time, phone number or word: not "A380", "COVID-19", "555-1234", "10:30", "#1".
 */
export function numberStandsAlone(tokens: readonly Token[], i: number): boolean {
  if (!glued(tokens, i) || i === 0) return true;
  const prev = tokens[i - 1];
  if (prev.kind !== 'sym') return false;
  if (JOINING_SYMBOLS.includes(prev.text)) return false;
  if (prev.text === '-' || prev.text === '+') {
    const before = tokens[i - 2];
    return !(before && glued(tokens, i - 1) && (before.kind === 'num' || before.kind === 'word' || isSym(tokens, i - 2, '-')));
  }
  return true;
}

/** True when the token after an amount is a word glued to it that no rule read: "20and", "3D". */
export function gluedToWord(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  const prev = tokens[next - 1];
  return !!t && !!prev && t.kind === 'word' && glued(tokens, next) && prev.kind === 'num';
}

/** The fraction of a mixed number at `tokens[i]` ("3/8" in "2 3/8"): the amount opens at the whole part, not here. */
export function fractionOfMixedNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.kind === 'num' && tokens[i - 1]?.kind === 'num' && sameLine(tokens, i) && !glued(tokens, i) && isSym(tokens, i + 1, '/') && glued(tokens, i + 1);
}
