import {
  AMBIGUOUS_CURRENCY_WORDS,
  CODE_ALIASES,
  CODE_LOOKALIKES,
  CODE_SCALE_PREFIXES,
  CURRENCY_PLURALS,
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  GLUED_MINOR_UNITS,
  GRAND,
  LOWER_CASE_CODES,
  LOWER_CASE_PREFIX_WORDS,
  MAX_CURRENCY_QUALIFIER_WORDS,
  MINOR_UNIT_WORDS,
  NAMES_BEFORE_NUMBER,
  SCALED_NAMES_BEFORE_NUMBER,
  NUMBER_BOUND_CODES,
  QUALIFIED_CURRENCY_WORDS,
  QUALIFIED_NAME_PLURALS,
  SINGLE_LETTER_PREFIXES,
  SUFFIX_ABBREVIATIONS,
  SYMBOL_PREFIXES,
  POUND_MONEY_NOUNS,
  WEIGHT_CUE_REACH,
  WEIGHT_CUES,
  WEIGHT_UNITS_AFTER_POUNDS,
  WORDS_AFTER_SPOKEN_AMOUNT,
  type MinorUnit,
} from '../../lexicon/currencies';
import { NOUN_DETERMINERS } from '../../lexicon/determiners';
import { ISO_QUALIFIED_CURRENCY_NAMES } from '../../lexicon/iso-currency-names';
import { isIsoCurrency } from '../../resolve/iso-4217';
import type { NumberRead } from '../numeric/read-number';
import { ambiguousNameIsMoney } from './ambiguous-names';
import { glued, isSym, isWord, NEWLINE, sameLine, type Token } from '../numeric/tokens';
import { CURRENCY_PREFIX } from '../numeric/word-classes';

/** A currency mention next to an amount. */
export interface CurrencyRead {
  /** ISO 4217 code, or null for a currency without one (bitcoin). */
  code: string | null;
  next: number;
  /** A bare "$", "dollars" or "cents": the currency is a guess. */
  assumed: boolean;
  /** Names a dollar ("$", "A$", "Canadian dollars"), for reading bare dollars in context. */
  dollar: boolean;
  /** `name` is a currency name written before the number ("ringgit 42"). */
  form: 'symbol' | 'code' | 'word' | 'name' | 'minor';
  /** A scale carried by the currency: "MUSD" is millions of dollars. */
  scale: number;
  /** How many of this unit make one of `code` (100 for cents). */
  perMajor: number;
  /** The name before the number counts money only before a scale: "sterling 300 million", not "sterling 3 hotels". */
  needsScale?: boolean;
  /** A minor unit several currencies share ("cents", "a penny"): the story picks one of these (story-currency.ts). */
  sharedBy?: readonly string[];
  /** A prefix with no sign ("US" in "US75 cents") that only says whose cents follow. */
  centsOnly?: boolean;
}

const CODE_WITH_SCALE = /^(K|M|MM|B|BN)?([A-Z]{3})$/;
/** Symbols that, glued before "$", mean the "$" is code or a template, not money: "x=$1", "'$1'". */
const CODE_CONTEXT_BEFORE_SIGN = "$=`'{\\/_&|:.@#";
/**
 * Signs a prefix can stand before: "US$", and "GB£"; "GB #" is the pound sign in the 7-bit
 * British character set, which older wire copy still shows.
 */
const PREFIXED_SIGNS = '$£#';
/**
 * The pound sign as the Penn Treebank's Wall Street Journal text and other 7-bit copy print it
 * ("# 287 million", "# 7.40"); readSide keeps it only before an amount no rank or tag has.
 */
export const HASH_POUND = '#';
/** Pounds and pence: "7.40", "1,250.05". */
const PENCE_DECIMAL = /^\d{1,3}(?:,\d{3})*\.\d\d$/;
/** Longest run of letters and dots read as a dollar prefix: "U.S." is four tokens. */
const MAX_PREFIX_TOKENS = 4;

const MAJOR = { scale: 1, perMajor: 1 } as const;

