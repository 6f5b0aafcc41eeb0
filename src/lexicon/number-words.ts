import { lookupTable } from './lookup-table';
/** English number words, lower-cased. Data for src/resolve/numbers.ts. */

/** Cardinal number words to their values ("twenty-five" is parsed from these parts). */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a hundred', 100], ['dozen', 12], ['a dozen', 12], ['half a dozen', 6],
  ['a', 1], ['an', 1], ['a couple of', 2], ['couple of', 2], ['a couple', 2], ['couple', 2], ['a pair of', 2],
]);

/** Ordinal words to their values ("the third quarter", "the 21st century"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['twenty-second', 22], ['twenty-third', 23],
  ['twenty-fourth', 24], ['twenty-fifth', 25], ['twenty-sixth', 26], ['twenty-seventh', 27],
  ['twenty-eighth', 28], ['twenty-ninth', 29], ['thirtieth', 30], ['thirty-first', 31],
]);

/** Vague quantities that make an X in a TIMEX3 duration ("the past few months" → PXM). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['few', 'a few', 'several', 'many', 'some', 'a number of']);

/** Decade words ("the sixties") to the decade's first two-digit year. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);

/* Parts of spelled-out amounts, for parseNumberWords (money and percent). */

/** "zero" … "nineteen": words that fill the ones place of a group. */
export const UNIT_WORDS: Readonly<Record<string, number>> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});

/** "twenty" … "ninety": followed by an optional unit word ("twenty-five"). */
export const TENS_WORDS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers spelled out; "hundred" multiplies inside a group, the others close a group. */
export const SCALE_WORDS: Readonly<Record<string, number>> = lookupTable({
  hundred: 1e2,
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  trillion: 1e12,
});

/**
 * Multipliers abbreviated, as news and wire copy write them after digits: "$5m", "€2.4bn",
 * "5 mln dlrs", "$10k", "1.2tn yen". Single letters are only trusted glued to the digits or
 * after a currency (see the recognizers), since "5 m" is usually metres.
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = lookupTable({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  mio: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  bil: 1e9,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
  cr: 1e7,
});

/** The plural scale words of vague amounts: "billions of dollars", "tens of millions". */
export const PLURAL_SCALE_WORDS: Readonly<Record<string, number>> = lookupTable({
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
});

/** Fractions that stand before a scale or unit: "half a million", "a quarter percentage point". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = lookupTable({
  half: 0.5,
  quarter: 0.25,
  quarters: 0.25,
  third: 1 / 3,
  thirds: 1 / 3,
  // Rates move in tenths and fifths of a point ("three-tenths of a percentage point"), prices in
  // eighths. "second" and "fourth" are left out: "a second" is time, "a fourth term" an ordinal.
  fourths: 0.25,
  fifth: 0.2,
  fifths: 0.2,
  eighth: 0.125,
  eighths: 0.125,
  tenth: 0.1,
  tenths: 0.1,
  sixteenth: 1 / 16,
  sixteenths: 1 / 16,
  hundredth: 0.01,
  hundredths: 0.01,
});

/** Words that negate the number after them: "minus five percent". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);
