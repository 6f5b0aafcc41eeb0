import { ADDEND_MINOR_UNITS, COUNTED_BY_ARTICLE, CURRENCY_PREFIX_WORDS, GAME_VERBS, GLUED_MINOR_UNITS, MINOR_UNIT_WORDS, type MinorUnit } from '../../lexicon/currencies';
import { TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words';
import { RATE_MARKERS, RATE_UNITS } from '../../lexicon/rate-units';
import { TIME_UNITS } from '../../lexicon/time-units';
import type { Qualifier } from '../../types';
import { fractionOfMixedNumber, gluedToWord, numberStandsAlone } from '../numeric/amount-start';
import { readNumber, readScaleWords, type NumberRead } from '../numeric/read-number';
import { readOpening } from '../numeric/scan';
import { glued, isSym, isWord, sameLine, type Token } from '../numeric/tokens';
import { NEGATION } from '../numeric/word-classes';
import { endsNamedPrice, endsSpokenAmount, HASH_POUND, hashPoundAmount, readCurrencyAfter, readCurrencyBefore, type CurrencyRead } from './read-currency';
import { changeOpener, closeBounds } from '../numeric/opens-change';
import { unitAfterFraction } from '../numeric/fraction-of';

/**
 * Words after "a year", "a month" that make it a time, not a rate: "$5 million a year earlier". A
 * rate's start follows "from" ("$500 a month from March"), unless it is "from now".
 */
const TIME_AFTER_RATE: ReadonlySet<string> = new Set(['ago', 'earlier', 'before', 'later', 'after', 'since', 'prior']);

/** One amount with its currency: "$5 million", "5 million euros", "USD 5m", "5 to" (no currency yet). */
export interface MoneySide {
  first: number;
  next: number;
  amount: NumberRead;
  currency: CurrencyRead | null;
  /** The currency was written before the number ("$5", "USD 5"). */
  currencyFirst: boolean;
}

/** A money phrase read from the tokens, before it is resolved to a value. */
export interface MoneyPhrase {
  first: number;
  next: number;
  sides: [MoneySide] | [MoneySide, MoneySide];
  /** Cents written after the dollars: "3 dollars 50 cents", "15 dollars and 50". */
  minorAddend: number;
  qualifier?: Qualifier;
  between: boolean;
  per?: string;
  /** -1 after "minus" or a glued minus sign ("-$2 million"). */
  sign: 1 | -1;
}

/**
 * Reads a money phrase at `tokens[i]`:
 *   [qualifier | "between"] side [("-" | "to" | "and") side] [cents] [("a" | "per") unit]
 * where a side is [currency] number [scale] [currency] and at least one side names a currency.
 * So a share's move quoted in points alone, as older wire copy prints it ("rose 1/2 to 23-3/8",
 * "closed up 5/8 at $41-1/4"), gives money only where a currency is written ("$41-1/4" is 41.25):
 * the points may be cents, pence or yen, and a reader is not told which. A qualifier stays inside
 * the span ("about $5 million", "up to 300 euros"), as OntoNotes and MEANTIME write it;
 * Recognizers-Text leaves it out, and `qualifier` carries it either way.
 */
export function readMoney(text: string, tokens: readonly Token[], i: number): MoneyPhrase | null {
  if (fractionOfMixedNumber(tokens, i)) return null;
  const signed = readSign(tokens, i);
  const opening = signed ? { between: false, amountAt: signed, qualifier: undefined } : readOpening(tokens, i);
  if (!opening) return null;
  const { qualifier, between } = opening;
  const side1 = readSide(text, tokens, opening.amountAt);
  if (!side1) return null;
  const side2 = readSecondSide(text, tokens, side1, between, changeOpener(tokens, i));
  if (between && !side2) return null;
  if (!side2 && !side1.currency) return null;
  let next = side2 ? side2.next : side1.next;
  let minorAddend = 0;
  if (!side2) {
    const minor = readMinorAddend(text, tokens, side1);
    if (minor) {
      minorAddend = minor.value;
      next = minor.next;
    }
  }
  const afterPlus = side2 ? next : readPlus(tokens, next);
  const plus = afterPlus !== next;
  next = afterPlus;
  const rate = readRate(tokens, next);
  if (rate) next = rate.next;
  return {
    first: i,
    next,
    sides: side2 ? [side1, side2] : [side1],
    minorAddend,
    qualifier: plus ? (qualifier ?? 'more-than') : qualifier,
    between,
    per: rate?.unit,
    sign: signed ? -1 : 1,
  };
}

/**
 * "minus $5", "negative 20 euros", "-$2 million": a sign before the amount makes it a debt or a
 * loss. The index of the amount after the sign, or 0 when there is none. A hyphen counts only
 * glued to the amount and not to a word or number before it ("$3-$5" is a range, "COVID-$5" no sign).
 */
function readSign(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !sameLine(tokens, i + 1)) return 0;
  if (t.cls & NEGATION) return i + 1;
  if (t.kind !== 'sym' || t.text !== '-' || !glued(tokens, i + 1)) return 0;
  const before = tokens[i - 1];
  return before && glued(tokens, i) && (before.kind === 'word' || before.kind === 'num') ? 0 : i + 1;
}

