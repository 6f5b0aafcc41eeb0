import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { sameLine, type Token } from './tokens';

/**
 * True when the figure at `tokens[i]` opens a change rather than a range, so that "X to Y"
 * after it is two figures: "from 5% to 7%", "rose 50 cents to $23.12", "cut by $2 to $30".
 */
export function opensChange(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || !sameLine(tokens, i)) return false;
  if (before.text === 'from' || CHANGE_VERBS.has(before.text)) return true;
  return before.text === 'by' && sameLine(tokens, i - 1) && tokens[i - 2]?.kind === 'word' && CHANGE_VERBS.has(tokens[i - 2].text);
}