const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'til', 'from', 'to', 'before', 'after', 'around', 'about']);

/** A currency written before the amount: "$", "US$", "U.S. $", "C$", "USD", "MUSD", "Rs.". */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (!t || !startsFreely(tokens, i)) return null;
  if (t.kind === 'sym') {
    if (t.text === HASH_POUND) return { code: 'GBP', next: i + 1, assumed: false, dollar: false, form: 'symbol', ...MAJOR };
    const code = CURRENCY_SYMBOLS[t.text];
    if (code === undefined) return null;
    if (t.text === '$') {
      // "$US5 billion", "$A20", "$NZ3m": Australian and New Zealand papers put the letters after the sign.
      const after = tokens[i + 1];
      const which = after && after.kind === 'word' && glued(tokens, i + 1) && after.raw !== after.text ? SYMBOL_PREFIXES[after.text] : undefined;
      if (which && tokens[i + 2]?.kind === 'num' && sameLine(tokens, i + 2)) return { code: which, next: i + 2, assumed: false, dollar: true, form: 'symbol', ...MAJOR };
    }
    return { code: code || null, next: i + 1, assumed: t.text === '$', dollar: t.text === '$', form: 'symbol', ...MAJOR };
  }
  if (!(t.cls & CURRENCY_PREFIX)) return null;
  return readDollarPrefix(tokens, i) ?? readQualifiedSign(tokens, i) ?? readCode(tokens, i, true) ?? readPrefixWord(tokens, i) ?? readNameBefore(tokens, i) ?? readCentsPrefix(tokens, i);
}

/**
 * "Hong Kong $ 3 million", "Singapore $5 million", "Canadian $1.2 billion": a place's name before
 * the dollar sign says which dollar, as "HK$" does. Not after "in", where the place is where the
 * money went ("spent in Singapore $5 million").
 */
function readQualifiedSign(tokens: readonly Token[], i: number): CurrencyRead | null {
  if (isWord(tokens, i - 1, 'in') && sameLine(tokens, i)) return null;
  const { words, at } = wordsFrom(tokens, i);
  if (words.length === 0 || words.length > MAX_CURRENCY_QUALIFIER_WORDS) return null;
  const sign = at[words.length - 1] + 1;
  if (!isSym(tokens, sign, '$') || !sameLine(tokens, sign) || tokens[sign + 1]?.kind !== 'num' || !sameLine(tokens, sign + 1)) return null;
  const code = QUALIFIED_CURRENCY_WORDS[`${joinQualifier(words)} dollar`];
  return code ? { code, next: sign + 1, assumed: false, dollar: true, form: 'symbol', ...MAJOR } : null;
}

/** Words before a currency name that make it the currency itself, not a price: "against the dollar 0.5%". */
const NOUN_LEADS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, 'per', 'each', 'every', 'against', 'versus', 'vs', 'strong', 'weak', 'stronger', 'weaker']);

/**
 * "ringgit 42", "dollars 5", "at dollar 22.5 million": a currency name before the number, in
 * lower case or opening its sentence ("Euro 2016" mid-sentence is a tournament). readSide
 * checks that nothing the number counts follows it.
 */
function readNameBefore(tokens: readonly Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const needsScale = SCALED_NAMES_BEFORE_NUMBER.has(t.text);
  if (!NAMES_BEFORE_NUMBER.has(t.text) && !needsScale) return readQualifiedNameBefore(tokens, i);
  const prev = tokens[i - 1];
  const opensSentence = !prev || !sameLine(tokens, i) || (prev.kind === 'sym' && '.!?:;"('.includes(prev.text));
  if (t.raw !== t.text && !opensSentence) return null;
  // "a sterling 300 million bond": a name that counts only scaled amounts may follow a determiner.
  if (prev && prev.kind === 'word' && sameLine(tokens, i) && NOUN_LEADS.has(prev.text) && !(needsScale && NOUN_DETERMINERS.has(prev.text))) return null;
  if (tokens[i + 1]?.kind !== 'num' || !sameLine(tokens, i + 1)) return null;
  const code = CURRENCY_WORDS[singular(t.text)];
  const dollar = singular(t.text) === 'dollar';
  return code ? { code, next: i + 1, assumed: dollar, dollar, form: 'name', needsScale, ...MAJOR } : null;
}

