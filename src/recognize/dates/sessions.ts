import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { parseCardinal } from '../../resolve/numbers';
import { durationValue } from '../../resolve/timex';
import { addDays, formatDay, isoWeekday, type Day } from '../../resolve/timex-calendar';
import { COUNT, TWELVE_OR_FEWER_WORD } from './fragments';
import type { DateRule } from './hit';
import { hasWordIn } from './words';

/*
 * Market reports count trading days as sessions: "the Nikkei has fallen in the past eight
 * sessions", "six of the previous 10 sessions", "its fifth straight session of gains" is a streak
 * (streaks.ts). A count of sessions is a span of that many days (P8D). "Session" alone is also a
 * sitting of a parliament or a class, so it needs a word of time before its count or after it,
 * and "the last two sessions of the year" is left to the sittings.
 */

/** "the past eight sessions", "the last three trading sessions", "the next two sessions". */
const RECENT_SESSIONS = new RegExp(
  String.raw`\b(?:the\s+)?(?:past|last|latest|previous|prior|next|coming|following|final)\s+${COUNT}\s+(?:(?:trading|straight|consecutive|successive)\s+)?sessions\b(?!\s+of\b)`,
  'gi',
);

// Sessions of a parliament, a congress or a court are sittings, not trading days.
const NOT_SITTINGS = String.raw`(?!\s+of\s+(?:parliament|congress|the\s+(?:assembly|legislature|court)))`;

/**
 * "eight straight sessions", "five consecutive trading sessions". A run is counted in digits or
 * a word up to twelve: the whole number grammar, with no word before it, backtracks polynomially.
 */
const SESSION_RUN = new RegExp(String.raw`\b(\d{1,2}|${TWELVE_OR_FEWER_WORD})\s+(?:straight|consecutive|successive)\s+(?:trading\s+)?sessions\b${NOT_SITTINGS}`, 'gi');

/** "eight trading sessions"; or a bare count that a market verb moved over ("fell in seven sessions"). */
const COUNTED_SESSIONS = new RegExp(String.raw`\b(?:(in|for|over|during)\s+)?(\d{1,2}|${TWELVE_OR_FEWER_WORD})\s+(trading\s+)?sessions\b${NOT_SITTINGS}`, 'gi');

/** How far back in its clause a market verb may stand: "has lost ground in seven sessions". */
const VERB_REACH = 40;

const countedSessions: DateRule = {
  id: 'date/sessions',
  pattern: COUNTED_SESSIONS,
  build(m, scan) {
    const [whole, preposition, countText, trading] = m;
    const start = m.index + (preposition ? whole.indexOf(countText, preposition.length) : 0);
    if (!trading && !(preposition && hasWordIn(scan.text.slice(Math.max(0, m.index - VERB_REACH), m.index), CHANGE_VERBS))) return null;
    return { start, end: m.index + whole.length, rule: this.id, value: durationValue(parseCardinal(countText), 'D', false, 1), timexType: 'DURATION', grain: 'other' };
  },
};

function sessionsRule(pattern: RegExp): DateRule {
  return {
    id: 'date/sessions',
    pattern,
    build(m) {
      // "the past few sessions" counts no number: PXD.
      const count = parseCardinal(m[1]);
      if (count !== null && count < 2) return null;
      return { start: m.index, end: m.index + m[0].length, rule: this.id, value: durationValue(count, 'D', false, 1), timexType: 'DURATION', grain: 'other' };
    },
  };
}

/**
 * "rose 1.5% in the previous session", "recovering from the prior session's low": one trading day,
 * the one before the report's. A sitting has one too ("the previous session of Congress"), so a
 * market's verb must come first in its sentence.
 */
const PREVIOUS_SESSION = /\bthe\s+(?:previous|prior|preceding)\s+(?:trading\s+)?session\b(?!\s+of\b)/gi;

/**
 * "Australian shares ended the session 0.8% higher": the trading day of the report. Only a close
 * told by a figure or a direction is a market's, not a parliament's or a court's "ended the session".
 */
const CLOSING_SESSION = /(?<=\b(?:ended|finished|closed)\s+)the\s+session\b(?=\s+(?:[\d.]+\s*(?:%|percent|points?)\s+)?(?:higher|lower|up|down|flat|unchanged|firmer|weaker|mixed)\b)/gi;

/** Verbs of a market's day besides its changes: "had closed at a two-month low in the previous session". */
const TRADING_VERBS: ReadonlySet<string> = new Set(['closed', 'ended', 'finished', 'traded', 'opened', 'settled', 'recovering', 'rebounding']);

/** How far back in its sentence a market's verb may stand before "the previous session". */
const MARKET_VERB_REACH = 80;

/** A sentence's end, not the point of "1.5%". */
const SENTENCE_BREAK = /[.!?]\s+/;

/** A trading day is a weekday: the one before a Monday's is the Friday. */
function previousTradingDay(day: Day): Day {
  const weekday = isoWeekday(day);
  return addDays(day, weekday === 1 ? -3 : weekday === 7 ? -2 : -1);
}

const previousSession: DateRule = {
  id: 'date/session-day',
  pattern: PREVIOUS_SESSION,
  build(m, scan) {
    const before = scan.text.slice(Math.max(0, m.index - MARKET_VERB_REACH), m.index);
    if (!scan.ref || !hasWordIn(before.split(SENTENCE_BREAK).pop() ?? '', CHANGE_VERBS, TRADING_VERBS)) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatDay(previousTradingDay(scan.ref)), timexType: 'DATE', grain: 'day' };
  },
};

const closingSession: DateRule = {
  id: 'date/session-day',
  pattern: CLOSING_SESSION,
  build(m, scan) {
    if (!scan.ref) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatDay(scan.ref), timexType: 'DATE', grain: 'day' };
  },
};

export const SESSION_RULES: readonly DateRule[] = [sessionsRule(RECENT_SESSIONS), sessionsRule(SESSION_RUN), countedSessions, previousSession, closingSession];
