/**
 * Words of the sport a wire story's slug names before its headline: "SOCCER - LAZIO SWEEP PAST
 * REGGIANA", "MOTOR RACING - HILL WINS", "NFL AMERICAN FOOTBALL - …". Such a story reports matches.
 */
export const SPORT_SLUG_WORDS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'rugby', 'cricket', 'baseball', 'basketball', 'hockey', 'tennis', 'golf', 'racing', 'cycling',
  'athletics', 'boxing', 'nfl', 'nba', 'nhl', 'volleyball', 'handball', 'badminton', 'squash', 'snooker', 'polo',
  'motorcycling', 'rallying', 'indycar',
]);

/** Words before the dash of a slug: "SOCCER -", "RUGBY LEAGUE -", "NFL AMERICAN FOOTBALL -". */
export const MAX_SLUG_WORDS = 3;

/** The words, lower-cased, of a slug name a sport: "rugby league", not "reuters" or "world". */
export function slugNamesSport(words: readonly string[]): boolean {
  return words.some((w) => SPORT_SLUG_WORDS.has(w));
}

/** Slug words of motor sport, whose reports name teams by one word: "MOTOR RACING -", "FORMULA ONE -". */
export const MOTOR_SPORT_SLUG_WORDS: ReadonlySet<string> = new Set(['motor', 'formula', 'indycar', 'motorcycling']);
