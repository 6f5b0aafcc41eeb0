import { AMBIGUOUS_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/chinese-surnames';
import { isDigitLedBrand } from './digit-led-brand';

/** A word or punctuation mark of a sentence, with its offsets into the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter: "Brussels", "NATO", "U.S.", "McCain", or is a brand like "eBay" or "3M". */
  cap: boolean;
  /** Has letters and none of them lower-case: "NATO", "U.S.", "BRUSSELS". */
  upper: boolean;
  /** Has a letter or digit; false for punctuation. */
  word: boolean;
  /** The token was followed by a possessive 's, which is not part of it ("Malaysia's"). */
  possessive: boolean;
  /** A line break or sentence start lies between the previous token and this one. */
  breakBefore: boolean;
  /** Letters and a number that the document names a group by elsewhere ("M23 rebels … M23"). */
  namedGroup?: boolean;
}

// A word: letters and digits, with inner dots, apostrophes, hyphens and ampersands
// ("U.S", "O'Leary", "Chung-tai", "AT&T"). Each repetition opens with a separator the body
// class does not contain, so the match is linear.
const WORD = /[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /'[sS]$/;
// A possessive written as a token of its own, before a space or the end: " 's ".
const SPACED_POSSESSIVE = /^'[sS](?=\s|$)/;
// A word that ends in s, which a bare apostrophe after it makes possessive ("Reuters'").
const PLURAL_POSSESSOR = /[sS]$/;
const SPACE_AFTER = /^\s$/;
// A letter right after an apostrophe that a space comes before: an opening quote.
const OPENING_QUOTE_AFTER = /^\p{L}/u;
// A possessive right after a dotted word's full stop: "Inc.'s", "Co.’s".
const DOTTED_POSSESSIVE = /['’][sS](?![\p{L}\p{N}])/uy;
// The rest of a compound after a dotted abbreviation: "-China" of "U.S.-China", "-led" of "U.S.-led".
const DOTTED_COMPOUND_TAIL = /-[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*/uy;
/** A word that opens with a capital letter. */
export const UPPER_LETTER = /^\p{Lu}/u;
// An Arabic article before a capitalized name keeps the name capitalized: "al-Qaeda", "el-Sisi",
// and so does its assimilated form after a word ending in a vowel: "Hizb ut-Tahrir", "Zia ul-Haq".
const ARTICLE_NAME = /^(?:al|el|ad|an|as|ash|at|az|ul|ut|ud)-\p{Lu}/u;
// A brand written with a small first letter and a capital inside: "eBay", "easyJet"; not
// Apple's products ("iPhone", "iTunes"), which news annotation does not count as organizations.
const INNER_CAPITAL = /^(?!i\p{Lu})\p{Ll}{1,4}\p{Lu}\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT_FIRST = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
// "Michael O' Leary", "Massimo D' Alema": tokenized wire copy writes the apostrophe of an Irish or
// Italian surname apart from the rest, which is still one word of the name.
const SPACED_ELISION = /['’] \p{Lu}\p{Ll}+(?:'[sS])?/uy;
const ELIDING_INITIALS = new Set(['O', 'D']);
// "Kim Dae - jung", "Lee Teng - hui": tokenized copy sets apart the hyphen of a romanized given
// name, whose second syllable is in lower case. After a family name, the syllable before it, the
// hyphen and the syllable after it are one word of the name.
const SPACED_SYLLABLE = / - (\p{Ll}{2,6})(?![\p{L}\p{N}'-])/uy;
// Compounds tokenized the same way, which no romanized syllable spells: "Wang Daohan - based",
// "a Lee - style economy". Participles in -ed are tested apart.
const COMPOUND_TAILS = new Set(['born', 'made', 'style', 'type', 'like', 'wide', 'era', 'bound', 'run']);
const CAPITAL_SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;

/** Words after which a full stop belongs to the word ("Mr.", "Inc.", "Jr.", "St."). */
const DOTTED_WORDS = new Set([...NON_FINAL_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS, 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'n.v', 'st', 'ste']);

/** Splits `text[start, end)` into tokens. Linear: one regex sweep. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const piece = text.slice(start, end);
  let lastEnd = 0;
  let openQuotes = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(piece); m; m = WORD.exec(piece)) {
    const s = m.index;
    let e = s + m[0].length;
    if (s < lastEnd) continue;
    let raw = m[0];
    // "Clinton 's spokesman": wire copy split into tokens writes the possessive apart.
    const previous = tokens[tokens.length - 1];
    if (raw === "'" && previous?.word && s > lastEnd && SPACED_POSSESSIVE.test(piece.slice(s, s + 3))) {
      previous.possessive = true;
      lastEnd = s + 2;
      WORD.lastIndex = lastEnd;
      continue;
    }
    if (raw === "'" && s > lastEnd && OPENING_QUOTE_AFTER.test(piece.slice(s + 1, s + 2))) openQuotes++;
    // "the Netherlands' VVD", "St James' Park": an apostrophe after a word's final s, no quote
    // being open, is the possessive of a plural or of a name in s.
    if (raw === "'" && previous?.word && s === lastEnd && PLURAL_POSSESSOR.test(previous.text) && SPACE_AFTER.test(piece.slice(s + 1, s + 2))) {
      if (openQuotes > 0) openQuotes--;
      else {
        previous.possessive = true;
        lastEnd = s + 1;
        continue;
      }
    }
    if (ELIDING_INITIALS.has(raw)) {
      SPACED_ELISION.lastIndex = e;
      if (SPACED_ELISION.test(piece)) {
        e = SPACED_ELISION.lastIndex;
        raw = piece.slice(s, e);
        WORD.lastIndex = e;
      }
    }
    if (previous?.cap && EAST_ASIAN_SURNAMES.has(previous.lower) && CAPITAL_SYLLABLE.test(raw)) {
      SPACED_SYLLABLE.lastIndex = e;
      const syllable = SPACED_SYLLABLE.exec(piece)?.[1];
      if (syllable && !syllable.endsWith('ed') && !COMPOUND_TAILS.has(syllable)) {
        e = SPACED_SYLLABLE.lastIndex;
        raw = piece.slice(s, e);
        WORD.lastIndex = e;
      }
    }
    let possessive = false;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (piece[e] === '.' && isDottedWord(raw) && !isLetterClosingSentence(raw, piece, e)) {
      raw += '.';
      e++;
      WORD.lastIndex = e;
      // "Texaco Inc.'s board": the possessive after the full stop is the dotted word's.
      DOTTED_POSSESSIVE.lastIndex = e;
      if (DOTTED_POSSESSIVE.test(piece)) {
        possessive = true;
        WORD.lastIndex = DOTTED_POSSESSIVE.lastIndex;
      }
      // "the U.S.-China Business Council", "U.S.-led": a compound whose first part ends in its
      // abbreviation's full stop is one word, as "US-China" is.
      DOTTED_COMPOUND_TAIL.lastIndex = e;
      const tail = possessive ? null : DOTTED_COMPOUND_TAIL.exec(piece);
      if (tail) {
        e += tail[0].length;
        raw = piece.slice(s, e);
        WORD.lastIndex = e;
      }
    }
    const breakBefore = tokens.length === 0 || piece.slice(lastEnd, s).includes('\n');
    const word = HAS_WORD_CHAR.test(raw);
    tokens.push({
      start: start + s,
      end: start + s + raw.length,
      text: raw,
      lower: raw.toLowerCase(),
      cap: word && (UPPER_LETTER.test(raw) || ARTICLE_NAME.test(raw) || INNER_CAPITAL.test(raw) || (DIGIT_FIRST.test(raw) && isDigitLedBrand(raw))),
      upper: word && HAS_LETTER.test(raw) && !HAS_LOWER.test(raw),
      word,
      possessive,
      breakBefore,
    });
    lastEnd = Math.max(e, WORD.lastIndex);
  }
  return tokens;
}

// What may stand after a sentence's full stop in its piece: spaces, closing quotes and brackets.
const SENTENCE_TAIL = /^[\s"'’”)\]]*$/u;

/**
 * "fourth in Serie A.", "kept a Plan B.": a lone capital letter whose full stop ends the sentence
 * closes a name, not an initial, which a surname always follows.
 */
function isLetterClosingSentence(word: string, piece: string, dot: number): boolean {
  return word.length === 1 && SENTENCE_TAIL.test(piece.slice(dot + 1));
}

/**
 * A word whose next period is its own: an initial, "U.S", "W.Va", "Inc". A web address ends in a
 * lower-case domain, so the period after "Amazon.com" ends the sentence.
 */
function isDottedWord(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  return (word.includes('.') && !isWebAddress(word)) || DOTTED_WORDS.has(word.toLowerCase());
}

function isWebAddress(word: string): boolean {
  const domain = word.slice(word.lastIndexOf('.') + 1);
  return domain.length > 1 && domain === domain.toLowerCase() && domain !== domain.toUpperCase();
}

/** The words [from, to) lower-cased and joined by spaces, as the lexicons key a name: "bank of england". */
export function lowerPhrase(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
}

/** The token at `i` is the first word of its sentence, past opening quotes and brackets. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k].word) return false;
  return true;
}

/** "the" comes right before the run, which a person's name never takes: "the Sierra Club", "told the Leicester Mercury". */
export const followsThe = (tokens: readonly Token[], from: number): boolean => tokens[from - 1]?.lower === 'the';

/**
 * The offsets of a hyphenated word's parts when every part passes `accept` ("Russia-Ukraine" as
 * two places), else none.
 */
export function hyphenParts(t: Token, accept: (part: string) => boolean): Array<{ start: number; end: number }> {
  if (!t.text.includes('-')) return [];
  const parts: Array<{ start: number; end: number }> = [];
  let at = t.start;
  for (const part of t.text.split('-')) {
    if (!accept(part)) return [];
    parts.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  return parts;
}
