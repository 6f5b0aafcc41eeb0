import { companyNameWords } from '../../lexicon/company-names';
import { compromiseLexicon } from '../../nlp/lexicon';

// Figures, then letters: the shape of "3Com", "76ers", "7-Eleven", and also of "20th", "10km", "5G".
const DIGITS_THEN_LETTERS = /^\p{N}[\p{N}-]*\p{L}+$/u;
// Figures run into a name with a capital and a small letter: "3Com", "4Kids", "23andMe". Not
// after a hyphen, which joins a count to its noun in a title ("10-Year Treasury", "4-Star").
const DIGITS_RUN_INTO_NAME = /^\p{N}+\p{Ll}*\p{Lu}\p{Ll}/u;
// "3Ds", "4Ks": an acronym's plural, not a name.
const ACRONYM_PLURAL = /^\p{N}+\p{Lu}+s$/u;
const NAME_TAGS = new Set(['Organization', 'SportsTeam']);

/**
 * A company's or a team's name that opens with figures: "3Com", "23andMe", and the names the lists
 * of firms and teams hold ("3M", "7-Eleven", "76ers", "4chan"). Other figures with letters are an
 * ordinal, a unit, a standard or a size ("20th", "10km", "5G", "4K").
 */
export function isDigitLedBrand(text: string): boolean {
  if (!DIGITS_THEN_LETTERS.test(text)) return false;
  if (DIGITS_RUN_INTO_NAME.test(text) && !ACRONYM_PLURAL.test(text)) return true;
  const lower = text.toLowerCase();
  const tags = compromiseLexicon().tags(lower.replaceAll('-', ' ')) ?? [];
  return tags.some((t) => NAME_TAGS.has(t)) || companyNameWords().has(lower);
}
