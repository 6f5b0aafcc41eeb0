import type { Chalk } from 'chalk';
import type { Kind } from '../types';

export const KIND_TITLES: Record<Kind, string> = {
  date: 'Dates',
  money: 'Money',
  percent: 'Percentages',
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
};

/**
 * One hue per kind that reads on dark and light backgrounds alike. With 256 colours we pick
 * mid-luminance shades (each has a contrast of at least 3.5:1 against both black and white:
 * #0087ff, #008700, #008787, #d700d7, #d70000, #d75f00). With 16 colours the terminal's theme
 * decides the shades, so we use the plain (not bright) hues that themes keep readable, and
 * avoid white, black and the bright variants.
 */
const PALETTE_256: Record<Kind, number> = { date: 33, money: 28, percent: 30, person: 164, organization: 160, location: 166 };
const PALETTE_16: Record<Kind, 'blue' | 'green' | 'cyan' | 'magenta' | 'red' | 'yellow'> = {
  date: 'blue',
  money: 'green',
  percent: 'cyan',
  person: 'magenta',
  organization: 'red',
  location: 'yellow',
};

export function kindColor(style: Chalk, kind: Kind): Chalk {
  return style.level >= 2 ? style.ansi256(PALETTE_256[kind]) : style[PALETTE_16[kind]];
}
