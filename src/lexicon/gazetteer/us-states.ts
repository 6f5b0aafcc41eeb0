import type { Place } from './types';
import type { PlaceOrigin } from './place-currencies';
import { lookupTable } from '../lookup-table';

interface StateEntry {
  name: string;
  AP: string;
}

/**
 * The US states, and their AP style abbreviations, from the `us-states-normalize` package: US news
 * writes "San Jose, Calif." and "Sen. Edward Kennedy (D., Mass.)". Only its data file is read.
 */
const US: PlaceOrigin = { country: 'US' };

export function addUsStates(add: (name: string, place: Place, origin?: PlaceOrigin) => void): void {
  for (const { name, AP } of usStates()) {
    const state: Place = { canonical: name.replace(/ Of /g, ' of '), type: 'state' };
    // The name too: the city package's provinces leave out states that are given names ("Virginia").
    add(state.canonical, state, US);
    add(AP, state, US);
    const other = OTHER_ABBREVIATIONS[AP];
    if (other) add(other, state, US);
  }
}

// The package's AP forms that news also writes another way: "Wichita, Kan.", "Wheeling, W.Va.".
const OTHER_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({ 'Kans.': 'Kan.', 'W.Va': 'W.Va.' });

let stateNames: ReadonlySet<string> | undefined;

/** The US states' names as the gazetteer reports them ("Texas", "District of Columbia"), read on first use. */
export function isUsState(canonical: string): boolean {
  stateNames ??= new Set(usStates().map((s) => s.name.replace(/ Of /g, ' of ')));
  return stateNames.has(canonical);
}

function usStates(): StateEntry[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Object.values(require('us-states-normalize/jsons/states.json') as Record<string, StateEntry>);
}