/**
 * "Hong Kong dollars 500", "malaysia ringgit 42", "US dollar 42": a country-qualified name before
 * the number, read as readNameBefore reads the bare name (the name itself in lower case, no
 * article before the qualifier: "the US dollar 0.5 percent" is the currency).
 */
function readQualifiedNameBefore(tokens: readonly Token[], i: number): CurrencyRead | null {
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'word' && sameLine(tokens, i) && NOUN_LEADS.has(prev.text)) return null;
  const { words, at } = wordsFrom(tokens, i);
  const qualified = qualifiedName(words);
  if (!qualified) return null;
  const nameAt = at[qualified.k];
  const name = tokens[nameAt];
  if (name.raw !== name.text || !NAMES_BEFORE_NUMBER.has(name.text) || tokens[nameAt + 1]?.kind !== 'num' || !sameLine(tokens, nameAt + 1)) return null;
  const dollar = singular(name.text) === 'dollar';
  return { code: qualified.code, next: nameAt + 1, assumed: false, dollar, form: 'name', ...MAJOR };
}

/** The letters of a sign's prefix from `tokens[i]` on, one word ("US", "Mex", "USD") or two single letters ("U.S.", "u . s"), and the index after them. */
function prefixLetters(tokens: readonly Token[], i: number): { key: string; words: number; next: number } {
  let key = '';
  let words = 0;
  let j = i;
  while (j - i < MAX_PREFIX_TOKENS && tokens[j] && (j === i || sameLine(tokens, j))) {
    const t = tokens[j];
    if (t.kind === 'word' && t.text.length <= 4 && (words === 0 || (words === 1 && key.length === 1 && t.text.length === 1))) {
      key += t.text;
      words++;
    } else if (!(t.kind === 'sym' && t.text === '.' && words > 0)) break;
    j++;
  }
  return { key, words, next: j };
}

/**
 * "US75.20 cents", "U.S. 62 cents", "NZ 58c": a sign's prefix in capitals before cents, as
 * Australasian copy quotes its dollar, says whose cents. readSide keeps it only before cents.
 */
function readCentsPrefix(tokens: readonly Token[], i: number): CurrencyRead | null {
  const { key, words, next } = prefixLetters(tokens, i);
  const code = SYMBOL_PREFIXES[key];
  if (!code || key.length < 2 || tokens[next]?.kind !== 'num' || !sameLine(tokens, next)) return null;
  for (let j = i; j < next; j++) if (tokens[j].kind === 'word' && tokens[j].raw !== tokens[j].raw.toUpperCase()) return null;
  if (words === 1 && key.length > 2) return null;
  return { code, next, assumed: false, dollar: true, form: 'symbol', ...MAJOR, centsOnly: true };
}

/** "US$", "U.S.$", "u . s $", "HK$", "Mex$", "USD$", "GB£". */
function readDollarPrefix(tokens: readonly Token[], i: number): CurrencyRead | null {
  const { key, next: j } = prefixLetters(tokens, i);
  const sign = tokens[j];
  if (!sign || sign.kind !== 'sym' || sign.space === NEWLINE || !PREFIXED_SIGNS.includes(sign.text)) return null;
  const code = SYMBOL_PREFIXES[key];
  if (!code || (sign.text !== '$') !== (code === 'GBP')) return null;
  if (sign.space !== 0 && !spacedPrefixIsCurrency(tokens, i, j, key)) return null;
  return { code, next: j + 1, assumed: false, dollar: sign.text === '$', form: 'symbol', ...MAJOR };
}

/**
 * A prefix set apart from its sign is a currency in "US $5" and in tokenized wire copy
 * ("us $ 150 million", "c $ 16.4 million"), but not in "a $5 million deal", "pay us $5" or a
 * lower-cased possessive ("company ' s $ 5").
 */
