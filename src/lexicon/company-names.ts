import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let loaded: ReadonlySet<string> | undefined;

// The package's manifest points at its word list: `"path": "./dict/companies.txt"`.
interface DictionaryManifest {
  dictionaryDefinitions: Array<{ path: string }>;
}

/**
 * The words of company names from `@cspell/dict-companies` (about 2,300: "Chrysler", "Opel",
 * "Northrop", "Grumman", "Lufthansa"), lower-cased, read on first use. The list holds the words
 * of names split apart, so it also has ordinary words ("General", "Target") and places
 * ("Antwerp"): callers weigh each word against the other lexicons first.
 */
export function companyNameWords(): ReadonlySet<string> {
  if (loaded) return loaded;
  const manifestPath = require.resolve('@cspell/dict-companies/cspell-ext.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DictionaryManifest;
  const words = new Set<string>();
  for (const { path } of manifest.dictionaryDefinitions) {
    for (const line of readFileSync(join(dirname(manifestPath), path), 'utf8').split('\n')) {
      const word = line.trim();
      if (word && !word.startsWith('#')) words.add(word.toLowerCase());
    }
  }
  loaded = words;
  return loaded;
}
