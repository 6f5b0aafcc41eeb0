import { GLUED_PERCENT_UNITS, MAX_PERCENT_UNIT_WORDS, PERCENT_UNIT_WORDS } from '../../lexicon/percent-units';
import type { PercentUnit } from '../../types';
import { glued, hasClass, isSym, sameLine, type Token } from '../numeric/tokens';
import { PERCENT_UNIT_START } from '../numeric/word-classes';

export interface PercentUnitRead {
  unit: PercentUnit;
  next: number;
}

/** "%", "percent", "per cent", "-percent", "pct", "percentage points", "basis points", "5pc", "25bp". */
export function readPercentUnit(tokens: readonly Token[], i: number): PercentUnitRead | null {
  let j = i;
  if (isSym(tokens, j, '-') && glued(tokens, j) && glued(tokens, j + 1)) j++;
  const t = tokens[j];
  if (!t || !sameLine(tokens, j)) return null;
  if (t.kind === 'sym') return t.text === '%' ? { unit: 'percent', next: j + 1 } : null;
  if (t.kind !== 'word') return null;
  if (t.space === 0 && tokens[j - 1]?.kind === 'num') {
    const gluedUnit = GLUED_PERCENT_UNITS[t.text];
    if (gluedUnit && !(tokens[j + 1]?.kind === 'word' && glued(tokens, j + 1))) return { unit: gluedUnit, next: j + 1 };
  }
  return readUnitWords(tokens, j);
}

/** The longest run of words at `tokens[i]` that names a percent unit ("per cent", "percentage points"). */
export function readUnitWords(tokens: readonly Token[], i: number): PercentUnitRead | null {
  if (!hasClass(tokens, i, PERCENT_UNIT_START)) return null;
  let phrase = '';
  let found: PercentUnitRead | null = null;
  let j = i;
  for (let n = 0; n < MAX_PERCENT_UNIT_WORDS; n++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || (n > 0 && !sameLine(tokens, j))) break;
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`;
    const unit = PERCENT_UNIT_WORDS[phrase];
    if (unit) found = { unit, next: j + 1 };
    j++;
    if (isSym(tokens, j, '-') && glued(tokens, j) && glued(tokens, j + 1)) j++;
  }
  return found;
}

/** A bare "point" or "points", glued by a hyphen or spaced ("a quarter-point", "half a point"). */
export function readBarePoint(tokens: readonly Token[], i: number): PercentUnitRead | null {
  const j = isSym(tokens, i, '-') && glued(tokens, i) && glued(tokens, i + 1) ? i + 1 : i;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !sameLine(tokens, j) || (t.text !== 'point' && t.text !== 'points')) return null;
  return { unit: 'percentage-point', next: j + 1 };
}
