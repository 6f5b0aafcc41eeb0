/**
 * Roman numerals in the capitals news writes them in: the loose shape that keeps capitals of
 * those letters from counting as a body's initials ("XIV", and also "CDC"), and the numbers as
 * written, which a name's number or a long form's acronym is checked against.
 */
const ROMAN_LETTERS = /^[IVXLCDM]+$/;
const WRITTEN_NUMERAL = /^(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// The most letters a king's or a pope's number has ("XXIII"), and its letters (none above L).
const REGNAL_LETTERS = /^[IVXL]{2,5}$/;

/** Capitals that only roman numerals' letters make up: "XIV", "MCC", "CDC". */
export const hasRomanLetters = (text: string): boolean => ROMAN_LETTERS.test(text);

/** A number as roman numerals write it: "XIV", "LVIII"; not "CDC" or "VVD". */
export const isWrittenRomanNumeral = (text: string): boolean => WRITTEN_NUMERAL.test(text);

/** A king's or a pope's number after a given name, above the first: "II", "XIV", "XXIII". */
export const isRegnalNumber = (text: string): boolean => REGNAL_LETTERS.test(text) && WRITTEN_NUMERAL.test(text);
