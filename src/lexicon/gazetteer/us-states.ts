import type { Place } from './types';

interface StateEntry {
  name: string;
  AP: string;
}

/**
 * The US states, and their AP style abbreviations, from the `us-states-normalize` package: US news
 * writes "San Jose, Calif." and "Sen. Edward Kennedy (D., Mass.)". Only its data file is read.
 */
export function addUsStates(add: (name: string, place: Place) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const states = require('us-states-normalize/jsons/states.json') as Record<string, StateEntry>;
  for (const { name, AP } of Object.values(states)) {
    const state: Place = { canonical: name.replace(/ Of /g, ' of '), type: 'state' };
    // The name too: the city package's provinces leave out states that are given names ("Virginia").
    add(state.canonical, state);
    add(AP, state);
  }
}
