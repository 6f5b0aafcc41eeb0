import type { Place } from './types';
import type { PlaceOrigin } from './place-currencies';

interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}

/**
 * A city must have this many people to count as a place on its name alone: below it, city names
 * are mostly also surnames or words ("Reading", "Mobile"), which a bare capitalized word
 * in news more often is.
 */
export const CITY_POPULATION_THRESHOLD = 100_000;

/** Above this a city is the likelier reading even of a name or word ("Sydney", "Houston"). */
export const MAJOR_CITY_POPULATION = 1_000_000;

/**
 * Above this a city whose name is a given name, and no surname or word, is the likelier reading
 * of the name alone where no cue speaks for a person: "storms hit Orlando", "Adelaide won".
 */
export const LARGE_CITY_POPULATION = 500_000;

/**
 * Cities and first-level divisions (US states, Canadian provinces, Chinese provinces) from the
 * `city-timezones` package, which carries population and province for about 7,300 cities.
 * `isCommonWord` sets apart names that are ordinary words or given names ("Centre", "Austin"),
 * which `addAmbiguous` receives; `isWordNotPlace` keeps out provinces named by a word ("Delta").
 */
export function addCitiesAndProvinces(
  add: (name: string, place: Place, origin?: PlaceOrigin) => void,
  isCommonWord: (name: string) => boolean,
  addAmbiguous: (name: string, place: Place) => void,
  isWordNotPlace: (name: string) => boolean,
): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = (require('city-timezones') as { cityMapping: CityRecord[] }).cityMapping;
  const provinceCities = new Map<string, number>();
  // The people of each province's listed cities, by country: what its name weighs for the currency of a story.
  const provincePeople = new Map<string, Map<string, number>>();
  for (const c of cities) {
    if (c.province) {
      provinceCities.set(c.province, (provinceCities.get(c.province) ?? 0) + 1);
      const people = provincePeople.get(c.province) ?? new Map<string, number>();
      provincePeople.set(c.province, people.set(c.iso2, (people.get(c.iso2) ?? 0) + c.pop));
    }
    if (c.pop < CITY_POPULATION_THRESHOLD) continue;
    // "Austin", "Charlotte", "Darwin": a city that a context of place must vouch for.
    if (c.pop < MAJOR_CITY_POPULATION && isCommonWord(c.city_ascii)) {
      addAmbiguous(c.city_ascii, { canonical: c.city, type: 'city', population: c.pop });
      continue;
    }
    const origin: PlaceOrigin = { country: c.iso2, population: c.pop };
    add(c.city, { canonical: c.city, type: 'city' }, origin);
    if (c.city_ascii !== c.city) add(c.city_ascii, { canonical: c.city, type: 'city' }, origin);
  }
  // A province the package lists for several cities is a real division, not a stray label.
  for (const [province, count] of provinceCities) {
    if (count < 2 || isWordNotPlace(province)) continue;
    for (const [country, population] of provincePeople.get(province)!) add(province, { canonical: province, type: 'state' }, { country, population });
  }
}
