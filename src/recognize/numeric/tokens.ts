import type { RecognizeContext } from '../../pipeline-types';
import { wordClass } from './word-classes';

/**
 * A light token stream for the numeric recognizers (money, percent). Digit runs, runs of Latin
 * letters and single other characters; whitespace only shows as the `space` before a token.
 * URLs are one opaque token, so "q=30%25" or "$1" inside a link read as
 * nothing. Built once per document and shared by the money and percent recognizers.
 */

export type TokenKind = 'num' | 'word' | 'sym' | 'opaque';

/** What separates a token from the one before it: nothing, blanks, or a line break. */
export type Space = 0 | 1 | 2;
export const NO_SPACE = 0;
export const BLANK = 1;
export const NEWLINE = 2;

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token's text; lower-cased for words. */
  text: string;
  /** For words: the text as written ("USD", "Rs"). */
  raw: string;
  space: Space;
  /** For words: what they can start, as flags from word-classes.ts; 0 for other tokens. */
  cls: number;
}

const cache = new WeakMap<RecognizeContext, Token[]>();

/** The tokens of `ctx.text`, computed once per context. */
export function tokensOf(ctx: RecognizeContext): Token[] {
  let tokens = cache.get(ctx);
  if (!tokens) {
    tokens = tokenize(ctx.text);
    cache.set(ctx, tokens);
  }
  return tokens;
}

/**
 * One pass over the characters: a hand-written loop, since a regex with a capture per kind
 * and an object per match cost twice as much on long documents.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let space: Space = NO_SPACE;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      if (c === 10) space = NEWLINE;
      else if (space === NO_SPACE) space = BLANK;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = 'num';
      do i++;
      while (i < length && isDigit(text.charCodeAt(i)));
    } else if (isLetter(c)) {
      const url = urlEnd(text, i);
      if (url > i) {
        kind = 'opaque';
        i = url;
      } else {
        kind = 'word';
        do i++;
        while (i < length && isLetter(text.charCodeAt(i)));
      }
    } else {
      kind = 'sym';
      i++;
    }
    const raw = text.slice(start, i);
    const lower = kind === 'word' ? raw.toLowerCase() : raw;
    tokens.push({ kind, start, end: i, text: lower, raw, space, cls: kind === 'word' ? wordClass(lower, raw) : 0 });
    space = NO_SPACE;
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Latin letters, with the accented ones of Latin-1 and Latin Extended ("Telefónica"). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const URL_START = /^(?:https?:\/\/|www\.)/i;

/** The end of a URL starting at `i` ("https://…", "www.…"), or `i` when none starts there. */
function urlEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 32;
  if (c !== 104 && c !== 119) return i;
  if (!URL_START.test(text.slice(i, i + 8))) return i;
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 32 || d === 10 || d === 13 || d === 9 || d === 34 || d === 60 || d === 62) break;
    j++;
  }
  return j;
}

/** True when `tokens[i]` is the symbol `ch` (or one of `ch`'s characters). */
export function isSym(tokens: readonly Token[], i: number, ch: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'sym' && ch.includes(t.text);
}

/** True when `tokens[i]` is the word `w` (lower-case). */
export function isWord(tokens: readonly Token[], i: number, w: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && t.text === w;
}

/** True when `tokens[i]` exists and follows its predecessor on the same line. */
export function sameLine(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.space !== NEWLINE;
}

/** True when `tokens[i]` exists and touches its predecessor. */
export function glued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.space === NO_SPACE;
}

/** True when `tokens[i]` is a word with any of the word-class `flags`. */
export function hasClass(tokens: readonly Token[], i: number, flags: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.cls & flags) !== 0;
}
