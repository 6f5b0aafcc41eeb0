import type { Place } from './types';

interface CldrSubdivisions {
  subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
}

// CLDR marks a subdivision ISO 3166-2 has withdrawn with a dagger ("Čair †"); names with a comma,
// a bracket or a slash are compound labels ("Bay, Somalia", "Guyane (française)"), not what news writes.
const NOT_A_NEWS_NAME = /[†,()/]/;
// A few subdivisions are named by an adjective ("Jewish" for the Jewish Autonomous Oblast), which
// in prose describes people; and names of one to three letters ("Ig", "Lac") are too short to trust.
const ADJECTIVE_OR_SHORT = /^(?:.{1,3}|.*(?:ish|ese))$/;

/**
 * The English names of the world's states, provinces, regions and counties (ISO 3166-2
 * subdivisions, about 5,400) from Unicode CLDR's `cldr-subdivisions-full` package: "Bavaria",
 * "Catalonia", "Sumatra", "Lombardy", "Kent". Only its English file is read. A one-word name
 * that is also a word or a given name ("Western", "Clare") is left out; `isWordOrName` says which.
 */
export function addSubdivisions(add: (name: string, place: Place) => void, isWordOrName: (name: string) => boolean): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cldr = require('cldr-subdivisions-full/subdivisions/en/en.json') as CldrSubdivisions;
  for (const name of Object.values(cldr.subdivisions.localeDisplayNames.subdivisions)) {
    if (NOT_A_NEWS_NAME.test(name) || (!name.includes(' ') && (ADJECTIVE_OR_SHORT.test(name) || isWordOrName(name)))) continue;
    add(name, { canonical: name, type: 'division' });
  }
}
