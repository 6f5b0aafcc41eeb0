/**
 * Words before a named storm, lower-cased: "Hurricane Bertha", "Tropical Storm Dolly", "Typhoon
 * Herb", "Cyclone Nargis". The name after one is a given name that names no person.
 */
export const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);

/** Words that may qualify a storm word: "Tropical Storm", "Super Typhoon". */
export const STORM_QUALIFIERS: ReadonlySet<string> = new Set(['tropical', 'super', 'severe']);