// Codes that also name a series of conferences (the UN climate talks), and the highest session number.
const EVENT_SERIES_CODES = new Set(['COP']);
const NUMBERED_EVENT_LIMIT = 100;

/** [currency] number [scale] [currency]. */
export function readSide(text: string, tokens: readonly Token[], i: number, afterConnector = false): MoneySide | null {
  const before = readCurrencyBefore(tokens, i);
  const at = before ? before.next : i;
  if (before && !sameLine(tokens, at)) return null;
  if (!before && !afterConnector && !numberStandsAlone(tokens, at)) return null;
  const counted = before ? null : readArticleCount(tokens, at);
  let amount = readNumber(text, tokens, at, { looseScale: !!before }) ?? counted;
  if (!amount) return null;
  if (before && tokens[i].text === HASH_POUND && !hashPoundAmount(text, amount, at, tokens)) return null;
  if (before?.needsScale && (amount.scale === 1 || amount.vague)) return null;
  let currency = before;
  let next = amount.next;
  const unitAt = before ? next : unitAfterFraction(tokens, amount);
  const after = readCurrencyAfter(tokens, unitAt, amount);
  if (amount === counted && !(after && COUNTED_BY_ARTICLE.has(tokens[next].text) && (endsSpokenAmount(tokens, after.next) || startsCents(tokens, after.next)))) return null;
  if (amount === counted && tokens[next].text === 'buck' && GAME_VERBS.has(tokens[i - 1]?.text ?? '')) return null;
  // "a few dollars", "several cents": a count with no number needs a word that names money in any
  // context, in lower case ("several Bucks players" is a team).
  if (amount.vague && amount.scale === 1 && !(after && !before && COUNTED_BY_ARTICLE.has(tokens[unitAt].raw))) return null;
  if (before?.centsOnly) {
    // "US75 cents": the prefix names the dollar whose cents follow, and reads as nothing else.
    if (!after?.sharedBy?.includes(before.code!)) return null;
    currency = { ...after, code: before.code, assumed: false, sharedBy: undefined };
    next = after.next;
  }
  // "£3.50p": a pence letter after a pound sign repeats the unit of the pounds written.
  else if (after && before?.form === 'symbol' && after.form === 'minor' && after.code === before.code) next = after.next;
  else if (after && (!before || compatible(before, after, amount))) {
    currency = before ? { ...after, assumed: after.assumed && before.assumed, dollar: true } : after;
    next = after.next;
    // "75 USD million": the scale after the code.
    if (after.form === 'code' && amount.scale === 1) {
      const scaled = readScaleWords(tokens, next, {}, true);
      if (scaled.scale > 1) {
        amount = { ...amount, value: amount.base * scaled.scale, scale: scaled.scale };
        next = scaled.next;
      }
    }
  }
  if (gluedToWord(tokens, next)) return null;
  // A name that needs a scale reads as money whatever follows: "a sterling 300 million bond".
  if (before?.form === 'name' && (currency !== before || (!before.needsScale && !endsNamedPrice(tokens, next)))) return null;
  // "RM 42 Commando": an abbreviation and a number before a name label a unit, not a price.
  if (before && currency === before && CURRENCY_PREFIX_WORDS[tokens[i].text] && startsName(tokens, next)) return null;
  // "R50bn" is rand; "the R2 motorway", "Grade R 2" are a road and a class: one letter before a
  // number names a currency only with a scale after it, or written as a price no road or class
  // number is ("R18.35", "N1,600") or with a rate after it ("N30 per share", "R150 a month").
  if (before && currency === before && before.form === 'code' && tokens[i].text.length === 1 && amount.scale === 1 && !writtenAsPrice(text, tokens, at, amount) && !readRate(tokens, next)) return null;
  // "the COP30 summit": a code that also names a series of conferences, glued to a small whole
  // number with no scale, counts the sessions; "COP 30,000" and "COP30 million" are pesos.
  if (before && currency === before && EVENT_SERIES_CODES.has(tokens[i].raw) && glued(tokens, at) && amount.scale === 1 && Number.isInteger(amount.value) && amount.value < NUMBERED_EVENT_LIMIT) return null;
  return { first: i, next, amount, currency, currencyFirst: !!before };
}

