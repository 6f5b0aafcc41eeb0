import type { Token } from './tokens';

// A person's age set off by commas after the name: "Rachel Denby, 34, of".
const AGE = /^\d{1,3}$/;
// What closes the town's name: a comma, or the end of the clause or sentence.
const TOWN_CLOSERS = new Set([',', '.', ';']);

/**
 * "Rachel Denby, 34, of Harrogate, was named": after a name and an age set off by commas, "of"
 * and a name that a comma or the sentence's end closes tell where the person lives, a town
 * whatever its name looks like. A firm there has a suffix or a list's entry, read before this.
 */
export function isHometownAfterAge(tokens: Token[], from: number, to: number): boolean {
  const [of, comma, age, nameComma, name] = [tokens[from - 1], tokens[from - 2], tokens[from - 3], tokens[from - 4], tokens[from - 5]];
  if (of?.lower !== 'of' || comma?.text !== ',' || !AGE.test(age?.text ?? '') || nameComma?.text !== ',' || !name?.cap) return false;
  const after = tokens[to];
  return !after || TOWN_CLOSERS.has(after.text);
}
