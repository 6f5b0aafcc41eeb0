import type { Chunk } from './chunks';
import { isEnglishWord, isGivenName, isSurname, lexiconKind } from './name-words';
import type { Token } from './tokens';

export const QUOTED_NICKNAME_RULE = 'person/quoted-nickname';

const OPENING_QUOTES = new Set(['"', '\u201c', "'", '\u2018']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);
// "Joaquin 'El Chapo' Guzman": a nickname of up to three words.
const NICKNAME_WORDS = 3;

/** A capitalized word of a name, not one in capitals ("NATO"). */
const isNameWord = (t: Token | undefined): t is Token => !!t && t.word && t.cap && !t.upper;

/**
 * `Ramesh "Sunny" Balwani`, `Joaquin 'El Chapo' Guzman`, `Earvin "Magic" Johnson`: a name in
 * quotes between a given name and a surname is a nickname inside one person's name; news writes
 * a name so only of people. A surname or no English word closes it, and a given name opens it, or
 * a word that is no English word nor a known name, so that a quoted title between names ("Netflix
 * 'Squid Game' Season") stays apart. Returns the token ranges of the whole names, quotes included.
 */
export function quotedNicknames(tokens: Token[]): Array<{ from: number; to: number }> {
  const names: Array<{ from: number; to: number }> = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    const given = tokens[i];
    if (!isNameWord(given) || given.possessive || !OPENING_QUOTES.has(tokens[i + 1].text)) continue;
    let close = i + 2;
    while (close < i + 2 + NICKNAME_WORDS && isNameWord(tokens[close]) && !tokens[close].possessive) close++;
    const surname = tokens[close + 1];
    if (close === i + 2 || !CLOSING_QUOTES.has(tokens[close]?.text ?? '') || !isNameWord(surname) || surname.breakBefore) continue;
    if (isEnglishWord(surname.lower) && !isSurname(surname.lower)) continue;
    if (!isGivenName(given.lower) && (isEnglishWord(given.lower) || !!lexiconKind(given.lower) || isEnglishWord(surname.lower))) continue;
    names.push({ from: i, to: close + 2 });
    i = close + 1;
  }
  return names;
}

/**
 * The parts of `chunk` outside every nickname's name: a title before it ("Judge") is classified
 * as usual, and the given name and surname inside it are not classified apart.
 */
export function chunkOutside(chunk: Chunk, names: ReadonlyArray<{ from: number; to: number }>): Chunk[] {
  let parts: Chunk[] = [chunk];
  for (const name of names) {
    parts = parts.flatMap((part) => {
      if (part.to <= name.from || part.from >= name.to) return [part];
      const left = part.from < name.from ? [{ ...part, to: name.from }] : [];
      const right = part.to > name.to ? [{ from: name.to, to: part.to, sentenceInitial: false }] : [];
      return [...left, ...right];
    });
  }
  return parts;
}
