import { parseCardinal } from '../../resolve/numbers';
import { durationValue } from '../../resolve/timex';
import { COUNT, TWELVE_OR_FEWER_WORD } from './fragments';
import type { DateRule } from './hit';

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

/**
 * "eight straight sessions", "five consecutive trading sessions". A run is counted in digits or
 * a word up to twelve: the whole number grammar, with no word before it, backtracks polynomially.
 */
const SESSION_RUN = new RegExp(String.raw`\b(\d{1,2}|${TWELVE_OR_FEWER_WORD})\s+(?:straight|consecutive|successive)\s+(?:trading\s+)?sessions\b(?!\s+of\s+(?:parliament|congress|the\s+(?:assembly|legislature|court)))`, 'gi');

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

export const SESSION_RULES: readonly DateRule[] = [sessionsRule(RECENT_SESSIONS), sessionsRule(SESSION_RUN)];
