import type { Place } from './types';
import { NAMED_PLACE_POPULATION, type PlaceCurrencies, type PlaceOrigin } from './place-currencies';
import { COUNTRY_ABBREVIATIONS, FORMER_COUNTRIES } from './country-abbreviations';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
  languages?: Record<string, string>;
  unMember?: boolean;
}

// A people's word ending so has no plural of its own: "Swiss", "Irish", "French", "Chinese".
const NO_PLURAL = /(?:[sxz]|[cs]h|ese)$/;

// ISO codes and native spellings in altSpellings collide with words ("IN", "IT") or are not
// English; an alternative name counts when it is a Latin-script word of three letters or more.
const ENGLISH_ALT_NAME = /^[A-Z][A-Za-z .'-]{2,}$/;
// A country named for two lands is often called by the first alone: "Bosnia", "Trinidad", "Antigua".
// Not a name that ends in "s", which is a people's plural or a surname: "Turks", "Wallis".
const TWO_LANDS = /^(\S+[^s]) and /;
// "Republic of Turkey", "Kingdom of Bhutan": the name after a state's form in an official name is
// the country's own short name, kept though it is also a word ("Turkey") where the package's
// common name has moved on ("Türkiye"). The last "of" counts: "Republic of the Union of Myanmar".
const STATE_FORM_OF = /\b(?:Republic|Kingdom|Federation|Commonwealth|Principality|Sultanate|Emirate|Duchy|State) of (?:the )?((?:(?! of ).)+)$/;

/**
 * Country names, their alternative names and their capitals, from the `world-countries` package;
 * its demonyms and language names ("in English", "speak Dari") are words that name no place.
 * `isWordOrName` keeps out a short form that is also a word, a plural or a person's name, and
 * `isDemonymWord` one that the lexicon knows as a people's adjective. `currencies` hears which
 * country each people's word (and its plural, "Canadians") and each language points to.
 */
export function addCountries(
  add: (name: string, place: Place, origin?: PlaceOrigin) => void,
  addDemonym: (word: string) => void,
  isWordOrName: (word: string) => boolean,
  isDemonymWord: (word: string) => boolean,
  currencies: PlaceCurrencies,
  addPeoplePlace: (people: string, place: string) => void,
): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as WorldCountry[];
  const peoplesCountry = peoplesCountries(countries);
  // "Thai", "Saudi", "Lao", "Togolese": an alternative name that is some country's demonym names its people.
  const peoples = new Set(countries.flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter((d) => d !== undefined));
  // "Island" for Iceland, "Mann", "Dominique": a one-word alternative name that is a word or a person's name.
  const isPlainAltName = (alt: string) => !peoples.has(alt) && !isDemonymWord(alt) && (alt.includes(' ') || !isWordOrName(alt));
  // "Saudi", "Lao": an alternative name that is a people's word names that country's people too.
  for (const c of countries) {
    for (const alt of c.altSpellings) if (ENGLISH_ALT_NAME.test(alt) && !alt.includes(' ') && !peoplesCountry.has(alt) && isDemonymWord(alt)) peoplesCountry.set(alt, c.name.common);
  }
  for (const [people, country] of peoplesCountry) addPeoplePlace(people, country);
  const shortNames = officialShortNames(countries);
  for (const c of countries) {
    const country: Place = { canonical: c.name.common, type: 'country' };
    const origin: PlaceOrigin = { country: c.cca2 };
    add(c.name.common, country, origin);
    add(c.name.official, country, origin);
    for (const alt of c.altSpellings) if (ENGLISH_ALT_NAME.test(alt) && alt.toUpperCase() !== alt && isPlainAltName(alt)) add(alt, country, origin);
    for (const alt of COUNTRY_ABBREVIATIONS[c.cca2] ?? []) add(alt, country, origin);
    const shortName = shortNames.get(c.cca2);
    if (shortName) add(shortName, country, origin);
    const firstLand = TWO_LANDS.exec(c.name.common)?.[1];
    if (firstLand && !isWordOrName(firstLand)) add(firstLand, country, origin);
    for (const capital of c.capital) add(capital, { canonical: capital, type: 'city' }, { country: c.cca2, population: NAMED_PLACE_POPULATION });
    if (c.region) add(c.region, { canonical: c.region, type: 'region' });
    if (c.subregion) add(c.subregion, { canonical: c.subregion, type: 'region' });
    const demonyms = c.demonyms?.eng;
    if (demonyms) {
      for (const people of new Set([demonyms.m, demonyms.f])) {
        addDemonym(people);
        currencies.notePeople(people, origin);
        if (!NO_PLURAL.test(people)) currencies.notePeople(`${people}s`, origin);
      }
    }
    for (const language of Object.values(c.languages ?? {})) {
      addDemonym(language);
      currencies.notePeople(language, origin);
    }
  }
  for (const name of FORMER_COUNTRIES) add(name, { canonical: name, type: 'country' });
}

/**
 * Each country's short name that an official or alternative name gives after its state's form,
 * unless two countries share it: "Korea" ends both Koreas' official names and names neither alone.
 */
function officialShortNames(countries: readonly WorldCountry[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const name of [c.name.official, ...c.altSpellings]) {
      const short = STATE_FORM_OF.exec(name)?.[1];
      if (short && ENGLISH_ALT_NAME.test(short)) owners.set(short, (owners.get(short) ?? new Set()).add(c.cca2));
    }
  }
  const byCountry = new Map<string, string>();
  for (const [short, codes] of owners) if (codes.size === 1 && !byCountry.has([...codes][0])) byCountry.set([...codes][0], short);
  return byCountry;
}

/**
 * The country each people's word names ("Canadian" → Canada). A word two countries share goes to
 * the one in the UN ("American" → United States, not the Northern Mariana Islands), and to none
 * where both or neither are ("Congolese", "Dominican").
 */
function peoplesCountries(countries: WorldCountry[]): Map<string, string> {
  const candidates = new Map<string, WorldCountry[]>();
  for (const c of countries) {
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const people of new Set([d.m, d.f])) candidates.set(people, [...(candidates.get(people) ?? []), c]);
  }
  const chosen = new Map<string, string>();
  for (const [people, all] of candidates) {
    const members = all.filter((c) => c.unMember);
    const only = all.length === 1 ? all[0] : members.length === 1 ? members[0] : undefined;
    if (only) chosen.set(people, only.name.common);
  }
  return chosen;
}
