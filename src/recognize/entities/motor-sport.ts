import { MOTOR_SPORT_SLUG_WORDS } from '../../lexicon/sport-slugs';

// Series and posts only motor racing names, which tell its report without a slug: "his first
// Formula One title", "won the Japanese Grand Prix", "team principal James Vowles".
const MOTOR_SPORT_WORDS = /\b(?:Formula (?:One|1)|F1|Grand Prix|MotoGP|IndyCar|team principal)\b/i;

/**
 * How the document tells it reports motor racing, whose teams go by one word ("Williams",
 * "Ferrari"): by its slug ("MOTOR RACING - HILL WINS"), by a series or post in its body
 * ("Formula One", "team principal"), or not at all.
 */
export function motorSportCue(text: string, slug: ReadonlySet<string>): 'slug' | 'body' | undefined {
  if ([...slug].some((w) => MOTOR_SPORT_SLUG_WORDS.has(w))) return 'slug';
  return MOTOR_SPORT_WORDS.test(text) ? 'body' : undefined;
}
