const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * The text without its accents: "Nestlé" is keyed as "nestle", "São Paulo" as "sao paulo". Lists
 * and data sets spell names either way, and a reader should find both.
 */
export function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
}
