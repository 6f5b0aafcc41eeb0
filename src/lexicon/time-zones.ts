/**
 * Time-zone abbreviations that news writes after a clock time ("5:04 p.m. PDT", "15:00 GMT").
 * Our own short list: the IANA database keeps no abbreviations as names, and the lists that
 * packages carry hold hundreds, many of them ambiguous ("IST" is three zones) or words ("WAT").
 */
export const TIME_ZONE_ABBREVIATIONS: readonly string[] = [
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'BST', 'CET', 'CEST',
  'EET', 'EEST', 'MSK', 'IST', 'JST', 'KST', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT',
  // US zones without standard or daylight time: "5 p.m. ET", "10 a.m. PT".
  'ET', 'CT', 'MT', 'PT',
];

/** Zone names that follow a clock time as words: "9 p.m. Eastern", "noon Pacific time". */
export const ZONE_WORDS: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich', 'local']);
