/**
 * Abbreviations after which a full stop does not end a sentence ("Feb. 15", "Mr. Smith").
 * Lower-cased, without the final dot.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'ste', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'messrs', 'mmes', 'drs', 'sens', 'reps', 'gens', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'msgr', 'amb', 'atty', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vs', 'v', 'approx', 'est', 'fig', 'p', 'pp', 'ca', 'cf', 'e.g', 'i.e', 'etc.al',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that often end a sentence too ("based in the U.S. The company …"). After them a
 * full stop ends the sentence only when a word that typically opens a sentence follows.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'llc', 'bros', 'etc', 'a.m', 'p.m', 'jr', 'sr',
  'd.c', 'n.y', 'l.a',
]);

/** Words that typically open a sentence; used to decide after an ambiguous abbreviation. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'however', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'his', 'her',
  'its', 'their', 'our', 'some', 'many', 'most', 'no', 'as', 'since', 'according', 'meanwhile', 'also',
]);
