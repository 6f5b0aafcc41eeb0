import type { Place } from './types';
import { NAMED_PLACE_POPULATION, type PlaceCurrencies } from './place-currencies';

interface CldrSubdivisions {
  subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
}

// CLDR marks a subdivision ISO 3166-2 has withdrawn with a dagger ("Čair †"); names with a comma,
// a bracket or a slash are compound labels ("Bay, Somalia", "Guyane (française)"), not what news writes.
const NOT_A_NEWS_NAME = /[†,()/]/;
// A few subdivisions are named by an adjective ("Jewish" for the Jewish Autonomous Oblast), which
// in prose describes people; and names of one to three letters ("Ig", "Lac") are too short to trust.
const ADJECTIVE_OR_SHORT = /^(?:.{1,3}|.*(?:ish|ese))$/;

// Counties of Britain and Ireland field sides and are written bare in sports news ("Essex beat
// Kent", "Kerry won the final"); one named like a person ("Kent", "Devon", "Clare") is kept apart.
const COUNTY_SIDE_COUNTRIES = /^(?:gb|ie)/;

/**
 * The English names of the world's states, provinces, regions and counties (ISO 3166-2
 * subdivisions, about 5,400) from Unicode CLDR's `cldr-subdivisions-full` package: "Bavaria",
 * "Catalonia", "Sumatra", "Lombardy", "Kent". Only its English file is read. A one-word name
 * that is also a word or a given name ("Western", "Clare") is left out, `isWordOrName` says which,
 * save the counties of Britain and Ireland named like people, which `addAmbiguous` receives.
 * `currencies` hears the country of each.
 */
export function addSubdivisions(
  add: (name: string, place: Place) => void,
  isWordOrName: (name: string) => boolean,
  isOrdinaryWord: (name: string) => boolean,
  addAmbiguous: (name: string, place: Place) => void,
  currencies: PlaceCurrencies,
): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as CldrSubdivisions;
  for (const [code, name] of Object.entries(cldr.subdivisions.localeDisplayNames.subdivisions)) {
    if (NOT_A_NEWS_NAME.test(name)) continue;
    const place: Place = { canonical: name, type: 'division' };
    // CLDR's key is the ISO 3166-2 code without its hyphen: "gbwls" is Wales, in GB. Heard though
    // the name is left out here: the gazetteer may know it from elsewhere ("Wales", "Victoria").
    currencies.note(name, { country: code.slice(0, 2).toUpperCase(), population: NAMED_PLACE_POPULATION });
    if (name.includes(' ') || (!ADJECTIVE_OR_SHORT.test(name) && !isWordOrName(name))) add(name, place);
    // "in Kent", "Essex beat Kent": a county named like a person, where a context of place vouches for it.
    else if (COUNTY_SIDE_COUNTRIES.test(code) && !ADJECTIVE_OR_SHORT.test(name) && !isOrdinaryWord(name)) addAmbiguous(name, place);
  }
}
