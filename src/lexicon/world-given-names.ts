import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compromiseLexicon } from '../nlp/lexicon';
import { CALENDAR_WORDS } from './calendar';
import { EAST_ASIAN_SURNAMES } from './chinese-surnames';
import { companyNameWords } from './company-names';
import { englishWords } from './english-words';
import { firstNames } from './first-names';
import { gazetteer } from './gazetteer';
import { gazetteerStamp } from './gazetteer/snapshot';
import { installedVersion } from './installed-version';
import { NEWS_ORGANIZATIONS } from './news-organizations';
import { readJsonFile } from './read-json';
import { foldAccents } from '../text/fold-accents';

let loaded: ReadonlySet<string> | undefined;

const PACKAGE = 'gender-detection-from-name';
const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'];
const MIN_LENGTH = 3;
const ORGANIZATION_TAGS = new Set(['Organization', 'SportsTeam']);

/** Both `src/lexicon` (under ts-jest) and `dist/lexicon` are two levels below the package root. */
export const WORLD_NAMES_SNAPSHOT_PATH = path.join(__dirname, '..', '..', 'dist', 'world-given-names.json');

// The names as one string, one a line: parsing one string is much faster than an array of 60,000.
interface WorldNamesSnapshot {
  stamp: string;
  names: string;
}

/**
 * Given names of English, French, Spanish, Italian, German and Turkish registers, which hold
 * many of other lands too ("Milan", "Goran", "Wasim", "Farouk"), from the `gender-detection-from-name`
 * package (about 60,000 once filtered). Left out: the English stdlib lists' names, which
 * `firstNames` has; East Asian family names, which open a name in their own order ("Zhao
 * Dingzhe"); months' and days' names ("Sunday", "July"); English words ("Tiger", "Grant", "General"), which open names of things as
 * often as of people; companies' words and bodies' names ("Nissan", "Fatah"); and countries',
 * states' and regions' names ("Ontario", "Georgia"). A city's stays: "Milan Baros".
 * Read from the build's snapshot (a few milliseconds); filtering the package takes about 150 ms.
 */
export function worldGivenNames(): ReadonlySet<string> {
  if (loaded) return loaded;
  loaded = new Set(readWorldNamesSnapshot() ?? buildWorldGivenNames());
  return loaded;
}

/** The build's snapshot, or undefined when there is none or it was built from other code or data. */
export function readWorldNamesSnapshot(file = WORLD_NAMES_SNAPSHOT_PATH): string[] | undefined {
  const snapshot = readJsonFile<WorldNamesSnapshot>(file);
  return snapshot?.stamp === worldNamesStamp() ? snapshot.names.split('\n') : undefined;
}

export function writeWorldNamesSnapshot(file = WORLD_NAMES_SNAPSHOT_PATH): void {
  const snapshot: WorldNamesSnapshot = { stamp: worldNamesStamp(), names: buildWorldGivenNames().join('\n') };
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

export function buildWorldGivenNames(): string[] {
  const words = englishWords();
  const english = firstNames();
  const companies = companyNameWords();
  const names = new Set<string>();
  for (const lang of LANGUAGES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const map = require(`${PACKAGE}/names/${lang}`) as Map<string, string>;
    for (const name of map.keys()) {
      if (name.length < MIN_LENGTH || words.has(name) || english.has(name) || companies.has(name) || EAST_ASIAN_SURNAMES.has(name) || CALENDAR_WORDS.has(name)) continue;
      if (!isLargerPlace(name) && !isOrganization(name)) names.add(name);
    }
  }
  return [...names];
}

/**
 * What the snapshot was built from: this code and the filters' lists as they run now, the
 * gazetteer's own stamp (the word lists and compromise) and the package's version. Under
 * ts-jest the code is TypeScript, so the build's snapshot never matches there.
 */
function worldNamesStamp(): string {
  const hash = crypto.createHash('sha1');
  const ext = path.extname(__filename);
  for (const m of ['world-given-names', 'company-names', 'news-organizations', 'chinese-surnames', 'calendar']) hash.update(fs.readFileSync(path.join(__dirname, `${m}${ext}`)));
  return hash.update(`${installedVersion(PACKAGE)} ${gazetteerStamp()}`).digest('hex');
}

function isLargerPlace(name: string): boolean {
  const type = gazetteer().place(name)?.type;
  return !!type && type !== 'city';
}

const isOrganization = (name: string) => NEWS_ORGANIZATIONS.has(foldAccents(name)) || (compromiseLexicon().tags(name) ?? []).some((t) => ORGANIZATION_TAGS.has(t));
