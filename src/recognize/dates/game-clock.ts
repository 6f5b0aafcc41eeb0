import type { DateRule } from './hit';

/** A game clock's minutes and seconds, tenths allowed: "2:13", "0:04.2". */
const CLOCK = String.raw`(\d{1,2}):([0-5]\d(?:\.\d+)?)`;

/**
 * "with 2:13 left", "with just 0:42 to play", "with 1:05 remaining": a game clock counting down
 * tells the time left in a quarter, a period or a half, not a time of day.
 */
const WITH_CLOCK_LEFT = new RegExp(String.raw`\bwith\s+(?:just\s+|only\s+)?${CLOCK}\s+(?:left|remaining|to\s+go|to\s+play|on\s+the\s+clock)\b`, 'gi');

/** "1:48 left in the third quarter", "4:12 remaining in regulation": the same without "with". */
const CLOCK_LEFT_IN_PERIOD = new RegExp(
  String.raw`\b${CLOCK}\s+(?:left|remaining)\s+in\s+(?:the\s+)?(?:(?:first|second|third|fourth|final)\s+)?(?:quarter|period|half|game|regulation|overtime)\b`,
  'gi',
);

/** The clock read as minutes and seconds: "2:13" → PT2M13S, "2:00" → PT2M, "0:42" → PT42S, "0:04.2" → PT4.2S. */
function clockDuration(minutes: string, seconds: string): string {
  const m = Number(minutes);
  const s = Number(seconds);
  return `PT${m ? `${m}M` : ''}${s || !m ? `${s}S` : ''}`;
}

function gameClockRule(pattern: RegExp): DateRule {
  return {
    id: 'date/game-clock',
    pattern,
    build(m) {
      const start = m.index + m[0].indexOf(`${m[1]}:`);
      // Beats the time of day read from the same digits.
      return { start, end: start + m[1].length + 1 + m[2].length, rule: this.id, value: clockDuration(m[1], m[2]), timexType: 'DURATION', grain: 'other', priority: 2 };
    },
  };
}

export const GAME_CLOCK_RULES: readonly DateRule[] = [gameClockRule(WITH_CLOCK_LEFT), gameClockRule(CLOCK_LEFT_IN_PERIOD)];
