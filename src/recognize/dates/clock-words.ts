import { parseCardinal } from '../../resolve/numbers';
import { HOUR_WORD } from './fragments';
import type { DateRule } from './hit';
import { bareHourEnds, clockValue, hourOf, timeOfDayHit, toHour24 } from './times';

const MINUTE_WORD = String.raw`(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;

/**
 * Minutes before or after an hour in words: "half past seven", "a quarter to five",
 * "twenty minutes past eight", "ten past nine o'clock", "20 min to 6 pm".
 */
const CLOCK_WORDS = new RegExp(
  String.raw`\b(half|(?:a\s+)?quarter|[1-5]?\d|${MINUTE_WORD})(\s+(?:minutes?|mins?))?\s+(past|after|to|before|till|til)\s+(1[0-2]|0?[1-9]|${HOUR_WORD})\b(\s+o'?clock\b)?(?:\s?(a\.m\.?|p\.m\.?|am\b|pm\b))?`,
  'gi',
);

const MINUTES_OF: Record<string, number> = { half: 30, quarter: 15 };

/** "to" and "after" join plain numbers too ("5 to 6 votes"); they need a clock word to read as a time. */
const NEEDS_CLOCK_WORD: ReadonlySet<string> = new Set(['to', 'before', 'till', 'til', 'after']);

const clockWords: DateRule = {
  id: 'date/time-clock-words',
  pattern: CLOCK_WORDS,
  build(m, scan) {
    const [whole, countText, minutesWord, relation, hourText, oclock, meridiem] = m;
    if (/[\d$£€.,:]$/.test(scan.text.slice(Math.max(0, m.index - 1), m.index))) return null;
    const count = countText.toLowerCase().replace(/^a\s+/, '');
    const named = MINUTES_OF[count];
    const rel = relation.toLowerCase();
    if (named === 30 && rel !== 'past') return null;
    if (named === undefined && NEEDS_CLOCK_WORD.has(rel) && !minutesWord && !oclock && !meridiem) return null;
    if (!oclock && !meridiem && !bareHourEnds(scan.text, m.index + whole.length)) return null;
    const minutes = named ?? parseCardinal(count);
    if (minutes === null || minutes < 1 || minutes > 59) return null;
    let hour = toHour24(hourOf(hourText), meridiem);
    let minute = minutes;
    if (rel !== 'past' && rel !== 'after') {
      // "a quarter to one" is 12:45; on a 24-hour reading ("to 1 am") the hour before 0 is 23.
      hour = hour === 0 ? 23 : hour - 1 || (meridiem ? 0 : 12);
      minute = 60 - minutes;
    }
    return timeOfDayHit(m.index, m.index + whole.trimEnd().length, this.id, clockValue(hour, minute));
  },
};

export const CLOCK_WORD_RULES: readonly DateRule[] = [clockWords];
