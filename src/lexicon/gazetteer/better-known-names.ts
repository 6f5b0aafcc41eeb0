/**
 * Names of places that news more often gives to something else, with no lexicon to tell it:
 * "Batman" (the character; a city in Turkey), "Columbia" (the university, the shuttle, the
 * studio; cities in South Carolina and Missouri), "Meta" (the company; a Colombian department).
 * They are places only where a context of place vouches for them ("in Batman", "Columbia, S.C.").
 * Keys are lower-case.
 */
export const BETTER_KNOWN_NAMES: ReadonlySet<string> = new Set(['batman', 'columbia', 'meta']);
