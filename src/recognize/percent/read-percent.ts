import { FRACTION_WORDS, UNIT_WORDS } from '../../lexicon/number-words';
import type { PercentUnit, Qualifier } from '../../types';
import { gluedToWord, numberStandsAlone } from '../numeric/amount-start';
import { readNumber, type NumberRead } from '../numeric/read-number';
import { readOpening } from '../numeric/scan';
import { unitAfterFraction } from '../numeric/fraction-of';
import { glued, isSym, isWord, sameLine, type Token } from '../numeric/tokens';
import { NEGATION } from '../numeric/word-classes';
import { readBarePoint, readPercentUnit, readUnitWords } from './read-percent-unit';
import { changeOpener, closeBounds } from '../numeric/opens-change';
import { inScoringSentence } from './score-points';
import type { Sentence } from '../../pipeline-types';

/** One number with its percent unit, or without one as the first half of "20 to 25 percent". */
export interface PercentSide {
  next: number;
  amount: NumberRead;
  sign: number;
  unit: PercentUnit | null;
}

export interface PercentPhrase {
  first: number;
  next: number;
  sides: [PercentSide] | [PercentSide, PercentSide];
  qualifier?: Qualifier;
  between: boolean;
  /** "percent of 10": the unit written before the number. */
  unitFirst: boolean;
}

/**
 * Reads a percentage at `tokens[i]`:
 *   [qualifier | "between"] side [("-" | "to" | "and") side]   where side = [sign] number [unit]
 * and the last side carries a unit; or the unit first, "percent of 10", at the end of a clause.
 */
export function readPercent(text: string, tokens: readonly Token[], i: number, sentences: readonly Sentence[]): PercentPhrase | null {
  const opening = readOpening(tokens, i);
  if (!opening) return null;
  const { qualifier, between } = opening;
  const side1 = readSide(text, tokens, opening.amountAt, sentences);
  if (!side1) return opening.amountAt === i ? readUnitFirst(text, tokens, i) : null;
  const side2 = readSecondSide(text, tokens, side1, between, changeOpener(tokens, i), sentences);
  if (between && !side2) return null;
  if (!side2 && !side1.unit) return null;
  return {
    first: i,
    next: side2 ? side2.next : side1.next,
    sides: side2 ? [side1, side2] : [side1],
    qualifier,
    between,
    unitFirst: false,
  };
}

function readSide(text: string, tokens: readonly Token[], i: number, sentences: readonly Sentence[], afterConnector = false): PercentSide | null {
  let sign = 1;
  let at = i;
  const t = tokens[i];
  if (!t) return null;
  if (t.cls & NEGATION && sameLine(tokens, i + 1)) {
    // "plus or minus 2%" gives a margin both ways: the figure alone, read from the next token.
    if (isWord(tokens, i, 'minus') && isWord(tokens, i - 1, 'or') && isWord(tokens, i - 2, 'plus')) return null;
    sign = -1;
    at = i + 1;
  } else if (t.kind === 'sym' && (t.text === '-' || t.text === '+') && glued(tokens, i + 1) && tokens[i + 1]?.kind === 'num') {
    // "-0.4%" but not "COVID-19%" or "3-4%" (a range, read by the caller).
    if (glued(tokens, i) && i > 0 && !isSym(tokens, i - 1, '(')) return null;
    sign = t.text === '-' ? -1 : 1;
    at = i + 1;
  } else if (!afterConnector && !numberStandsAlone(tokens, i)) return null;
  const compound = readPointCompound(tokens, at);
  if (compound) return scorePoint(text, sentences, tokens, at, compound.next) ? null : { next: compound.next, amount: compound.amount, sign, unit: 'percentage-point' };
  const amount = readNumber(text, tokens, at) ?? readArticleAsOne(tokens, at);
  if (!amount || amount.vague) return null;
  const unitAt = unitAfterFraction(tokens, amount);
  const point = wordFraction(amount) ? readBarePoint(tokens, unitAt) : null;
  const unit = readPercentUnit(tokens, unitAt) ?? (point && !scorePoint(text, sentences, tokens, at, point.next) ? point : null);
  const next = unit ? unit.next : amount.next;
  if (gluedToWord(tokens, next)) return null;
  return { next, amount, sign, unit: unit?.unit ?? null };
}

