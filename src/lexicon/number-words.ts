/** Cardinal number words to their values ("twenty-five" is parsed from these parts). */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a hundred', 100], ['dozen', 12], ['a dozen', 12], ['half a dozen', 6],
  ['a', 1], ['an', 1], ['a couple of', 2], ['couple of', 2], ['a pair of', 2],
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
