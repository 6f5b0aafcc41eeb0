import type { TimexMod } from '../types';

/** Quantity qualifiers on durations ("nearly five months", "more than three years"). */
export const QUANTITY_MODS: ReadonlyMap<string, TimexMod> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'],
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['some', 'APPROX'],
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['just over', 'MORE_THAN'], ['well over', 'MORE_THAN'],
  ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['just under', 'LESS_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['at most', 'EQUAL_OR_LESS'], ['up to', 'EQUAL_OR_LESS'],
]);

/**
 * Nouns after "today's" that mean these times rather than the day of writing: "in today's
 * dollars", "today's teenagers", "today's world".
 */
export const PRESENT_DAY_NOUNS: ReadonlySet<string> = new Set([
  'world', 'society', 'economy', 'standards', 'terms', 'dollars', 'money', 'prices', 'generation', 'youth', 'young',
  'children', 'kids', 'teenagers', 'teens', 'students', 'parents', 'families', 'consumers', 'workers', 'women', 'men',
  'technology', 'culture', 'climate', 'environment', 'politics', 'military', 'army', 'media', 'modern', 'global',
  'competitive', 'increasingly', 'era', 'age',
]);

/** Words that mark a record besides the superlatives the lexicon tags: "the first loss in nine years". */
export const RECORD_WORDS: ReadonlySet<string> = new Set(['first', 'best', 'most', 'least', 'fewest', 'record', 'only']);

/** Position qualifiers on a period ("early December", "the end of 2024", "mid-2011"). */
export const POSITION_MODS: ReadonlyMap<string, TimexMod> = new Map([
  ['early', 'START'], ['beginning', 'START'], ['start', 'START'], ['dawn', 'START'],
  ['mid', 'MID'], ['middle', 'MID'], ['midst', 'MID'],
  ['late', 'END'], ['end', 'END'], ['close', 'END'], ['turn', 'END'],
]);

/**
 * The half of a longer period that is its START or END: "the first half of the decade", "the
 * second half of the 1990s". Only a decade's or a century's halves are edges; a year's halves are
 * dates of their own (2019-H2).
 */
export const HALF_MODS: ReadonlyMap<string, TimexMod> = new Map([['first', 'START'], ['second', 'END'], ['latter', 'END'], ['last', 'END']]);
export const HALVED_UNITS: ReadonlySet<string> = new Set(['decade', 'century']);

/**
 * Words that, right before a bare month or year, show it is temporal ("in May", "since
 * 2014", "the March 2024 vote" is handled by the year itself).
 */
export const TEMPORAL_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'during', 'through', 'throughout', 'from', 'before', 'after', 'of',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'every', 'each', 'between', 'to', 'for', 'circa', 'around',
  'as', 'at', 'mid-', 'end-', 'start-', 'past', 'coming', 'following', 'previous', 'until', 'into', 'starting', 'beginning', 'ending',
  'end', 'start', 'middle', 'then', 'than', 'about', 'c.', 'ca.', 'summer', 'spring', 'winter', 'autumn', 'fall',
  'the', "'s", 'and', 'or', 'year', 'fiscal', 'season', 'later', 'earlier', 'within', 'over', 'against', 'via', 'per',
]);

/** Nouns counted by a bare number that is then no year ("2014 votes", "1500 people"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'staff', 'police', 'personnel', 'feet', 'hours', 'head', 'cattle', 'sheep',
  'fish', 'times', 'percent', 'pounds', 'euros', 'yen', 'yuan', 'dollars', 'rupees', 'km', 'kg', 'mph', 'metres',
  'meters', 'miles', 'tons', 'tonnes', 'units', 'jobs', 'votes', 'troops', 'cases', 'deaths', 'points',
]);

/** Nouns whose "of" takes a count, so "of 1709 pupils" counts pupils: "a survey of", "a total of". */
export const COUNTING_HEADS: ReadonlySet<string> = new Set([
  'total', 'survey', 'poll', 'sample', 'group', 'study', 'census', 'crowd', 'out', 'average', 'sum', 'number',
  'majority', 'minority', 'maximum', 'minimum', 'estimate', 'handful', 'team', 'force', 'staff', 'workforce',
]);

/**
 * Plural nouns of a period's figures that a year qualifies ("1989 earnings", "1990 sales"):
 * a bare number before them is no count, since wire copy writes counts of a thousand or more
 * with a comma ("1,989 jobs").
 */
export const NOUNS_OF_A_YEAR: ReadonlySet<string> = new Set([
  'earnings', 'sales', 'results', 'profits', 'revenues', 'losses', 'figures', 'forecasts', 'estimates', 'projections',
  'elections', 'exports', 'imports', 'deficits', 'shipments', 'deliveries', 'models', 'budgets', 'taxes', 'levels',
  'returns', 'talks', 'playoffs', 'finals', 'championships', 'dividends', 'payments', 'gains',
]);

/** Verbs ending in s that follow a year as subject ("2014 was", "2008 saw"), not counted nouns. */
export const VERBS_AFTER_YEAR: ReadonlySet<string> = new Set([
  'was', 'is', 'has', 'does', 'marks', 'marked', 'sees', 'remains', 'brings', 'promises', 'looks', 'seems', 'begins', 'ends',
  'starts', 'proves', 'comes', 'as', 'its', 'this', 'thus', 'plus', 'versus', 'across', 'unless', 'towards', 'whereas',
]);

/** Words before a four-digit number that make it a label, not a year: "No. 1990", "Flight 1549", "H.R. 1990". */
export const NUMBER_LABEL_WORDS: ReadonlySet<string> = new Set([
  'no.', 'nos.', 'number', 'p.', 'pp.', 'page', 'pages', 'h.r.', 'flight', 'room', 'suite', 'apt.', 'apartment', 'route',
  'gate', 'platform', 'channel', 'exit', 'interstate', 'pier', 'berth', 'highway', 'bus', 'tel.', 'ext.',
]);

/**
 * Verbs that put a date off, as a pattern's alternatives: "postponed to Friday", "pushed back to
 * the autumn". What follows them is a new date ahead, whatever their tense.
 */
export const DEFERRING_VERBS = String.raw`postponed|delayed|adjourned|deferred|rescheduled|pushed\s+back|put\s+off`;
