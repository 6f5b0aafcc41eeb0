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
  if (before.text === 'from') return 'from';
  if (CHANGE_VERBS.has(before.text)) return 'verb';
  return before.text === 'by' && sameLine(tokens, i - 1) && tokens[i - 2]?.kind === 'word' && CHANGE_VERBS.has(tokens[i - 2].text) ? 'verb' : null;
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
