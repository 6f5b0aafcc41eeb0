const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
// Letters with a stroke, and the Turkish dotless i, which no decomposition splits into a letter
// and a mark: wire copy writes "Sirnak" for "Şırnak", "Lodz" for "Łódź", "Tromso" for "Tromsø".
const UNMARKED_LETTERS = /[ıłŁøØđĐħĦ]/g;
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' };

/**
 * The text without its accents: "Nestlé" is keyed as "nestle", "São Paulo" as "sao paulo",
 * "Şırnak" as "sirnak". Lists and data sets spell names either way, and a reader should find both.
 */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(MARKS, '').replace(UNMARKED_LETTERS, (c) => PLAIN_LETTERS[c]);
}
