import { gazetteer, type Place } from '../../lexicon/gazetteer';
import type { Token } from './tokens';

/** The words [from, to) as written, one space apart: the form the gazetteer looks names up by. */
export function writtenPhrase(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** The place the gazetteer knows by the words [from, to): "Brussels", "North America", "U.S.". */
export function gazetteerPlaceOf(tokens: Token[], from: number, to: number): Place | undefined {
  return gazetteer().place(writtenPhrase(tokens, from, to));
}
