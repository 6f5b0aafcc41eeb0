import { NEWSPAPER_NAMES } from '../../lexicon/org-words';
import { DAY_PARTS } from '../../lexicon/seasons';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { formatDay } from '../../resolve/timex-calendar';
import { weekdayDay, type WeekdayDirection } from '../../resolve/timex';
import { DAY_PART, WEEKDAY_FULL } from './fragments';
import type { DateRule } from './hit';
import { isCapitalized, wordAfter, wordBefore } from './words';

/** "Thursday", "last Friday", "next Monday", "this past Wednesday", "Monday morning". */
const WEEKDAY_PHRASE = new RegExp(
  String.raw`\b(?:(this\s+past|this\s+coming|this|last|next|coming|past|previous|following|upcoming)\s+)?${WEEKDAY_FULL}\b(?:\s+${DAY_PART})?`,
  'gi',
);

const MODIFIER_DIRECTION: ReadonlyMap<string, WeekdayDirection> = new Map([
  ['this past', 'before'], ['last', 'before'], ['past', 'before'], ['previous', 'before'],
  ['this coming', 'after'], ['next', 'after'], ['coming', 'after'], ['following', 'after'], ['upcoming', 'after'],
  ['this', 'this-week'],
]);

/** "the Mail on Sunday", "the Independent on Sunday": a newspaper's name before "on". */
const NEWSPAPER_ON = /\b([A-Z][a-z]+)\s+on\s+$/;

/**
 * "the Sunday Times", "the Mail on Sunday": a weekday inside a newspaper's name is no date. Without
 * "the" the name must end there: in "said on Sunday Post Office staff" the capital runs on.
 */
function namesNewspaper(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end);
  if (isCapitalized(next) && NEWSPAPER_NAMES.has(next.toLowerCase())) {
    const afterName = text.indexOf(next, end) + next.length;
    return wordBefore(text, start) === 'the' || !isCapitalized(wordAfter(text, afterName));
  }
  const on = NEWSPAPER_ON.exec(text.slice(Math.max(0, start - 20), start));
  return on !== null && NEWSPAPER_NAMES.has(on[1].toLowerCase());
}

/**
 * A weekday without a modifier takes the tense around it: "said Thursday" is the last
 * Thursday on or before the article's date, "will meet Thursday" the next one. News defaults
 * to the past.
 */
const weekday: DateRule = {
  id: 'date/weekday',
  pattern: WEEKDAY_PHRASE,
  build(m, scan) {
    const [, modifier, dayWord, part] = m;
    const start = m.index;
    const end = start + m[0].length;
    if (!modifier && !part && namesNewspaper(scan.text, start, end)) return null;
    const iso = WEEKDAYS.get(dayWord.toLowerCase())!;
    const partCode = part ? DAY_PARTS.get(part.toLowerCase()) : undefined;
    const suffix = partCode ? `T${partCode}` : '';
    const rule = modifier ? 'date/weekday-relative' : 'date/weekday';
    const timexType = partCode ? 'TIME' : 'DATE';
    if (!scan.ref) return { start, end, rule, value: `XXXX-WXX-${iso}${suffix}`, timexType, grain: 'day' };
    const direction = modifier
      ? MODIFIER_DIRECTION.get(modifier.toLowerCase().replace(/\s+/g, ' '))!
      : scan.tense(start, end) === 'future'
        ? 'future'
        : 'past';
    const day = weekdayDay(scan.ref, iso, direction);
    return { start, end, rule, value: formatDay(day) + suffix, timexType, grain: partCode ? 'time' : 'day', day };
  },
};

export const WEEKDAY_RULES: readonly DateRule[] = [weekday];