function spacedPrefixIsCurrency(tokens: readonly Token[], i: number, sign: number, key: string): boolean {
  if (key === 'a') return false;
  if (SINGLE_LETTER_PREFIXES.has(key) && isSym(tokens, i - 1, "'")) return false;
  const uppercase = tokens[i].raw !== tokens[i].text;
  if (uppercase) return true;
  return tokens[sign + 1]?.space !== 0 && (key.length > 1 || key === 'c');
}

/** An ISO code before or after the amount: "USD 5", "EUR125", "5 million EUR", "30 MUSD", "usd$ 15". */
function readCode(tokens: readonly Token[], i: number, before: boolean): CurrencyRead | null {
  const t = tokens[i];
  if (t.kind !== 'word' || t.raw.length < 3 || t.raw.length > 5) return null;
  let scale = 1;
  let code: string | undefined;
  const m = CODE_WITH_SCALE.exec(t.raw);
  if (m) {
    code = m[2];
    if (m[1]) scale = CODE_SCALE_PREFIXES[m[1]];
  } else if (LOWER_CASE_CODES.has(t.raw.toLowerCase()) && t.raw.length === 3) code = t.raw.toUpperCase();
  if (!code) return null;
  code = CODE_ALIASES[code] ?? code;
  if (code !== '' && (!isIsoCurrency(code) || (CODE_LOOKALIKES.has(code) && !boundToNumber(tokens, i, code, before)))) return null;
  let next = i + 1;
  if (before && isSym(tokens, next, '$') && sameLine(tokens, next)) next++;
  return { code: code || null, next, assumed: false, dollar: false, form: 'code', scale, perMajor: 1 };
}

/** "42 SAR", and "SAR 10" with no capitalized name before it ("Hong Kong SAR 10 years on"). */
function boundToNumber(tokens: readonly Token[], i: number, code: string, before: boolean): boolean {
  if (!NUMBER_BOUND_CODES.has(code)) return false;
  if (!before) return true;
  const prev = tokens[i - 1];
  return !(prev && prev.kind === 'word' && prev.raw !== prev.text && sameLine(tokens, i));
}

/** "Rs 500", "Rs. 500", "RM2 billion", "Rp 10,000", "kr 10": abbreviations written like a sign. */
function readPrefixWord(tokens: readonly Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  const code = CURRENCY_PREFIX_WORDS[t.text];
  if (!code || (t.raw[0] === t.text[0] && !LOWER_CASE_PREFIX_WORDS.has(t.text))) return null;
  let next = i + 1;
  if (isSym(tokens, next, '.') && glued(tokens, next)) next++;
  // "HK dollars 20 million": the abbreviation qualifies a currency's name, read with the name.
  if (tokens[next]?.kind === 'word') return null;
  return { code, next, assumed: false, dollar: false, form: 'code', ...MAJOR };
}

/**
 * "# 287 million" and "# 7.40" are pounds; "#1", "# 3" and "#2024" rank or tag, so a bare "#"
 * needs a scale word or pence after a decimal point.
 */
export function hashPoundAmount(text: string, amount: NumberRead, at: number, tokens: readonly Token[]): boolean {
  if (amount.scale > 1 && !amount.vague) return true;
  const end = tokens[amount.next - 1];
  return amount.digits && PENCE_DECIMAL.test(text.slice(tokens[at].start, end.end));
}

/** False when `tokens[i]` is glued to a word, number or code-like symbol before it: "x$5", "A380". */
function startsFreely(tokens: readonly Token[], i: number): boolean {
  if (!glued(tokens, i) || i === 0) return true;
  const prev = tokens[i - 1];
  if (prev.kind === 'word' || prev.kind === 'num' || prev.kind === 'opaque') return false;
  return !CODE_CONTEXT_BEFORE_SIGN.includes(prev.text);
}

