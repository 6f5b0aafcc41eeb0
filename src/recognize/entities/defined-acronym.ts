import { gazetteer } from '../../lexicon/gazetteer';
import { INSTITUTION_HEADS, isBodyNoun, NEWS_AGENCIES, ORG_SUFFIXES } from '../../lexicon/org-words';
import { isCommonWordOrPlural, lexiconKind } from './name-words';
import { isNonEntity } from './negatives';
import { hasAcronymShape, isAcronym, organizationRule } from './org-shape';
import { personRule } from './person-shape';
import { lowerPhrase, type Token } from './tokens';

/** The rule of an acronym that a term defines, which the document drops wherever it recurs. */
export const DEFINED_TERM_RULE = 'negative/defined-term';

// Words inside a long form: "Maintenance, Repair and Overhaul", "Department of State".
const LONG_FORM_LINKS = new Set(['and', 'of', 'for', 'on', 'the', '&', ',']);
const LONG_FORM_TOKENS = 10;

/**
 * The long form that an acronym in brackets defines, as [from, to): "World Wide Developers
 * Conference (WWDC)" → "World Wide Developers Conference". Undefined when the run is no bracketed
 * acronym right after capitalized words whose initials spell it: "WASHINGTON (AP)" is a dateline
 * and its news agency, not a name for Washington.
 */
export function acronymLongForm(tokens: Token[], from: number, to: number): { from: number; to: number } | undefined {
  // "Reserve Bank of India (RBI)": a long form that spells the capitals defines them, though
  // alone they would stand for something else (runs batted in).
  if (!inBrackets(tokens, from, to) || !hasAcronymShape(tokens[from])) return undefined;
  const end = from - 1;
  let start = capitalsBefore(tokens, end);
  const letters = acronymLetters(tokens[from]);
  // The long form starts at the word whose initial opens the acronym: "NASA's Kennedy Space Center (KSC)".
  while (start < end && !(tokens[start].cap && tokens[start].lower.startsWith(letters[0]))) start++;
  return start < end && abbreviates(tokens.slice(start, end), letters) ? { from: start, to: end } : undefined;
}

/** The run is one word alone in brackets: "(WWDC)", "(Destatis)". */
const inBrackets = (tokens: Token[], from: number, to: number): boolean => to - from === 1 && tokens[from - 1]?.text === '(' && tokens[to]?.text === ')';

/** Where the capitalized words, and the links between them, that end at `end` begin. */
function capitalsBefore(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < LONG_FORM_TOKENS && !tokens[start].breakBefore) {
    const t = tokens[start - 1];
    if (t.cap && t.word && !t.possessive) start--;
    // "Organisation for the Prohibition of Chemical Weapons": two links may stand together.
    else if (LONG_FORM_LINKS.has(t.lower) && isLinkedWord(tokens[start - 2]) && (tokens[start].cap || tokens[start].lower === 'the')) start--;
    else break;
  }
  return start;
}

const isLinkedWord = (t: Token | undefined): boolean => !!t && (t.cap || (LONG_FORM_LINKS.has(t.lower) && t.lower !== ','));

/**
 * "the Federal Statistical Office (Destatis)", "the European Union's statistics agency
 * (Eurostat)", "the Interethnic Association for the Development of the Peruvian Rainforest,
 * known as Aidesep,": one word in brackets, or after ", known as", right after an organization's
 * name or its kind in lower case, where an acronym would stand, is the short name it goes by; the
 * rule says which, and whether a person goes by it ("Adolfo Macías, known as Fito,"). Not a place
 * ("Acme Holdings (Tokyo)" says where), a word ("District Council (Second)"), nor an acronym,
 * which acronymLongForm reads by its letters.
 */
export function shortNameRule(tokens: Token[], from: number, to: number): string | undefined {
  const word = tokens[from];
  const bracketed = inBrackets(tokens, from, to);
  const end = bracketed ? from - 1 : knownAsComma(tokens, from, to);
  if (end < 0 || !word.cap || word.upper || !word.word || isAcronym(word) || NEWS_AGENCIES.has(word.lower)) return undefined;
  // One word must be no place and no common word; a few, each capitalized, must name no place together.
  const words = tokens.slice(from, to);
  if (words.length === 1 ? gazetteer().place(word.text) || isCommonWordOrPlural(word.lower) : !words.every((t) => t.cap && t.word) || gazetteer().place(words.map((t) => t.text).join(' '))) return undefined;
  // "Brazil's foreign ministry, known as Itamaraty", "the statistics agency (Destatis)": a body
  // named by its kind in lower case goes by the name as well.
  const kind = tokens[end - 1];
  if (kind && !kind.cap && kind.word && isBodyNoun(kind.lower)) return bracketed ? BRACKETED_SHORT_NAME_RULE : KNOWN_AS_SHORT_NAME_RULE;
  // "Adolfo Macías, known as Fito,": after a person's full name, the name the person goes by.
  if (!bracketed && personRule(tokens, capitalsBefore(tokens, end), end)) return KNOWN_AS_NICKNAME_RULE;
  for (let start = capitalsBefore(tokens, end); start < end; start++) {
    // "SEOUL (Reuters)": a dateline in capitals is no body's name.
    if (!tokens[start].cap || tokens.slice(start, end).every((t) => t.upper)) continue;
    if (lexiconKind(lowerPhrase(tokens, start, end)) === 'organization' || organizationRule(tokens, start, end)) return bracketed ? BRACKETED_SHORT_NAME_RULE : KNOWN_AS_SHORT_NAME_RULE;
  }
  return undefined;
}

