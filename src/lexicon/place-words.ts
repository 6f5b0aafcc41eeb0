/**
 * Place words that open a name and need no "of": "Lake Chad", "Mount Kenya", "Mt. Fuji",
 * "Cape Cod", "Port Said", "Fort Worth".
 */
export const LEADING_PLACE_HEADS: ReadonlySet<string> = new Set(['lake', 'mount', 'mt', 'cape', 'port', 'fort']);

/**
 * Place words that open a name with "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal",
 * "Sea of Japan", "Isle of Man", "Province of Quebec".
 */
export const OF_PLACE_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'strait', 'straits', 'bay', 'sea', 'isle', 'island', 'islands', 'cape', 'lake', 'province', 'state',
  'commonwealth', 'kingdom', 'republic', 'emirate', 'sultanate', 'principality', 'duchy', 'mouth', 'coast', 'plains',
  'valley',
]);

/**
 * Words that, capitalized before a place, name a part of it: "Southern California", "East
 * Jerusalem", "Greater London", "Upper Egypt". Lower-case ("northern Iraq") they stay outside.
 */
export const PLACE_PART_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper',
  'lower', 'greater', 'inner', 'outer', 'mainland',
]);