/**
 * A currency written after the amount: "5 €", "100元", "115USD", "5 million EUR",
 * "380 billion U.S. dollars", "5 mln dlrs", "50 cents", "20p", "10 pounds sterling".
 */
export function readCurrencyAfter(tokens: readonly Token[], i: number, amount: NumberRead): CurrencyRead | null {
  const t = tokens[i];
  if (!t || !sameLine(tokens, i)) return null;
  // "a 12-cent dividend", "a one-yen bid", "a 5-million-dollar deal"
  if (t.kind === 'sym' && t.text === '-' && glued(tokens, i) && tokens[i + 1]?.kind === 'word' && glued(tokens, i + 1)) {
    return readCurrencyWords(tokens, i + 1, amount);
  }
  if (t.kind === 'sym') return readSymbolAfter(tokens, i);
  if (t.kind !== 'word') return null;
  if (t.space === 0) {
    const minor = t.raw === t.text ? GLUED_MINOR_UNITS[t.text] : undefined;
    if (minor && !(tokens[i + 1]?.kind === 'word' && glued(tokens, i + 1)) && !looksLikeClockTime(tokens, i)) return minorRead(minor, i + 1);
  }
  // "USD50" after a count ("3 USD50 cards") is the code of the next amount.
  if (tokens[i + 1]?.kind === 'num' && glued(tokens, i + 1)) return null;
  const code = readCode(tokens, i, false) ?? readAbbreviationAfter(tokens, i);
  if (code) return code;
  if (t.space === 0 && tokens[i - 1]?.kind === 'num') return null;
  return readCurrencyWords(tokens, i, amount);
}

/** "42 RM", "20Rs", "10 kr", "3.14US$": an abbreviation or a sign's prefix after the number. */
function readAbbreviationAfter(tokens: readonly Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  const abbreviation = SUFFIX_ABBREVIATIONS[t.raw];
  if (abbreviation) return { code: abbreviation, next: i + 1, assumed: false, dollar: false, form: 'code', ...MAJOR };
  const prefix = t.raw !== t.text && isSym(tokens, i + 1, '$') && glued(tokens, i + 1) ? SYMBOL_PREFIXES[t.text] : undefined;
  if (!prefix || prefix === 'GBP' || (tokens[i + 2]?.kind === 'num' && sameLine(tokens, i + 2))) return null;
  return { code: prefix, next: i + 2, assumed: false, dollar: true, form: 'symbol', ...MAJOR };
}

/** "at 9p", "8p.m.": a glued "p" after an hour is a clock time, not pence. */
function looksLikeClockTime(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].text !== 'p') return false;
  if (isSym(tokens, i + 1, '.') && isWord(tokens, i + 2, 'm')) return true;
  return TIME_PREPOSITIONS.has(tokens[i - 2]?.text ?? '') && Number(tokens[i - 1].text) <= 12;
}

function readSymbolAfter(tokens: readonly Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (t.text === '¢') return minorRead(GLUED_MINOR_UNITS['¢'], i + 1);
  const code = CURRENCY_SYMBOLS[t.text];
  if (code === undefined) return null;
  // "10 $ 30 $" is two amounts with the sign after; "1 $ 10 dollars" has it before the 10.
  if (tokens[i + 1]?.kind === 'num' && sameLine(tokens, i + 1) && !signFollowsNextNumber(tokens, i + 1, t.text)) return null;
  return { code: code || null, next: i + 1, assumed: t.text === '$', dollar: t.text === '$', form: 'symbol', ...MAJOR };
}

function signFollowsNextNumber(tokens: readonly Token[], i: number, sign: string): boolean {
  let j = i + 1;
  while (isSym(tokens, j, '.,') && tokens[j + 1]?.kind === 'num' && glued(tokens, j)) j += 2;
  const after = tokens[j];
  return !!after && ((after.kind === 'sym' && after.text === sign) || (after.kind === 'word' && MINOR_UNIT_WORDS[after.text] !== undefined));
}

