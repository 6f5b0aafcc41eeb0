import { CARDINAL_WORDS, DECADE_WORDS } from '../../lexicon/number-words';
import { parseCardinal } from '../../resolve/numbers';
import { pad4 } from '../../resolve/timex-calendar';
import { dayHit, monthOf } from './absolute';
import { DIGIT_WORD, MONTH, TEEN_WORD, TENS_WORD } from './fragments';
import type { DateRule } from './hit';
import { isCapitalized, wordBefore } from './words';


/** The last two digits of a spoken year: "eighty-six", "fifteen", "oh five". */
const YEAR_TAIL = String.raw`(?:${TENS_WORD})(?:[-\s](?:${DIGIT_WORD}))?|${TEEN_WORD}|(?:oh|o)[-\s](?:${DIGIT_WORD})`;

/** What follows "two thousand" in a year: "and fifteen", "twenty-four", "six". */
const THOUSAND_TAIL = String.raw`(?:${TENS_WORD})(?:[-\s](?:${DIGIT_WORD}))?|${TEEN_WORD}|${DIGIT_WORD}`;

/**
 * A year read out as two pairs ("nineteen eighty-six", "twenty fifteen", "eighteen oh five"),
 * or in thousands ("two thousand and fifteen", "two thousand").
 */
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(seventeen|eighteen|nineteen|twenty)[-\s](${YEAR_TAIL})|two\s+thousand(?:\s+(?:and\s+)?(${THOUSAND_TAIL}))?)\b`,
  'gi',
);

/**
 * A decade read out with its century ("the nineteen-nineties", "eighteen eighties"): the
 * century word leaves no reading as a count, so no "the" is needed.
 */
const SPOKEN_DECADE = /\b(eighteen|nineteen|twenty)[-\s](twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;

/** "May twenty-nine", "June thirty": a day of the month as a cardinal word. */
const MONTH_CARDINAL_DAY = new RegExp(String.raw`\b${MONTH}\s+((?:twenty|thirty)(?:[-\s](?:${DIGIT_WORD}))?|${TEEN_WORD}|${DIGIT_WORD})\b`, 'gi');

/** Words that make a following number a year: "in nineteen eighty-six", "since two thousand". */
const SPOKEN_YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'to', 'of', 'year', 'before', 'after', 'born', 'circa', 'through']);

/**
 * After a cardinal day only the end of a clause, a year or a time may follow: "on May twenty
 * nine." but not "In May twenty nine people died".
 */
const AFTER_CARDINAL_DAY = /^(?:\s*(?:[.,;:!?)]|$)|,?\s+(?:[12]\d{3}\b|at\b|(?:seventeen|eighteen|nineteen|twenty|two\s+thousand)\b))/i;

/** After a spoken year that could be a count, only a clause end or a function word may follow: not "to two thousand people". */
const AFTER_SPOKEN_YEAR = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|when|the|a|as|was|were|with|but|to|in|on|at|after|before|until|that)\b)/i;

function yearTail(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower.startsWith('o')) return CARDINAL_WORDS.get(lower.slice(lower.search(/[-\s]/) + 1)) ?? null;
  return parseCardinal(lower.replace(/-/g, ' '));
}

const spokenYear: DateRule = {
  id: 'date/year-spoken',
  pattern: SPOKEN_YEAR,
  build(m, scan) {
    const [whole, century, pairTail, thousandTail] = m;
    const lead = wordBefore(scan.text, m.index);
    // "twenty fifteen" and "two thousand" are counts as often as years; "nineteen eighty" is not.
    const isPair = century !== undefined;
    const needsLead = !isPair || century.toLowerCase() === 'twenty';
    if (needsLead && !SPOKEN_YEAR_LEADS.has(lead)) return null;
    if (needsLead && !AFTER_SPOKEN_YEAR.test(scan.text.slice(m.index + whole.length, m.index + whole.length + 12))) return null;
    const tail = isPair ? yearTail(pairTail) : thousandTail ? yearTail(thousandTail) : 0;
    if (tail === null || tail > 99) return null;
    const year = isPair ? (CARDINAL_WORDS.get(century.toLowerCase()) ?? 0) * 100 + tail : 2000 + tail;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: pad4(year), timexType: 'DATE', grain: 'year' };
  },
};

const spokenDecade: DateRule = {
  id: 'date/decade-spoken',
  pattern: SPOKEN_DECADE,
  build(m, scan) {
    const start = wordBefore(scan.text, m.index) === 'the' && scan.text[m.index - 1] === ' ' ? m.index - 4 : m.index;
    const century = CARDINAL_WORDS.get(m[1].toLowerCase()) ?? 0;
    const tens = DECADE_WORDS.get(m[2].toLowerCase()) ?? 0;
    return { start, end: m.index + m[0].length, rule: this.id, value: `${century}${tens / 10}X`, timexType: 'DATE', grain: 'decade' };
  },
};

const monthCardinalDay: DateRule = {
  id: 'date/month-cardinal-day',
  pattern: MONTH_CARDINAL_DAY,
  build(m, scan) {
    const [whole, monthWord, dayWord] = m;
    if (!isCapitalized(monthWord)) return null;
    const end = m.index + whole.length;
    if (!AFTER_CARDINAL_DAY.test(scan.text.slice(end, end + 24))) return null;
    const day = parseCardinal(dayWord.toLowerCase().replace(/-/g, ' '));
    if (day === null || day < 1 || day > 31) return null;
    return dayHit(scan, m.index, end, this.id, monthOf(monthWord), day, undefined);
  },
};

export const SPELLED_DATE_RULES: readonly DateRule[] = [spokenYear, spokenDecade, monthCardinalDay];
