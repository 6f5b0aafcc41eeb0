import { AMOUNT_QUALIFIERS } from '../../lexicon/amount-qualifiers';
import { CURRENCY_PREFIX_WORDS, LOWER_CASE_CODES, NAMES_BEFORE_NUMBER, QUALIFIED_CURRENCY_WORDS, SCALED_NAMES_BEFORE_NUMBER, SYMBOL_PREFIXES } from '../../lexicon/currencies';
import { FRACTION_WORDS, NEGATION_WORDS, PLURAL_SCALE_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words';
import { PERCENT_UNIT_WORDS } from '../../lexicon/percent-units';

/**
 * What a word can start, as bit flags looked up once per word token. The phrase readers test a
 * flag before any other work, so ordinary words cost one map lookup in the whole scan.
 */
export const NUMBER_WORD = 1;
export const QUALIFIER_START = 2;
export const PERCENT_UNIT_START = 4;
export const CURRENCY_PREFIX = 8;
export const VAGUE_START = 16;
export const BETWEEN = 32;
export const NEGATION = 64;

const CLASSES = new Map<string, number>();

function add(words: Iterable<string>, flag: number): void {
  for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | flag);
}

const firstWord = (phrase: string) => phrase.split(' ')[0];

add([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTION_WORDS), 'a', 'an'], NUMBER_WORD);
add(Object.keys(AMOUNT_QUALIFIERS).map(firstWord), QUALIFIER_START);
add(Object.keys(PERCENT_UNIT_WORDS).map((p) => firstWord(p).split('-')[0]), PERCENT_UNIT_START);
add([...Object.keys(SYMBOL_PREFIXES), ...Object.keys(CURRENCY_PREFIX_WORDS), ...LOWER_CASE_CODES, ...NAMES_BEFORE_NUMBER, ...SCALED_NAMES_BEFORE_NUMBER], CURRENCY_PREFIX);
// "Hong Kong dollars 500": a country word may open a currency name before the number.
add(Object.keys(QUALIFIED_CURRENCY_WORDS).map(firstWord), CURRENCY_PREFIX);
add([...Object.keys(PLURAL_SCALE_WORDS), 'tens', 'dozens', 'several', 'few', 'many', 'a'], VAGUE_START);
add(['between'], BETWEEN);
add(NEGATION_WORDS, NEGATION);

const ALL_CAPS_CODE = /^[A-Z]{3,5}$/;

/** The flags of a word token: `lower` is its lower-cased text, `raw` as written. */
export function wordClass(lower: string, raw: string): number {
  const flags = CLASSES.get(lower) ?? 0;
  return raw.length >= 3 && raw.length <= 5 && ALL_CAPS_CODE.test(raw) ? flags | CURRENCY_PREFIX : flags;
}