/** A minor unit that names its currency ("pence", "3 U.S. cents") is sure of it; a shared one ("cents") is a guess. */
function minorRead(minor: MinorUnit, next: number): CurrencyRead {
  const read: CurrencyRead = { code: minor.currency, next, assumed: !!minor.sharedBy, dollar: minor.currency === 'USD', form: 'minor', scale: 1, perMajor: minor.perMajor };
  if (minor.sharedBy) read.sharedBy = minor.sharedBy;
  return read;
}

/** The words from `tokens[i]` on, through dots and glued hyphens, as far as a qualified name reaches. */
function wordsFrom(tokens: readonly Token[], i: number): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  let j = i;
  while (words.length <= MAX_CURRENCY_QUALIFIER_WORDS && tokens[j] && (j === i || sameLine(tokens, j))) {
    const t = tokens[j];
    if (t.kind === 'word') {
      words.push(t.text);
      at.push(j);
    } else if (!(t.kind === 'sym' && (t.text === '.' || (t.text === '-' && glued(tokens, j))))) break;
    j++;
  }
  return { words, at };
}

/** The last words of the qualified names ("dollar" of "hong kong dollar"): any other word ends none, so no key is built for it. */
const QUALIFIED_LAST_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(QUALIFIED_CURRENCY_WORDS), ...ISO_QUALIFIED_CURRENCY_NAMES.keys()].map((name) => name.slice(name.lastIndexOf(' ') + 1)),
);

/** The longest country-qualified currency name opening `words` ("hong kong dollars"): its code and last word's index. */
function qualifiedName(words: readonly string[]): { code: string; k: number } | null {
  for (let k = Math.min(words.length - 1, MAX_CURRENCY_QUALIFIER_WORDS); k >= 1; k--) {
    const last = QUALIFIED_NAME_PLURALS[words[k]] ?? singular(words[k]);
    if (!QUALIFIED_LAST_WORDS.has(last)) continue;
    const key = `${joinQualifier(words.slice(0, k))} ${last}`;
    const code = QUALIFIED_CURRENCY_WORDS[key] ?? ISO_QUALIFIED_CURRENCY_NAMES.get(key);
    if (code) return { code, k };
  }
  return null;
}

/**
 * "92 Canadian cents", "80 Australian cents", "3 U.S. cents": a hundredth of the dollar the
 * country word names; "20 euro cents", a hundredth of the currency named.
 */
function qualifiedCentName(words: readonly string[]): { code: string; k: number } | null {
  const k = words.findIndex((w) => w === 'cent' || w === 'cents');
  if (k < 1) return null;
  const named = k === 1 ? CURRENCY_WORDS[singular(words[0])] : undefined;
  if (named) return { code: named, k };
  const dollar = qualifiedName([...words.slice(0, k), 'dollars']);
  return dollar && dollar.k === k ? { code: dollar.code, k } : null;
}

/** Currency names, with a country word before them when there is one ("Hong Kong dollars"). */
function readCurrencyWords(tokens: readonly Token[], i: number, amount: NumberRead): CurrencyRead | null {
  const { words, at } = wordsFrom(tokens, i);
  const qualified = qualifiedName(words);
  if (qualified) return wordRead(tokens, qualified.code, at[qualified.k] + 1, false, singular(words[qualified.k]) === 'dollar');
  const qualifiedCents = qualifiedCentName(words);
  if (qualifiedCents) return minorRead({ currency: qualifiedCents.code, perMajor: 100 }, at[qualifiedCents.k] + 1);
  const first = words[0];
  if (first === undefined) return null;
  const minor = MINOR_UNIT_WORDS[first];
  if (minor) return namesAfterCount(tokens[i], amount) ? null : minorRead(minor, i + 1);
  const name = singular(first);
  if (name === 'grand') return grandRead(tokens, i);
  if (name === 'pound') return isWord(tokens, i + 1, 'of') || weighsPounds(tokens, i, amount) ? null : wordRead(tokens, 'GBP', i + 1, false, false);
  const code = CURRENCY_WORDS[name];
  if (code === undefined) return null;
  if (AMBIGUOUS_CURRENCY_WORDS.has(name) && !ambiguousNameIsMoney(tokens, i, name, amount)) return null;
  const dollar = name === 'dollar' || name === 'dlr' || name === 'buck';
  return wordRead(tokens, code, i + 1, dollar, dollar);
}

