/**
 * Nouns of illnesses that news names after the place they were first found, which make the name
 * before them the illness's, not a place: "West Nile virus", "Rift Valley fever", "Hong Kong flu".
 * Not "disease", which a place's bodies name too ("the Guangdong disease control center").
 */
export const DISEASE_NOUNS: ReadonlySet<string> = new Set(['virus', 'fever', 'flu', 'encephalitis']);
