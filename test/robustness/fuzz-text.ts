import fc from 'fast-check';

/**
 * Text for the fuzz properties: news-like token soup built from every kind's trigger words
 * (months, weekdays, "percent", magnitudes, currency signs and codes, titles, company suffixes),
 * numbers in many shapes, punctuation and odd whitespace, mixed with random Unicode, lone
 * surrogates and control characters.
 */
const TRIGGERS = [
  'January', 'Feb.', 'March', 'May', 'June', 'Sept.', 'December', 'Monday', 'Thursday', 'Sun.',
  'today', 'yesterday', 'tomorrow', 'last', 'next', 'this', 'week', 'month', 'year', 'years', 'ago',
  'quarter', 'Q3', 'fiscal', 'spring', 'the', 'of', 'in', 'on', 'from', 'to', 'between', 'and', 'since',
  'percent', 'per cent', 'percentage points', 'basis points', 'pct', '%',
  'million', 'billion', 'trillion', 'bn', 'm', 'thousand', 'hundred', 'dozen', 'half', 'a',
  '$', 'US$', '€', '£', '¥', '₹', 'USD', 'EUR', 'dollars', 'euros', 'pounds', 'yen', 'cents', 'U.S.',
  'about', 'nearly', 'more than', 'up to', 'at least', 'a share', 'per',
  'Mr.', 'Mrs.', 'Dr.', 'President', 'Prime Minister', 'Gen.', 'Sen.', 'Jr.',
  'Inc.', 'Corp.', 'Ltd', 'Group', 'Bank', 'University', 'Ministry', 'of', 'NATO', 'U.N.', 'EU',
  'John', 'Smith', 'Maria', 'Stoltenberg', 'Acme', 'Paris', 'Brussels', 'North', 'America', 'New York',
  'said', 'told', 'Reuters', 'Xinhua', 'AP', '--', '(', ')', '[', ']', '"', "'", "'s", '’', '“', '”',
  'noon', 'a.m.', 'p.m.', 'GMT', "o'clock", 'every', 'daily', 'annually', 'twice',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '.', '-', '–', '—', '/', ':', ';', '\n', '\n\n', '\r\n', '\r', '\t', '\f', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\u001b[31m', '\u0007', ''];

const number = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer().map((n) => n.toLocaleString('en-US')),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e15 }).map((n) => String(n)),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2099 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.stringMatching(/^\d{1,40}$/),
  fc.constantFrom('1st', '2nd', '23rd', '4th', '1990s', "'90s", '7 3/4', '½', '0.5', '-3', '+2', '1e9', '10:30', '0800'),
);

const capitalized = fc.stringMatching(/^[A-Z][a-z]{0,8}$/);
const unicode = fc.string({ unit: 'binary', maxLength: 4 });
const astral = fc.constantFrom('😀', '🇺🇸', '👩‍👩‍👧', '𝐓𝐡𝐞', '\ud800', '\udc00', '\ufeff', '\ufffd', 'é', 'ﬁ', 'İ', 'ß');

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 4, arbitrary: number },
  { weight: 2, arbitrary: capitalized },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: astral },
);

/** News-like token soup. */
export const newsLikeText = fc
  .array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Anything at all, short. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });

export const fuzzText = fc.oneof({ weight: 4, arbitrary: newsLikeText }, { weight: 1, arbitrary: anyText });
