import { FIGURE_WORDS } from '../../lexicon/time-units';
import { WEEKDAY_FULL } from './fragments';
import type { DateRule, DateScan } from './hit';
import { HOUR_LEADS } from './hour-day-part';
import { bareHourEnds, clockValue, timeOfDayHit, ZONE } from './times';
import { sentenceAt } from '../../text/sentence-at';
import { hasWordIn, wordBefore } from './words';

/**
 * "6.45", "10.30 GMT", "18.15 hrs", "18.15 local time": an hour and minutes joined by a full stop, which
 * British copy writes for "6:45". With a meridiem the meridiem rule already reads it.
 */
const DOTTED_TIME = new RegExp(String.raw`\b([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d|\s?(?:a\.?\s?m|p\.?\s?m)\b)(?:${ZONE}|\s?(hrs)\b|(?=\s+(local)\s+time\b)|)`, 'gi');

/** A day named right before the lead word: "Monday at 6.45", "yesterday, at 10.30". */
const DAY_BEFORE = new RegExp(String.raw`\b(?:${WEEKDAY_FULL}|today|yesterday|tomorrow|tonight),?\s[a-z]+\s$`, 'i');

/** A day named right after the time: "at 6.45 on Friday", "at 10.30 today". */
const DAY_AFTER = new RegExp(String.raw`^\s+(?:on\s+${WEEKDAY_FULL}|today|yesterday|tomorrow|tonight)\b`, 'i');

/** A day or a part of one anywhere in the sentence: "The ferry sank at 6.45 that morning". */
const DAY_IN_SENTENCE = new RegExp(String.raw`\b(?:${WEEKDAY_FULL}|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|midnight|noon|dawn|dusk)\b|\b\d{1,2}[:.]\d{2}\s?[ap]\.?m\b`, 'i');

/** Verbs of an event that happens at a clock time: "the train left at 6.45", "the quake struck at 4.30". */
const CLOCK_EVENT_VERBS: ReadonlySet<string> = new Set([
  'left', 'departed', 'arrived', 'landed', 'began', 'started', 'struck', 'exploded', 'erupted', 'occurred', 'happened',
  'sailed', 'docked', 'crashed', 'collapsed', 'died', 'woke', 'returned', 'resumed',
  'leave', 'leaves', 'depart', 'departs', 'arrive', 'arrives', 'land', 'lands', 'begin', 'begins', 'start', 'starts', 'meet', 'meets',
]);

/** How far back a price or rate word makes the number a figure: about one clause. */
const FIGURE_LOOK_BACK = 60;

const MONEY_OR_PERCENT = /[$£€¥%]/;

function nearFigureWords(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - FIGURE_LOOK_BACK), start);
  return MONEY_OR_PERCENT.test(before) || hasWordIn(before, FIGURE_WORDS);
}

/**
 * Without a zone the number needs a clock preposition ("at", "by", "until") and a day named
 * next to it, or "at" after a verb of an event or in a sentence that names a day or another
 * time ("The train left at 6.45"); and no price or rate nearby: decimals ("rose 2.50 to
 * 10.30"), scores and exchange rates use the same shape.
 */
function readsAsTime(scan: DateScan, start: number, end: number): boolean {
  const lead = wordBefore(scan.text, start);
  if (!HOUR_LEADS.has(lead) || !bareHourEnds(scan.text, end) || nearFigureWords(scan.text, start)) return false;
  if (DAY_BEFORE.test(scan.text.slice(Math.max(0, start - 24), start)) || DAY_AFTER.test(scan.text.slice(end, end + 24))) return true;
  if (lead !== 'at') return false;
  const atStart = scan.text.lastIndexOf('at', start);
  if (CLOCK_EVENT_VERBS.has(wordBefore(scan.text, atStart))) return true;
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)];
  const around = sentence ? scan.text.slice(sentence.start, sentence.end) : scan.text.slice(Math.max(0, start - SENTENCE_GUESS), end + SENTENCE_GUESS);
  return DAY_IN_SENTENCE.test(around.replace(scan.text.slice(start, end), ''));
}

/** How far around the number to look for a day when the text has no sentences. */
const SENTENCE_GUESS = 120;

const dottedTime: DateRule = {
  id: 'date/time-dotted',
  pattern: DOTTED_TIME,
  build(m, scan) {
    const [whole, h, min, zone, hrs, localTime] = m;
    const start = m.index;
    const end = start + whole.trimEnd().length;
    if (/[\d$£€¥.,:+-]$/.test(scan.text.slice(Math.max(0, start - 1), start))) return null;
    const cued = zone || localTime || (hrs && HOUR_LEADS.has(wordBefore(scan.text, start)));
    if (!cued && !readsAsTime(scan, start, end)) return null;
    // Over "18.15 hrs" as a count of hours: the cues above make it a clock time.
    return { ...timeOfDayHit(start, end, this.id, clockValue(Number(h), Number(min), undefined, zone)), priority: 1 };
  },
};

export const DOTTED_TIME_RULES: readonly DateRule[] = [dottedTime];
