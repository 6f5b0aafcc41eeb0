/**
 * Days of history that news names by month and day alone, before a noun of the event: "the
 * Sept. 11 attacks", "the Jan. 6 riot", "the Oct. 7 massacre". Each holds only in stories told
 * after it, and only before its own nouns ("the Oct. 7 vote" is any year's).
 */
export interface DatedEvent {
  year: number;
  month: number;
  day: number;
  nouns: ReadonlySet<string>;
}

const ATTACK_NOUNS = ['attack', 'attacks', 'terror', 'terrorist', 'hijackers', 'hijackings', 'victims', 'families', 'anniversary', 'memorial'];

export const DATED_EVENTS: readonly DatedEvent[] = [
  { year: 2001, month: 9, day: 11, nouns: new Set([...ATTACK_NOUNS, 'commission', 'museum', 'era', 'generation']) },
  { year: 2021, month: 1, day: 6, nouns: new Set([...ATTACK_NOUNS, 'riot', 'riots', 'rioters', 'insurrection', 'committee', 'panel', 'hearings', 'defendants', 'capitol', 'mob', 'siege']) },
  { year: 2023, month: 10, day: 7, nouns: new Set([...ATTACK_NOUNS, 'massacre', 'massacres', 'assault', 'raid', 'atrocities', 'hostages', 'onslaught', 'incursion', 'rampage']) },
];
