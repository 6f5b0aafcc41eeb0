import { compromiseLexicon } from '../../nlp/lexicon';
import { EAST_ASIAN_SURNAMES } from '../chinese-surnames';
import { englishWords } from '../english-words';
import { firstNames } from '../first-names';
import { addCitiesAndProvinces } from './cities';
import { addCountries } from './countries';
import { FORMER_CITY_NAMES, LOCAL_CITY_NAMES, PLACE_SHORT_FORMS, WORD_SHORT_CITY_NAMES } from './former-names';
import { BETTER_KNOWN_NAMES } from './better-known-names';
import { AIRPORTS, CITY_DISTRICTS, SEATS_OF_GOVERNMENT, SPORTS_GROUNDS } from './landmarks';
import { NATURAL_FEATURES } from './natural-features';
import { COMBINING_FORMS, PEOPLES } from './peoples';
import { REGION_PEOPLES, REGIONS } from './regions';
import { PlaceCurrencies, type PlaceOrigin } from './place-currencies';
import { readGazetteerSnapshot, type GazetteerData } from './snapshot';
import { hasHyphenAfterSaint, saintSpellings } from './saint-spellings';
import { addSubdivisions } from './subdivisions';
import { addUsStates, isUsState } from './us-states';
import { addWorldCities } from './world-cities';
import { collectTowns } from './towns';
import type { Place } from './types';
import { foldAccents } from '../../text/fold-accents';

export type { Place, PlaceType } from './types';
export { LARGE_CITY_POPULATION } from './cities';
export { isUsState } from './us-states';

export interface Gazetteer {
  /** The place a name denotes, matched case-insensitively ("BRUSSELS", "the U.S." without "the"). */
  place(name: string): Place | undefined;
  /** True for a demonym, nationality or language word ("Ukrainian", "Europeans", "English"): never a place. */
  isDemonym(word: string): boolean;
  /** The country or region a people's adjective names ("Canadian" → "Canada", "North American"), or undefined. */
  peoplePlace(adjective: string): string | undefined;
  /**
   * A city whose name is also a word or a given name ("Austin", "Charlotte", "Reading"): a
   * place only where the context says so ("flew to Austin").
   */
  ambiguousPlace(name: string): Place | undefined;
  /**
   * The counties or states (lower-case) that hold a town of this name too small for the city
   * list ("Wells" → somerset, maine), or undefined: a place only with a strong cue.
   */
  townRegions(name: string): readonly string[] | undefined;
  /** The most words any place name has, to bound a longest-match scan. */
  maxWords: number;
}

// A place name's lexicon tags that mean the word is an ordinary word or a person's name first.
const NON_PLACE_TAGS = /^(Adjective|Noun|Singular|Plural|Verb|Infinitive|PresentTense|PastTense|Gerund|Adverb|FirstName|MaleName|FemaleName|Person|LastName|Organization|Determiner|Preposition|Conjunction|Actor|Uncountable|Month|WeekDay|Date|Demonym)$/;

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);

// The same, less the names: the tags of words that are ordinary words ("down", "bury").
const ORDINARY_WORD_TAGS = /^(Adjective|Noun|Singular|Plural|Verb|Infinitive|PresentTense|PastTense|Gerund|Adverb|Determiner|Preposition|Conjunction|Actor|Uncountable)$/;

let loaded: Gazetteer | undefined;

// "Montreal" finds "Montréal", and "Sao Paulo" "São Paulo": names are keyed without their accents.
const key = (name: string) => foldAccents(name.toLowerCase().replace(/\s+/g, ' '));

// Data sets name some Russian republics by their people's adjective ("Chechen", "Chuvash" in CLDR
// and city-timezones): in prose these words describe people ("Chechen rebels"), so they are
// demonyms here, and the republics keep their other names ("Chechnya").
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(['buryat', 'chechen', 'chuvash', 'udmurt', 'kabardino-balkar', 'karachay-cherkess']);

