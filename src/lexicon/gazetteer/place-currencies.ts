import { CITY_POPULATION_THRESHOLD } from './cities';

/** Where a name the gazetteer reads points: a country (ISO 3166 alpha-2) and, for a city, its people. */
export interface PlaceOrigin {
  country: string;
  /** A city's population; a country's name, a people's or a division's has none and outweighs any city. */
  population?: number;
}

interface WorldCountry {
  cca2: string;
  currencies?: Record<string, unknown>;
}

// Of two cities with one name in countries of different money, the larger is meant only when it
// is this many times the other: "London" (8.9 million) over London, Ontario, but not "Newcastle"
// in England over the one in New South Wales.
const DOMINANCE = 3;

/**
 * What a capital or a state's or county's name weighs, which the packages give no population:
 * a city's at the threshold, so that "Manchester" in England outweighs the Jamaican parish. A
 * US state weighs as a country: "Georgia" is the country and the state alike.
 */
export const NAMED_PLACE_POPULATION = CITY_POPULATION_THRESHOLD;

/**
 * The currencies of the countries that place names and peoples point to, for the money of a
 * story that names a place ("In Leeds, a pint rose a penny"). Every source of the gazetteer
 * notes where its names point; a name counts for one country's currencies when every reading
 * agrees on them, or its largest city outweighs the others. "Georgia" (the country and the US
 * state) and "French" (France's people and Canada's language) name none.
 */
export class PlaceCurrencies {
  private readonly notes = new Map<string, Map<string, number>>();
  private readonly people = new Set<string>();
  private readonly currencies: ReadonlyMap<string, string>;

  /** `key` is the gazetteer's own key of a name. */
  constructor(private readonly key: (name: string) => string) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const countries = require('world-countries') as WorldCountry[];
    this.currencies = new Map(countries.map((c) => [c.cca2, Object.keys(c.currencies ?? {}).sort().join(',')]));
  }

  /** Notes that a place name may point to `origin`'s country. */
  note(name: string, origin: PlaceOrigin): void {
    this.noteKey(this.key(name), origin);
  }

  /** Notes a people's or language's word ("Canadians", "Irish"), which counts though it names no place. */
  notePeople(word: string, origin: PlaceOrigin): void {
    const k = this.key(word);
    this.people.add(k);
    this.noteKey(k, origin);
  }

  private noteKey(key: string, origin: PlaceOrigin): void {
    const money = this.currencies.get(origin.country);
    if (!money) return;
    const weight = origin.population ?? Infinity;
    const readings = this.notes.get(key) ?? new Map<string, number>();
    readings.set(money, Math.max(readings.get(money) ?? 0, weight));
    this.notes.set(key, readings);
  }

  /**
   * Each name's currencies, for peoples and the place names the gazetteer takes alone
   * (`isPlace`, which leaves out "Reading" and "Mobile"). A longer place name that names no country but begins or ends with one
   * that does ("Latin America", "Irish Sea") names no currency, so a reader of the longest
   * name does not count the shorter one.
   */
  resolve(isPlace: (key: string) => boolean, placeNames: Iterable<string>): Record<string, string[]> {
    const resolved = new Map<string, string>();
    for (const [key, readings] of this.notes) {
      if (!this.people.has(key) && !isPlace(key)) continue;
      const money = dominant(readings);
      if (money) resolved.set(key, money);
    }
    for (const name of placeNames) {
      if (resolved.has(name) || !name.includes(' ')) continue;
      const words = name.split(' ');
      for (let k = 1; k < words.length; k++) {
        if (resolved.has(words.slice(0, k).join(' ')) || resolved.has(words.slice(k).join(' '))) {
          resolved.set(name, '');
          break;
        }
      }
    }
    const byMoney: Record<string, string[]> = {};
    for (const [key, money] of resolved) (byMoney[money] ??= []).push(key);
    return byMoney;
  }
}

/** The currencies of the reading that outweighs every other, or undefined when none does. */
function dominant(readings: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [money, weight] of readings) {
    if (weight > top) {
      second = top;
      top = weight;
      best = money;
    } else if (weight > second) second = weight;
  }
  return second === Infinity || second * DOMINANCE > top ? undefined : best;
}
