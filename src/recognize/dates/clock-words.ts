import { parseCardinal } from '../../resolve/numbers';
import { DIGIT_WORD, HOUR_WORD, TEEN_WORD } from './fragments';
import type { DateRule } from './hit';
import { bareHourEnds, clockValue, hourOf, PLAIN_MERIDIEM, timeOfDayHit, toHour24 } from './times';
import { monthOf } from './absolute';
import { wordBefore } from './words';

const DIGIT_FIRST = /^\d/;

// Minutes run to fifty-nine, so the tens stop at fifty.
const MINUTE_TENS = 'twenty|thirty|forty|fifty';

const MINUTE_WORD = String.raw`(?:${MINUTE_TENS})(?:[-\s](?:${DIGIT_WORD}))?|${DIGIT_WORD}|${TEEN_WORD}`;

/**
 * Minutes before or after an hour in words: "half past seven", "a quarter to five",
 * "twenty minutes past eight", "ten past nine o'clock", "20 min to 6 pm", "20 to 5pm",
 * "a quarter to noon".
 */
const CLOCK_WORDS = new RegExp(
  String.raw`\b(half|(?:a\s+)?quarter|[1-5]?\d|${MINUTE_WORD})(\s+(?:minutes?|mins?))?\s+(past|after|to|before|till|til)\s+(1[0-2]|0?[1-9]|${HOUR_WORD}|noon|midnight)(?:\b|(?=[ap]\.?m\b))(\s+o'?clock\b)?(?:\s?${PLAIN_MERIDIEM})?`,
  'gi',
);

/** Minutes said after the hour, from ten up or with "oh": "five-thirty", "seven twenty-seven", "nine oh five". */
const SPOKEN_MINUTES = String.raw`(?:${MINUTE_TENS})(?:-?(?:${DIGIT_WORD})|\s(?:${DIGIT_WORD})(?![-\w]))?|${TEEN_WORD}|oh[-\s](?:${DIGIT_WORD})`;

/**
 * A time said the way it is read off a clock: "at five-thirty", "at seven twenty-seven", "one
 * thirty p.m.". Without a meridiem only "at" makes the words a time.
 */
const SPOKEN_CLOCK = new RegExp(
  String.raw`\b(at\s+)?(${HOUR_WORD})[-\s](${SPOKEN_MINUTES})(?![-\w])(?:\s?(a\.m\.?|p\.m\.?|am\b|pm\b|[ap]\s?m\b\.?))?`,
  'gi',
);

const MINUTES_OF: Record<string, number> = { half: 30, quarter: 15 };

/** Noon and midnight are hours of the 24-hour clock and need no "o'clock" to be one. */
const NAMED_HOURS: Record<string, number> = { noon: 12, midnight: 0 };

/** "to" and "after" join plain numbers too ("5 to 6 votes"); they need a clock word to read as a time. */
const NEEDS_CLOCK_WORD: ReadonlySet<string> = new Set(['to', 'before', 'till', 'til', 'after']);

/**
 * A count that could be an hour before "to" or "till" is the first end of a range: "from 9 to
 * 11am", "9 till 5", "3 to 4 pm". Only a word after a lead-free start reads as minutes to the
 * hour ("ten to six").
 */
function isRangeOfHours(rel: string, countText: string, lead: string): boolean {
  if (rel !== 'to' && rel !== 'till' && rel !== 'til') return false;
  return /^\d/.test(countText) || lead === 'from' || lead === 'between';
}

const clockWords: DateRule = {
  id: 'date/time-clock-words',
  pattern: CLOCK_WORDS,
  build(m, scan) {
    const [whole, countText, minutesWord, relation, hourText, oclock, meridiem] = m;
    if (/[\d$£€.,:]/.test(scan.text.charAt(m.index - 1))) return null;
    const count = countText.toLowerCase().replace(/^a\s+/, '');
    const named = MINUTES_OF[count];
    const rel = relation.toLowerCase();
    const namedHour = NAMED_HOURS[hourText.toLowerCase()];
    if (named === 30 && rel !== 'past') return null;
    if (namedHour !== undefined && (oclock || meridiem)) return null;
    const clockWord = oclock || meridiem || namedHour !== undefined;
    if (named === undefined && NEEDS_CLOCK_WORD.has(rel) && !minutesWord && !clockWord) return null;
    if (!clockWord && !bareHourEnds(scan.text, m.index + whole.length)) return null;
    const minutes = named ?? parseCardinal(count);
    if (minutes === null || minutes < 1 || minutes > 59) return null;
    if (named === undefined && !minutesWord && minutes <= 12 && isRangeOfHours(rel, countText, wordBefore(scan.text, m.index))) return null;
    // "from 7 a.m. March 16 to 7 a.m. March 18": a number after a month is its day, opening a range.
    if (DIGIT_FIRST.test(countText) && monthOf(wordBefore(scan.text, m.index)) > 0) return null;
    let hour = namedHour ?? toHour24(hourOf(hourText), meridiem);
    let minute = minutes;
    if (rel !== 'past' && rel !== 'after') {
      // "a quarter to one" is 12:45; on a 24-hour reading ("to 1 am") the hour before 0 is 23.
      hour = hour === 0 ? 23 : hour - 1 || (meridiem ? 0 : 12);
      minute = 60 - minutes;
    }
    return timeOfDayHit(m.index, m.index + whole.trimEnd().length, this.id, clockValue(hour, minute));
  },
};

const spokenClock: DateRule = {
  id: 'date/time-spoken',
  pattern: SPOKEN_CLOCK,
  build(m, scan) {
    const [whole, at, hourText, minuteText, meridiem] = m;
    if (!at && !meridiem) return null;
    const end = m.index + whole.trimEnd().length;
    if (!meridiem && !bareHourEnds(scan.text, end)) return null;
    const minute = parseCardinal(minuteText.replace(/^oh[-\s]/i, ''));
    if (minute === null || minute < 1 || minute > 59) return null;
    return timeOfDayHit(m.index + (at?.length ?? 0), end, this.id, clockValue(toHour24(hourOf(hourText), meridiem), minute));
  },
};

export const CLOCK_WORD_RULES: readonly DateRule[] = [clockWords, spokenClock];