/**
 * The place index, read on first use from the build's snapshot (a few milliseconds), or built
 * from the data packages when there is no matching snapshot (about 150 ms, in every thread).
 */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const lexicon = compromiseLexicon();
  const data = readGazetteerSnapshot() ?? buildGazetteerData();
  const places = new Map(data.places);
  const ambiguous = new Map(data.ambiguous);
  const demonyms = new Set(data.demonyms);
  const peoplePlaces = new Map(data.peoplePlaces);
  const towns = new Map(data.towns);
  const isDemonymKey = (k: string) =>
    demonyms.has(k) || (k.endsWith('s') && demonyms.has(k.slice(0, -1))) || (lexicon.tags(k) ?? []).includes('Demonym');
  loaded = {
    place: (name) => places.get(key(name)),
    ambiguousPlace: (name) => (places.has(key(name)) ? undefined : ambiguous.get(key(name))),
    townRegions: (name) => towns.get(key(name))?.split('|'),
    isDemonym(word) {
      const k = key(word);
      if (isDemonymKey(k)) return true;
      // "Anglo-Dutch", "Sino-American", "British-Irish": peoples joined by hyphens.
      const parts = k.split('-');
      return parts.length > 1 && parts.every((p, i) => (i < parts.length - 1 && COMBINING_FORMS.has(p)) || isDemonymKey(p));
    },
    peoplePlace: (adjective) => peoplePlaces.get(key(adjective)),
    maxWords: data.maxWords,
  };
  return loaded;
}

/** The name is a US state's, as the gazetteer knows it: "Ohio", "New Mexico" ("Somerset" is not). */
export function isUsStateName(name: string): boolean {
  const place = gazetteer().place(name);
  return place?.type === 'state' && isUsState(place.canonical);
}

let currencyNames: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The currencies of the country a place's name or a people's word points to ("Leeds", "Canadians"),
 * an empty list for a longer name that points to none ("Latin America"), or undefined for a name
 * it does not know. Read on first use from the same snapshot, without compromise's lexicon.
 */
export function placeCurrencies(name: string): readonly string[] | undefined {
  if (!currencyNames) {
    const names = new Map<string, readonly string[]>();
    for (const [money, keys] of Object.entries((readGazetteerSnapshot() ?? buildGazetteerData()).currencies)) {
      const codes = money ? money.split(',') : [];
      for (const k of keys) names.set(k, codes);
    }
    currencyNames = names;
  }
  return currencyNames.get(key(name));
}

