'use strict';
/**
 * Pathological inputs for the linear-time checks: a single line of one repeated unit, each aimed
 * at a pattern family (currency signs, brackets, numbers, initials, capitals, trigger words).
 * Shared by test/robustness/pathological.test.ts (small sizes) and bench/stress.js (1 MB).
 */

/** @param {string} unit @param {number} size */
function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** @type {Record<string, (size: number) => string>} */
const HOSTILE_INPUTS = {
  'dollar signs': (n) => fill('$', n),
  'open brackets': (n) => fill('(', n),
  'nested brackets': (n) => fill('(', n >> 1) + fill(')', n - (n >> 1)),
  'mixed nested brackets': (n) => fill('[{(', n >> 1) + fill(')}]', n - (n >> 1)),
  digits: (n) => fill('7', n),
  '10,000-digit numbers': (n) => fill(`${'9'.repeat(10_000)} `, n),
  '1,1,1': (n) => fill('1,', n),
  '1.1.1': (n) => fill('1.', n),
  dots: (n) => fill('.', n),
  dashes: (n) => fill('-', n),
  'dash digits': (n) => fill('-1', n),
  slashes: (n) => fill('1/', n),
  colons: (n) => fill('1:', n),
  'capital letters': (n) => fill('A', n),
  'capitalized words': (n) => fill('Acme ', n),
  initials: (n) => fill('A. ', n),
  'dotted capitals': (n) => fill('A.', n),
  'dollar digits': (n) => fill('$1', n),
  'dollar spaces': (n) => fill('$ ', n),
  'percent signs': (n) => fill('1%', n),
  'month names': (n) => fill('May ', n),
  'magnitude words': (n) => fill('billion ', n),
  'the word percent': (n) => fill('5 percent ', n),
  titles: (n) => fill('Mr. ', n),
  quotes: (n) => fill('"', n),
  apostrophes: (n) => fill("'s ", n),
  spaces: (n) => fill(' ', n),
  'line breaks': (n) => fill('\n', n),
  'carriage returns': (n) => fill('\r', n),
  'zero-width spaces': (n) => fill('A\u200b', n),
  emoji: (n) => fill('😀', n),
  // A trigger followed by one long run of spaces: where two optional \s* meet, a backtracking
  // regex tries every split of the run ("6:50" + 200 KB of spaces once took minutes).
  'clock time then spaces': (n) => `6:50${fill(' ', n - 5)}x`,
  'hour then spaces': (n) => `3 pm${fill(' ', n - 5)}x`,
  'date then spaces': (n) => `May 5${fill(' ', n - 6)}x`,
  'amount then spaces': (n) => `$5.5${fill(' ', n - 5)}x`,
  'percent then spaces': (n) => `12${fill(' ', n - 3)}x`,
  'name then spaces': (n) => `Mr. John Smith${fill(' ', n - 15)}x`,
  'a dense news sentence': (n) => fill('Mr. John A. Smith of Acme Inc. said on May 5, 2024 that $1.5 billion, or 3.2%, went to Paris. ', n),
};

module.exports = { HOSTILE_INPUTS, fill };
