import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { sameLine, type Token } from './tokens';

/**
 * What opens the figure at `tokens[i]` as a change rather than a range, so that "X to Y" after
 * it is two figures: "from" a level ("from 5% to 7%") or a change verb ("rose 50 cents to
 * $23.12", "cut by $2 to $30"); null when nothing does.
 */
export function changeOpener(tokens: readonly Token[], i: number): 'from' | 'verb' | null {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || !sameLine(tokens, i)) return null;
  if (before.text === 'from') return SPREAD_WORDS.has(tokens[i - 2]?.text ?? '') && sameLine(tokens, i - 1) ? null : 'from';
  if (CHANGE_VERBS.has(before.text)) return 'verb';
  // "cut by $2", "raised its quarterly dividend by 4 cents to $1.42"
  if (before.text === 'by') return sameLine(tokens, i - 1) && (isChangeVerb(tokens, i - 2) || verbBeforeObject(tokens, i - 2)) ? 'verb' : null;
  return verbBeforeObject(tokens, i - 1) ? 'verb' : null;
}

/**
 * Words that spread a figure over a range, so that "from X to Y" after them is its floor and
 * ceiling, not a change: "salaries range from $40,000 to $60,000", "fines varying from 5% to 8%",
 * "anywhere from $5 to $10".
 */
const SPREAD_WORDS: ReadonlySet<string> = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'anywhere']);

/** Determiners that open the object a change verb moves: "raised its dividend", "cut the rate". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['its', 'the', 'their', 'his', 'her', 'our']);

/** Words an object may have after its determiner: "its quarterly cash dividend". */
const MAX_OBJECT_WORDS = 3;

function isChangeVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && CHANGE_VERBS.has(t.text);
}

/**
 * "raised its quarterly dividend 2 cents to 12 cents a share", "cut the prime rate 1% to 9%":
 * a change verb, then its object (a determiner and a few words ending at `last`), then the figure.
 */
function verbBeforeObject(tokens: readonly Token[], last: number): boolean {
  for (let j = last; j >= 0 && last - j < MAX_OBJECT_WORDS; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || !sameLine(tokens, j) || OBJECT_OPENERS.has(t.text)) return false;
    if (j > 0 && OBJECT_OPENERS.has(tokens[j - 1].text)) return sameLine(tokens, j - 1) && isChangeVerb(tokens, j - 2);
  }
  return false;
}

/** True when the figure at `tokens[i]` opens a change rather than a range. */
export function opensChange(tokens: readonly Token[], i: number): boolean {
  return changeOpener(tokens, i) !== null;
}

/**
 * After a change verb, "X to Y" in one unit with Y above X and at most twice it is a guess at
 * the change, one range ("prices will rise 10% to 15%", "cut earnings by 5 cents to 8 cents a
 * share"): a change and the level it reaches lie further apart ("was down 3% to 12%", "rose
 * 50 cents to $23.12").
 */
export function closeBounds(low: number, high: number): boolean {
  return low > 0 && high > low && high <= 2 * low;
}