/**
 * "50 Cent" (the rapper): a capitalized singular unit after a count other than one is a name;
 * money writes "50 cents" or "50 cent", and a headline in capitals "50 CENTS".
 */
function namesAfterCount(unit: Token, amount: NumberRead): boolean {
  return amount.value !== 1 && SINGULAR_MINOR_UNITS.has(unit.text) && unit.raw !== unit.text && unit.raw !== unit.raw.toUpperCase();
}

const SINGULAR_MINOR_UNITS: ReadonlySet<string> = new Set(['cent', 'penny']);

/**
 * "weighed 7 pounds 5 ounces", "weighs 180 pounds", "a 300-pound man": pounds of weight, which US
 * copy writes far more often than pounds sterling. A hyphenated pound stays money before a word
 * money buys ("a ten-pound note"), and a scaled amount ("a 2 million-pound deal") is always money.
 */
function weighsPounds(tokens: readonly Token[], i: number, amount: NumberRead): boolean {
  if (amount.scale !== 1) return false;
  if (tokens[i + 1]?.kind === 'num' && WEIGHT_UNITS_AFTER_POUNDS.has(tokens[i + 2]?.text ?? '')) return true;
  const hyphenated = isSym(tokens, i - 1, '-') && glued(tokens, i);
  if (hyphenated && !POUND_MONEY_NOUNS.has(tokens[i + 1]?.text ?? '')) return true;
  for (let j = i - 1; j >= Math.max(0, i - WEIGHT_CUE_REACH) && sameLine(tokens, j + 1); j--) {
    if (tokens[j].kind === 'word' && WEIGHT_CUES.has(tokens[j].text)) return true;
  }
  return false;
}

/** "3 grand", "a grand for it": a thousand dollars; not "a grand total", "two grand slams" or "Grand Prix". */
function grandRead(tokens: readonly Token[], i: number): CurrencyRead | null {
  if (tokens[i].raw !== tokens[i].text || !endsSpokenAmount(tokens, i + 1)) return null;
  return { code: 'USD', next: i + 1, assumed: true, dollar: true, form: 'word', scale: GRAND, perMajor: 1 };
}

/** The amount after a currency name ends there ("dollars 5."), with no unit or noun it counts ("dollar 5 percent", "euros 3 years"). */
export function endsNamedPrice(tokens: readonly Token[], next: number): boolean {
  const after = tokens[next];
  if (after && after.kind === 'sym' && after.text === '%') return false;
  return endsSpokenAmount(tokens, next);
}

/** The token after a spoken amount ("a dollar", "3 grand") lets it end there: no noun it modifies. */
export function endsSpokenAmount(tokens: readonly Token[], next: number): boolean {
  const after = tokens[next];
  return !after || after.kind !== 'word' || !sameLine(tokens, next) || WORDS_AFTER_SPOKEN_AMOUNT.has(after.text);
}

function wordRead(tokens: readonly Token[], code: string, next: number, assumed: boolean, dollar: boolean): CurrencyRead {
  // "pounds sterling", "dollars US"
  if (code === 'GBP' && isWord(tokens, next, 'sterling') && sameLine(tokens, next)) next++;
  return { code: code || null, next, assumed, dollar, form: 'word', ...MAJOR };
}

function singular(word: string): string {
  return CURRENCY_PLURALS[word] ?? word;
}

/** ["u", "s"] → "us"; ["hong", "kong"] → "hong kong": single letters are an abbreviation. */
function joinQualifier(words: readonly string[]): string {
  let out = '';
  for (let n = 0; n < words.length; n++) {
    const w = words[n];
    const abbreviated = w.length === 1 && n > 0 && words[n - 1].length === 1;
    out += n === 0 || abbreviated ? w : ` ${w}`;
  }
  return out;
}