/** Digits in thousands groups or to hundredths: "1,600", "18.35". */
const PRICE_DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d)$/;

function writtenAsPrice(text: string, tokens: readonly Token[], at: number, amount: NumberRead): boolean {
  return amount.digits && PRICE_DIGITS.test(text.slice(tokens[at].start, tokens[amount.next - 1].end));
}

/** "a dollar fifty", "a buck 25", "a dollar and a half": cents after an amount an article counts. */
function startsCents(tokens: readonly Token[], i: number): boolean {
  if (!sameLine(tokens, i)) return false;
  const t = tokens[i];
  if (t?.kind === 'num') return t.text.length <= 2;
  if (isWord(tokens, i, 'and')) return isWord(tokens, i + 1, 'a') && isWord(tokens, i + 2, 'half');
  return !!t && t.kind === 'word' && (UNIT_WORDS[t.text] !== undefined || TENS_WORDS[t.text] !== undefined);
}

function startsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'word' && sameLine(tokens, i) && t.raw[0] !== t.text[0];
}

/** "a dollar", "a couple of bucks": the article or "a couple" as the count of a currency word after it. */
function readArticleCount(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || (t.text !== 'a' && t.text !== 'an')) return null;
  if (!isWord(tokens, i + 1, 'couple')) return { value: 1, next: i + 1, base: 1, scale: 1, digits: false, vague: false };
  const next = isWord(tokens, i + 2, 'of') ? i + 3 : i + 2;
  return { value: 2, next, base: 2, scale: 1, digits: false, vague: false };
}

/**
 * "$9.99 US dollars", "USD$23 billion dollar": a sign then the currency's name, read as one
 * when the name adds something (which dollar) or follows a scale; "$10 dollars bill" stays "$10".
 */
function compatible(before: CurrencyRead, after: CurrencyRead, amount: NumberRead): boolean {
  if (after.form === 'minor' || (after.assumed && amount.scale === 1)) return false;
  if (before.code === after.code) return true;
  return before.assumed && after.dollar;
}

/** The second side of a range: "$5-10 million", "5 to 7 million euros", "between $5 and $7 billion". */
function readSecondSide(text: string, tokens: readonly Token[], side1: MoneySide, between: boolean, change: 'from' | 'verb' | null): MoneySide | null {
  const c = side1.next;
  const connector = tokens[c];
  if (!connector || !sameLine(tokens, c)) return null;
  const ok = between ? isWord(tokens, c, 'and') : isSym(tokens, c, '-') || isWord(tokens, c, 'to');
  if (!ok || !sameLine(tokens, c + 1)) return null;
  const side2 = readSide(text, tokens, c + 1, true);
  if (!side2) return null;
  const a = side1.currency;
  const b = side2.currency;
  if (!a && !b) return null;
  if (a && b && a.code !== b.code) return null;
  if (b && !a && b.form === 'minor') return null;
  if (side2.amount.vague || side1.amount.vague) return null;
  // "rose by a third to £2.1m": a fraction in words is the size of the change, not a range's floor.
  if (!a && !side1.amount.digits && side1.amount.value < 1) return null;
  // "from $5 million to $7 million", "rose $2 to $30": a change and a new level, not a range;
  // "cut earnings by 5 cents to 8 cents a share" guesses the change per share.
  if (change && a && b && !(side1.amount.scale === 1 && side2.amount.scale > 1) && !(change === 'verb' && ratedBounds(tokens, side1, a, side2, b))) return null;
  // "fell 12 cents to 45", "rose three pence to 187": the level the change reached, in a unit the
  // story leaves unsaid (a share's price in pence or dollars), is no range's end; "rose $5-7
  // million" and "range from $10 to 20" still are ranges.
  if (change && a && !b && isWord(tokens, c, 'to') && !isWord(tokens, side1.first - 1, 'from')) return null;
  // "fell 1.25 to $14.50", "rose 2 3/8 to $31 5/8": a bare change in points of a share's price,
  // then the level it reached; "sales will rise 5 to $7 million" is still a guess, one range.
  if (change === 'verb' && !a && b && isWord(tokens, c, 'to') && !closeBounds(side1.amount.base, side2.amount.base)) return null;
  // "awarded $5 million to $3 million", "cut from £40 to £35": no range is written from its top down.
  if (a && b && inMajorUnits(side1, a) > inMajorUnits(side2, b)) return null;
  return side2;
}