const BRACKETED_SHORT_NAME_RULE = 'organization/bracketed-short-name';
const KNOWN_AS_SHORT_NAME_RULE = 'organization/known-as';
export const KNOWN_AS_NICKNAME_RULE = 'person/known-as';

// "…, also known as X," and "…, better known as X.": the adverbs that may stand before "known as".
const KNOWN_AS_ADVERBS = new Set(['also', 'better', 'commonly', 'locally', 'widely']);
// What may close the short name: "known as Aidesep, said", "known as Aidesep." or the text's end.
const KNOWN_AS_CLOSERS = new Set([',', '.', ';', ')']);

// The most words of a short name after "known as the": "better known as the Black Watch".
const KNOWN_AS_WORDS = 3;

/**
 * The comma before "known as" that the short name closes, or -1: one word ("…Rainforest, known
 * as Aidesep, said") or, after "the", a few ("…Regiment of Scotland, better known as the Black
 * Watch,"), as a regiment's or a division's nickname is written.
 */
function knownAsComma(tokens: Token[], from: number, to: number): number {
  const article = tokens[from - 1]?.lower === 'the';
  if (to - from > (article ? KNOWN_AS_WORDS : 1)) return -1;
  const as = article ? from - 2 : from - 1;
  if (tokens[as]?.lower !== 'as' || tokens[as - 1]?.lower !== 'known') return -1;
  const closer = tokens[to];
  if (closer && !KNOWN_AS_CLOSERS.has(closer.text)) return -1;
  const comma = KNOWN_AS_ADVERBS.has(tokens[as - 2]?.lower ?? '') ? as - 3 : as - 2;
  return tokens[comma]?.text === ',' ? comma : -1;
}

/**
 * Schwartz and Hearst's test (2003) that a long form can be abbreviated by the letters: each
 * letter, right to left, is found in the words in order, and the first opens a word. Looser
 * than initials, as acronyms are: "Worldwide Developers Conference (WWDC)".
 */
function abbreviates(words: Token[], letters: string): boolean {
  const long = words.map((t) => t.lower).join(' ');
  let at = long.length - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (at >= 0 && (long[at] !== letters[i] || (i === 0 && at > 0 && /[\p{L}\p{N}]/u.test(long[at - 1])))) at--;
    if (at < 0) return false;
    at--;
  }
  return true;
}

function acronymLetters(acronym: Token): string {
  return acronym.lower.replace(/[.&]/g, '');
}

/** The letters are the initials of every word or of the capitalized ones ("Food and Drug Administration (FDA)"). */
function spells(words: Token[], letters: string): boolean {
  const initials = (list: Token[]) => list.map((t) => t.lower[0]).join('');
  const named = words.filter((t) => t.word);
  return letters.length === named.length ? initials(named) === letters : initials(named.filter((t) => t.cap)) === letters;
}

/**
 * The long form names a term, an event or a document, not a body: "Software Development Kit",
 * "Maintenance, Repair and Overhaul", "World Wide Developers Conference". A known name, one with
 * an institution's head or a company's suffix, stays a body ("Food and Drug Administration").
 */
export function namesTerm(tokens: Token[], from: number, to: number): boolean {
  if (isNonEntity(tokens, from, to)) return true;
  const words = tokens.slice(from, to).filter((t) => t.cap);
  if (lexiconKind(words.map((t) => t.lower).join(' ')) || organizationRule(tokens, from, to)) return false;
  return words.every((t) => !t.upper && isCommonWordOrPlural(t.lower) && !INSTITUTION_HEADS.has(t.lower) && !ORG_SUFFIXES.has(t.lower));
}

/**
 * The run defines the acronym in brackets after it, whose letters are the run's initials:
 * "Jemaah Islamiyah (JI)", "Forza Italia (FI)". People's names seldom get one, so a name no
 * list knows that does is a body's.
 */
export function definesAcronym(tokens: Token[], from: number, to: number): boolean {
  const acronym = tokens[to + 1];
  if (tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')' || !acronym || !isAcronym(acronym)) return false;
  return spells(tokens.slice(from, to), acronymLetters(acronym));
}
