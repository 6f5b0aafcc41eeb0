import type { Place } from './types';

interface StateEntry {
  name: string;
  AP: string;
}

/**
 * The AP style abbreviations of US states, from the `us-states-normalize` package: US news
 * writes "San Jose, Calif." and "Sen. Edward Kennedy (D., Mass.)". Only its data file is read.
 */
export function addUsStateAbbreviations(add: (name: string, place: Place) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const states = require('us-states-normalize/jsons/states.json') as Record<string, StateEntry>;
  for (const { name, AP } of Object.values(states)) {
    add(AP, { canonical: name.replace(/ Of /g, ' of '), type: 'state' });
  }
}
