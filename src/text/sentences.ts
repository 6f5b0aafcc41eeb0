import { AMBIGUOUS_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/abbreviations';
import { MONTHS } from '../lexicon/months';
import { TIME_ZONE_ABBREVIATIONS, ZONE_WORDS } from '../lexicon/time-zones';
import { WEEKDAYS } from '../lexicon/weekdays';
import type { Sentence } from '../pipeline-types';

/**
 * Splits normalized text into paragraphs and sentences, in one linear pass.
 *
 * News text comes in two shapes. Most of it has one paragraph or headline per line, so a line
 * break ends a sentence. Some is hard-wrapped at a fixed width, where a single line break is
 * only a space; such text is detected from its line lengths.
 *
 * No sentence is longer than MAX_SENTENCE: compromise's cost grows faster than linearly with
 * sentence length, so a 1 MB line without full stops is cut at spaces into bounded pieces.
 */

export const MAX_SENTENCE = 1000;

const PARAGRAPH_BREAK = /\n[ ]*\n/g;

export function splitSentences(text: string): Sentence[] {
  const wrapped = looksHardWrapped(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const emitParagraph = (start: number, end: number) => {
    if (/\S/.test(text.slice(start, end))) {
      splitParagraph(text, start, end, wrapped, paragraph, sentences);
      paragraph++;
    }
  };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    emitParagraph(from, m.index);
    from = m.index + m[0].length;
  }
  emitParagraph(from, text.length);
  return sentences;
}

function splitParagraph(text: string, start: number, end: number, wrapped: boolean, paragraph: number, out: Sentence[]): void {
  let sentenceStart = start;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    for (const [ps, pe] of capPieces(text, s, e)) out.push({ index: out.length, start: ps, end: pe, paragraph });
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n') {
      if (!wrapped) {
        push(sentenceStart, i);
        sentenceStart = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && (text[j] === '"' || text[j] === "'" || text[j] === ')' || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    const dot = i;
    // A run of closing punctuation is examined once; resuming inside it would rescan it.
    i = j - 1;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) continue;
    if (c === '.' && !endsSentenceAfterDot(text, dot, k)) continue;
    if (!/["'(\[A-Z0-9]/.test(text[k])) continue;
    push(sentenceStart, j);
    sentenceStart = j;
  }
  push(sentenceStart, end);
}

function endsSentenceAfterDot(text: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && dot - w < 12 && /[A-Za-z.]/.test(text[w - 1])) w--;
  const written = text.slice(w, dot);
  // "at 8:48 p.m. EST. The board said": a zone in capitals is no "est." (estimated) and may end a sentence.
  if (ZONE_ABBREVIATIONS.has(written)) return true;
  const word = written.toLowerCase();
  // "in the 1990s. Rents rose", "bought two 737s. The": a letter after digits is a plural, no initial.
  if (word.length === 1 && /[a-z]/.test(word)) return isDigit(text.charCodeAt(w - 1)) || isLetteredTerm(text, w); // an initial: "J. Smith"
  if (isRankMark(text, dot)) return false;
  if (NON_FINAL_ABBREVIATIONS.has(word)) return false;
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || /^([a-z]\.)+[a-z]$/.test(word)) {
    const m = /^[A-Za-z]+/.exec(text.slice(next, next + 20));
    if (!m) return false;
    if (SENTENCE_OPENERS.has(m[0].toLowerCase())) return true;
    return MERIDIEMS.has(word) && endsClockTime(text, m[0], next + m[0].length);
  }
  return true;
}

const MERIDIEMS: ReadonlySet<string> = new Set(['a.m', 'p.m']);

// Looked up at every full stop, so a set rather than the lexicon's list.
const ZONE_ABBREVIATIONS: ReadonlySet<string> = new Set(TIME_ZONE_ABBREVIATIONS);

// Nouns a capital letter completes as a term, not as a name's initial: "Serie A", "Plan B", "Group C".
const LETTERED_TERM_NOUNS: ReadonlySet<string> = new Set([
  'serie', 'plan', 'group', 'pool', 'class', 'type', 'vitamin', 'hepatitis', 'division', 'section', 'category', 'grade',
  'phase', 'part', 'article', 'exhibit', 'appendix', 'schedule', 'tier', 'level', 'block', 'wing', 'gate', 'terminal',
]);

/** The letter at `at` completes the word before it as a term ("in Serie A. Arsenal face"), so its full stop may end the sentence. */
function isLetteredTerm(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 14), at);
  return /\s$/.test(lead) && LETTERED_TERM_NOUNS.has((lead.trimEnd().split(/\s/).pop() ?? '').toLowerCase());
}

/** "Eastern time", "Tokyo time", "New York time": a place before "time" still belongs to the clock time. */
const ZONE_TIME_AFTER = /^(?:\s+\p{Lu}\p{Ll}+)?\s+time\b/u;

/**
 * After "3 p.m." a capitalized word opens the next sentence ("rose at 11 a.m. Schools will
 * close"), unless it carries on the time: a weekday, a month, a zone ("2 p.m. EST", "9 p.m. Eastern").
 */
function endsClockTime(text: string, word: string, after: number): boolean {
  if (word[0] < 'A' || word[0] > 'Z') return false;
  const lower = word.toLowerCase();
  if (WEEKDAYS.has(lower) || MONTHS.has(lower) || ZONE_WORDS.has(lower) || ZONE_ABBREVIATIONS.has(word)) return false;
  return !ZONE_TIME_AFTER.test(text.slice(after, after + 24));
}

// "1. Jan Ullrich ( Germany ) 4:12:33", "100 metres : 1. Donovan Bailey", "9.93 2. Ato Boldon": the
// rank of an entry in results, at a line's start, after a label or after the figure of the entry
// before, opens the entry and ends no sentence.
const RANK = /^\d{1,3}$/;
const FIGURE_BEFORE_RANK = /\d[.:]\d+ $/;
const FIGURE_LOOKBEHIND = 8;

function isRankMark(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w < 4 && isDigit(text.charCodeAt(w - 1))) w--;
  if (!RANK.test(text.slice(w, dot))) return false;
  let s = w;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  if (s === 0 || text[s - 1] === '\n' || text[s - 1] === ':') return true;
  return FIGURE_BEFORE_RANK.test(text.slice(Math.max(0, w - FIGURE_LOOKBEHIND), w));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Cuts an over-long sentence at whitespace into pieces of at most MAX_SENTENCE code units. */
function capPieces(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_SENTENCE) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    let cut = lastSpaceAfter(text, s + MAX_SENTENCE / 2, s + MAX_SENTENCE);
    if (cut < 0) cut = s + MAX_SENTENCE;
    if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    pieces.push([s, cut]);
    s = cut;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
  }
  if (s < end) pieces.push([s, end]);
  return pieces;
}

/**
 * The last space in (from, to], or -1. Bounded on purpose: lastIndexOf would scan back to the
 * start of a spaceless line, once per piece, which is quadratic on 1 MB of "-----".
 */
function lastSpaceAfter(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

/** Hard-wrapped text: most lines are long, of similar width, and many end mid-sentence. */
function looksHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 6) return false;
  const long = lines.filter((l) => l.length >= 50 && l.length <= 100);
  if (long.length / lines.length < 0.6) return false;
  const openEnded = long.filter((l) => /[A-Za-z,]$/.test(l.trimEnd()));
  return openEnded.length / long.length > 0.5;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
