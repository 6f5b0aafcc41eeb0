// "st. petersburg", "saint-etienne", "ste-foy": a saint's place name and the word after it.
const SAINT_PREFIX = /^(?:(saint|st\.?|sankt)|(sainte|ste\.?))[ -](?=\S)/;

/**
 * The other ways news spells a saint's place name than the one a data set gives: "St.
 * Petersburg" is "ST PETERSBURG" in a wire dateline and "Saint Petersburg" elsewhere, and
 * "Saint-Etienne" is "St Etienne". Takes and returns lower-case keys; empty for other names.
 */
export function saintSpellings(key: string): string[] {
  const m = SAINT_PREFIX.exec(key);
  if (!m) return [];
  const rest = key.slice(m[0].length);
  const prefixes = m[1] ? ['st.', 'st', 'saint'] : ['ste.', 'ste', 'sainte'];
  return prefixes.flatMap((p) => [`${p} ${rest}`, `${p}-${rest}`]).filter((k) => k !== key);
}

/** "saint-etienne" joins the saint's word with a hyphen, "st. louis" with a space. */
export function hasHyphenAfterSaint(key: string): boolean {
  return SAINT_PREFIX.exec(key)?.[0].endsWith('-') ?? false;
}
