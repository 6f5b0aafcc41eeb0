import type { DateScan } from './hit';
import { sentenceWindow } from './sentence-window';

/**
 * Words of a weather report's temperatures. "Highs in the 70s", "temperatures climbed into the
 * 90s": a bare decade of tens there is a band of degrees, not the 1970s.
 */
const TEMPERATURE_CUE = /\b(?:temperatures?|highs?|lows?|degrees|mercury|thermometers?|heat\s+index|wind\s+chills?|Fahrenheit|Celsius|warm(?:er|est|ing)?|cool(?:er|est|ing)?|hott?(?:er|est)?|cold(?:er|est)?|chilly|balmy|muggy)\b|°/i;

/** How far around the decade to look for a word of temperature. */
const CUE_WINDOW = 60;

/** A word of temperature near [start, end) in its own sentence. */
export function temperatureNear(scan: DateScan, start: number, end: number): boolean {
  return TEMPERATURE_CUE.test(sentenceWindow(scan, start, end, CUE_WINDOW));
}