const inMajorUnits = (side: MoneySide, c: CurrencyRead) => (side.amount.value * c.scale) / c.perMajor;

/** Two amounts close together with a rate after the second: "5 cents to 8 cents a share". */
function ratedBounds(tokens: readonly Token[], side1: MoneySide, a: CurrencyRead, side2: MoneySide, b: CurrencyRead): boolean {
  return closeBounds(inMajorUnits(side1, a), inMajorUnits(side2, b)) && readRate(tokens, side2.next) !== undefined;
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50", "10 $ 30 cent". */
function readMinorAddend(text: string, tokens: readonly Token[], side: MoneySide): { value: number; next: number } | null {
  const currency = side.currency;
  if (!currency || currency.form === 'minor' || side.amount.scale !== 1 || !Number.isInteger(side.amount.value)) return null;
  let j = side.next;
  const withAnd = isWord(tokens, j, 'and');
  if (withAnd) j++;
  if (!sameLine(tokens, j) || !sameLine(tokens, side.next)) return null;
  // "five dollars and a half"
  if (withAnd && isWord(tokens, j, 'a') && isWord(tokens, j + 1, 'half') && sameLine(tokens, j + 1)) {
    // not "a dollar and a half-hour wait"
    return isSym(tokens, j + 2, '-') && glued(tokens, j + 2) ? null : { value: 0.5, next: j + 2 };
  }
  const cents = readNumber(text, tokens, j, {});
  if (!cents || cents.vague || cents.scale !== 1 || cents.value <= 0 || cents.value >= 100 || !Number.isInteger(cents.value)) return null;
  const after = tokens[cents.next];
  if (after && sameLine(tokens, cents.next)) {
    const minor = after.kind === 'word' ? (MINOR_UNIT_WORDS[after.text] ?? ADDEND_MINOR_UNITS[after.text] ?? (after.space === 0 ? GLUED_MINOR_UNITS[after.text] : undefined)) : undefined;
    if (minor) return belongsTo(minor, currency.code) ? { value: cents.value / minor.perMajor, next: cents.next + 1 } : null;
    // "one dollar and one and a point": a second "and" closes the cents as a full stop would.
    if (after.kind === 'word' && after.text !== 'more' && !(withAnd && after.text === 'and')) return null;
    if (after.kind === 'num' || (after.kind === 'sym' && !'.,;:!?)'.includes(after.text))) return null;
  }
  // "$20 43" only with two-digit cents; "$20 4" is two numbers.
  if (currency.form === 'symbol' && !withAnd && !(cents.digits && tokens[j].end - tokens[j].start === 2)) return null;
  return { value: cents.value / 100, next: cents.next };
}

/**
 * Cents serve many currencies, so they join any major unit; the other minor units name theirs:
 * "3,000 Swiss francs and 20 pence" is two amounts, not 3,000.20 francs.
 */
function belongsTo(minor: MinorUnit, code: string | null): boolean {
  return minor.currency === 'USD' || minor.currency === code;
}

/** "$100,000-plus", "a $5 billion-plus budget": the index after the glued "-plus", or `i`. */
function readPlus(tokens: readonly Token[], i: number): number {
  return isSym(tokens, i, '-') && glued(tokens, i) && isWord(tokens, i + 1, 'plus') && glued(tokens, i + 1) ? i + 2 : i;
}

/**
 * "$4 a share", "$80 per barrel", "$15 an hour", "$70-a-share", "$5/hour". OntoNotes keeps the
 * unit inside the MONEY span ("18 cents a share"), so the rate extends the phrase. Not
 * "$5 million a year earlier", where "a year" dates the amount.
 */
function readRate(tokens: readonly Token[], i: number): { unit: string; next: number } | undefined {
  let j = i;
  if (isSym(tokens, j, '-')) j++;
  const marker = tokens[j];
  if (!marker || !sameLine(tokens, j) || !RATE_MARKERS.has(marker.text)) return undefined;
  j++;
  if (isSym(tokens, j, '-')) j++;
  const unit = tokens[j];
  if (!unit || unit.kind !== 'word' || !sameLine(tokens, j)) return undefined;
  const name = unit.text.endsWith('s') && RATE_UNITS.has(unit.text.slice(0, -1)) ? unit.text.slice(0, -1) : unit.text;
  if (marker.text !== 'per' && !RATE_UNITS.has(name)) return undefined;
  const after = tokens[j + 1]?.text ?? '';
  if (TIME_UNITS.has(name) && (TIME_AFTER_RATE.has(after) || (after === 'from' && tokens[j + 2]?.text === 'now'))) return undefined;
  return { unit: name, next: j + 1 };
}