/**
 * "half a point", "a quarter-point", "three-quarters of a point": a fraction in words before a bare
 * "point" moves a rate or yield by that part of a percentage point. Whole numbers of points stay
 * out ("the Dow fell 30 points" counts an index), as do digit fractions ("rose 3/4 point" quotes
 * a share price in dollars).
 */
function wordFraction(amount: NumberRead): boolean {
  return !amount.digits && amount.value < 1;
}

/** A bare point that scores a game: "leads by half a point after seven games". */
function scorePoint(text: string, sentences: readonly Sentence[], tokens: readonly Token[], first: number, next: number): boolean {
  return inScoringSentence(text, sentences, tokens[first].start, tokens[next - 1].end);
}

/**
 * "another half-point cut", "a three-quarter-point rise": a fraction hyphened to "point" as one
 * adjective, where "quarter" stays singular whatever its count.
 */
function readPointCompound(tokens: readonly Token[], i: number): { amount: NumberRead; next: number } | null {
  let j = i;
  let count = 1;
  const first = tokens[i];
  if (first?.kind === 'word' && UNIT_WORDS[first.text] !== undefined && isSym(tokens, i + 1, '-') && glued(tokens, i + 1) && glued(tokens, i + 2)) {
    count = UNIT_WORDS[first.text];
    j = i + 2;
  }
  const word = tokens[j];
  const fraction = word?.kind === 'word' ? FRACTION_WORDS[word.text] : undefined;
  if (fraction === undefined || !isSym(tokens, j + 1, '-') || !glued(tokens, j + 1)) return null;
  const point = readBarePoint(tokens, j + 1);
  const value = count * fraction;
  if (!point || value >= 1) return null;
  return { amount: { value, next: j + 1, base: value, scale: 1, digits: false, vague: false }, next: point.next };
}

/** "a percentage point", "a basis point": the article is the number one (but not in "a percentage"). */
function readArticleAsOne(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t || (t.text !== 'a' && t.text !== 'an') || t.kind !== 'word' || (readPercentUnit(tokens, i + 1)?.unit ?? 'percent') === 'percent') return null;
  return { value: 1, next: i + 1, base: 1, scale: 1, digits: false, vague: false };
}

function readSecondSide(text: string, tokens: readonly Token[], side1: PercentSide, between: boolean, change: 'from' | 'verb' | null, sentences: readonly Sentence[]): PercentSide | null {
  const c = side1.next;
  if (!sameLine(tokens, c) || !sameLine(tokens, c + 1)) return null;
  const ok = between ? isWord(tokens, c, 'and') : isSym(tokens, c, '-') || isWord(tokens, c, 'to');
  if (!ok) return null;
  const side2 = readSide(text, tokens, c + 1, sentences, true);
  if (!side2 || !side2.unit) return null;
  if (side1.unit && side1.unit !== side2.unit) return null;
  // "from 5% to 7%", "fell 3% to 12%": a change and a new level, not a range ("fell 2 to 3%" and
  // "rose 10% to 15%" are one).
  if (change && side1.unit && (change === 'from' || !closeBounds(side1.sign * side1.amount.value, side2.sign * side2.amount.value))) return null;
  // "backed him by 71 percent to 27 percent": a split of votes or a fall, which no range writes
  // from its top down.
  if (side1.unit && side1.sign * side1.amount.value > side2.sign * side2.amount.value) return null;
  return side2;
}

/** "percent of 10", "per cent of twenty-two": the unit first, the number closing the clause. */
function readUnitFirst(text: string, tokens: readonly Token[], i: number): PercentPhrase | null {
  const unit = readUnitWords(tokens, i);
  if (!unit || unit.unit !== 'percent' || !isWord(tokens, unit.next, 'of')) return null;
  const at = unit.next + 1;
  if (!sameLine(tokens, at)) return null;
  const amount = readNumber(text, tokens, at);
  if (!amount || amount.vague) return null;
  const after = tokens[amount.next];
  if (after && sameLine(tokens, amount.next) && !(after.kind === 'sym' && '.,;:!?)'.includes(after.text))) return null;
  return {
    first: i,
    next: amount.next,
    sides: [{ next: amount.next, amount, sign: 1, unit: 'percent' }],
    between: false,
    unitFirst: true,
  };
}