/** Builds the place index from the data packages: about 15,000 names. */
export function buildGazetteerData(): GazetteerData {
  const lexicon = compromiseLexicon();
  const places = new Map<string, Place>();
  const demonyms = new Set<string>([...PEOPLE_ADJECTIVES, ...PEOPLES]);
  const peoplePlaces = new Map<string, string>(Object.entries(REGION_PEOPLES));
  const ambiguous = new Map<string, Place>();
  let maxWords = 1;
  // The first source to name a place wins: countries before cities ("Georgia", "Luxembourg").
  // Keys only another spelling made ("st louis" from "St. Louis"), and whether that spelling kept
  // the name's space or hyphen: a place named so outright wins them.
  const respelled = new Map<string, boolean>();
  const currencies = new PlaceCurrencies(key);
  const add = (name: string, place: Place, origin?: PlaceOrigin) => {
    const k = key(name);
    // Every reading of a name is heard, the ones that lose the name too: "Georgia" the US state.
    if (k && origin) currencies.note(name, origin);
    if (!k || (places.has(k) && !respelled.has(k)) || PEOPLE_ADJECTIVES.has(k)) return;
    if (BETTER_KNOWN_NAMES.has(k)) {
      if (!ambiguous.has(k)) ambiguous.set(k, place);
      return;
    }
    // "Malé" keyed without its accent is the word "male": such a name is left out.
    if (k !== name.toLowerCase().replace(/\s+/g, ' ') && isWordOrName(k)) return;
    places.set(k, place);
    respelled.delete(k);
    maxWords = Math.max(maxWords, k.split(' ').length);
    // "People's Republic of China" as the tokens read it, without the possessive's "'s".
    if (k.includes("'s ")) add(k.replace(/'s /g, ' '), place);
    // Of two towns other spellings give one name, the one spelled alike is meant: "St Louis" is
    // "St. Louis", not Senegal's "Saint-Louis".
    for (const other of saintSpellings(k)) {
      const alike = hasHyphenAfterSaint(other) === hasHyphenAfterSaint(k);
      if (places.has(other) && (!respelled.has(other) || respelled.get(other) || !alike)) continue;
      places.set(other, place);
      respelled.set(other, alike);
      maxWords = Math.max(maxWords, other.split(' ').length);
    }
  };
  const isCommonWord = (name: string) => (lexicon.tags(key(name)) ?? []).some((t) => NON_PLACE_TAGS.test(t));
  const lexiconPlaceTags = (name: string) => (lexicon.tags(key(name)) ?? []).some((t) => PLACE_TAGS.has(t));
  const isWordOrName = (name: string) => isCommonWord(name) || englishWords().has(key(name)) || firstNames().has(key(name));
  addCountries(add, (d) => demonyms.add(key(d)), isWordOrName, (word) => (lexicon.tags(key(word)) ?? []).includes('Demonym'), currencies, (people, place) => peoplePlaces.set(key(people), place));
  for (const r of REGIONS) add(r, { canonical: r, type: 'region' });
  // Of two cities with one name the larger is meant: "Hamilton" in Ontario before the one in New Zealand.
  const addAmbiguous = (name: string, place: Place) => {
    const known = ambiguous.get(key(name));
    if (!known || (known.population ?? 0) < (place.population ?? 0)) ambiguous.set(key(name), place);
  };
  // "Delta", "Falcón", "Coast": a province named by an English word the lexicon knows as no place.
  const isWordNotPlace = (name: string) => isCommonWord(name) || (englishWords().has(key(name)) && !lexiconPlaceTags(name));
  addCitiesAndProvinces(add, isCommonWord, addAmbiguous, isWordNotPlace);
  // The larger list reaches small and foreign cities, whose names are more often also a club's
  // ("Ajax"), a family name ("Yao", "Hamm") or something the lexicon knows: those need a cue.
  const isKnownName = (name: string) =>
    isWordOrName(name) || ((lexicon.tags(key(name)) ?? []).length > 0 && !lexiconPlaceTags(name)) || EAST_ASIAN_SURNAMES.has(key(name)) || key(name).length <= 3;
  addWorldCities(add, isKnownName, addAmbiguous);
  addUsStates(add);
  const isOrdinaryWord = (name: string) => (lexicon.tags(key(name)) ?? []).some((t) => ORDINARY_WORD_TAGS.test(t)) || (englishWords().has(key(name)) && firstNames().has(key(name)));
  addSubdivisions(add, isWordOrName, isOrdinaryWord, addAmbiguous, currencies);
  addSharedNamePlurals(places, add, isWordOrName);
  for (const f of NATURAL_FEATURES) add(f, { canonical: f, type: 'feature' });
  for (const s of SEATS_OF_GOVERNMENT) add(s, { canonical: s, type: 'site' });
  for (const g of SPORTS_GROUNDS) add(g, { canonical: g, type: 'site' });
  for (const a of AIRPORTS) add(a, { canonical: a, type: 'site' });
  for (const d of CITY_DISTRICTS) add(d, { canonical: d, type: 'division' });
  // An older name reports the place under the name the packages give it: "Bombay" → Mumbai.
  for (const [name, current] of [...Object.entries(FORMER_CITY_NAMES), ...Object.entries(PLACE_SHORT_FORMS), ...Object.entries(LOCAL_CITY_NAMES)]) {
    const place = places.get(key(current));
    add(name, place ?? { canonical: current, type: 'city' });
  }
  for (const [name, full] of Object.entries(WORD_SHORT_CITY_NAMES)) addAmbiguous(name, places.get(key(full)) ?? { canonical: full, type: 'city' });
  const towns = collectTowns(key, (k) => places.has(k) || ambiguous.has(k));
  return { places: [...places], ambiguous: [...ambiguous], towns, demonyms: [...demonyms], peoplePlaces: [...peoplePlaces], maxWords, currencies: currencies.resolve((k) => places.has(k), places.keys()) };
}

/** Compass words that set apart two places of one name: "North and South Carolina", "Virginia and West Virginia". */
const PAIRED_COMPASS = /^(north|west) (.+)$/;

/**
 * "the Carolinas", "the Dakotas", "the two Koreas": the plural of a name two places share, one
 * with a compass word before it and one with its opposite or none, names both as a region.
 */
function addSharedNamePlurals(places: ReadonlyMap<string, Place>, add: (name: string, place: Place) => void, isWordOrName: (name: string) => boolean): void {
  // Two states or two countries: of regions and counties the pairs are too many and too small
  // ("West Midlands"), and a state beside its country is no pair ("West Kazakhstan").
  const isStateOrCountry = (place: Place | undefined) => place?.type === 'state' || place?.type === 'country';
  for (const [k, place] of [...places]) {
    const m = PAIRED_COMPASS.exec(k);
    const partner = m ? places.get(m[1] === 'north' ? `south ${m[2]}` : m[2]) : undefined;
    if (!m || !isStateOrCountry(place) || partner?.type !== place.type || m[2].endsWith('s')) continue;
    // Not the provinces of a country of that name ("North Kazakhstan"), nor ones an adjective names ("West Pomeranian").
    if (places.get(m[2])?.type === 'country' && place.type === 'state') continue;
    if (m[2].endsWith('an')) continue;
    const plural = `${place.canonical.slice(m[1].length + 1)}s`;
    if (!isWordOrName(plural)) add(plural, { canonical: plural, type: 'region' });
  }
}
