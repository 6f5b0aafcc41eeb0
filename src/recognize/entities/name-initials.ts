import { UPPER_LETTER } from './tokens';

// Acronyms shorter than three letters spell too many other things ("US", "AP", "EU").
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;
const LETTERS = /^\p{L}+$/u;

/**
 * The acronyms an organization's name may go by, in lower case: the initials of all its words
 * and of its capitalized ones ("Chicago Board of Trade" → "cbot", "cbt"; "Organisation for
 * Security and Cooperation in Europe" → "osce"). Headlines in capitals use them for a body the
 * story names in full ("ANC SAYS …" over "the African National Congress").
 */
export function organizationInitials(name: string): string[] {
  const words = name.split(' ').filter((w) => w.length > 0 && !w.startsWith("'"));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const capitalized = words.filter((w) => UPPER_LETTER.test(w)).map((w) => w[0]).join('');
  return [...new Set([all, capitalized])].filter((a) => a.length >= MIN_LETTERS && a.length <= MAX_LETTERS && LETTERS.test(a)).map((a) => a.toLowerCase());
}
