import { PLACE_HEADS } from '../../lexicon/org-words';
import { LEADING_PLACE_HEADS, OF_PLACE_HEADS, PLACE_PART_WORDS } from '../../lexicon/place-words';
import { gazetteer } from '../../lexicon/gazetteer';
import type { Token } from './tokens';

const phraseOf = (tokens: Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

/** The whole run is a place the gazetteer knows: "Brussels", "North America", "U.S.". */
export function isGazetteerPlace(tokens: Token[], from: number, to: number): boolean {
  return gazetteer().place(phraseOf(tokens, from, to)) !== undefined;
}

/** The run ends in a place word: "Changi Airport", "Hong Kong Island", "Fifth Avenue". */
export function hasPlaceHead(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && PLACE_HEADS.has(tokens[to - 1].lower.replace(/\.$/, ''));
}

/**
 * The run opens with a place word: "Lake Chad", "Mt. Fuji", "Gulf of Aden", "Strait of Hormuz".
 * The caller rules out organizations first ("Lake Forest College", "Port Authority").
 */
export function hasLeadingPlaceHead(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const head = tokens[from].lower.replace(/\.$/, '');
  if (tokens[from + 1].lower === 'of') return to - from > 2 && OF_PLACE_HEADS.has(head);
  return LEADING_PLACE_HEADS.has(head) && tokens[from + 1].cap;
}

// Compass words after a place name a district or constituency of it.
const TRAILING_COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/**
 * A compass or part word before a known place: "Southern California", "East Jerusalem",
 * "Greater London"; or a compass point after it: "Kowloon West", "Dublin Central".
 */
export function isPlacePart(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (PLACE_PART_WORDS.has(tokens[from].lower) && isGazetteerPlace(tokens, from + 1, to)) return true;
  return to - from === 2 && TRAILING_COMPASS.has(tokens[from + 1].lower) && isGazetteerPlace(tokens, from, from + 1);
}

/**
 * The end of the longest gazetteer place that opens the run, if a name follows it:
 * "United States Barack Obama" → after "United States". Returns -1 when none does.
 */
export function placePrefixEnd(tokens: Token[], from: number, to: number): number {
  const max = Math.min(to - 1, from + gazetteer().maxWords);
  for (let end = max; end > from; end--) if (isGazetteerPlace(tokens, from, end)) return end;
  return -1;
}

/**
 * The places a hyphenated word joins, when every part is one: "Russia-Ukraine" → Russia,
 * Ukraine. Returns offsets into the text; [] when a part is not a place ("Coca-Cola").
 */
export function hyphenatedPlaces(t: Token): Array<{ start: number; end: number }> {
  if (!t.text.includes('-')) return [];
  const parts: Array<{ start: number; end: number }> = [];
  let at = t.start;
  for (const part of t.text.split('-')) {
    if (!gazetteer().place(part) || gazetteer().isDemonym(part)) return [];
    parts.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  return parts;
}

/**
 * A country or region, not a city or a state: "Canada", "Europe". A name before one is a branch
 * ("Ford Australia"); before a state it is mostly a place ("Baja California").
 */
export function isCountryOrRegion(t: Token): boolean {
  const type = gazetteer().place(t.text)?.type;
  return type === 'country' || type === 'region';
}

/** A comma and a country or state follow the run: "Irving, Texas", "Kanata, Ontario". */
export function isPlaceQualified(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  const max = Math.min(tokens.length, to + 1 + gazetteer().maxWords);
  for (let end = max; end > to + 1; end--) {
    const type = gazetteer().place(phraseOf(tokens, to + 1, end))?.type;
    // The place must end there: in "Air China, China Eastern Airlines" it opens a longer name.
    if (type === 'country' || type === 'state') return !tokens[end]?.cap;
  }
  return false;
}

// Prepositions of place and movement before a city: "in Austin", "flew to Charlotte", "from Darwin".
const CITY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'from', 'to', 'into', 'toward', 'towards', 'via', 'around']);

/**
 * A city whose name is also a given name or a word, where a preposition of place comes before it
 * or its state follows: "flew from Austin to Phoenix", "protests in Charlotte", "ORLANDO, Fla.".
 */
export function isCuedAmbiguousCity(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1].possessive || gazetteer().ambiguousPlace(phraseOf(tokens, from, to)) === undefined) return false;
  const before = tokens[from - 1];
  return (!!before && CITY_PREPOSITIONS.has(before.lower)) || isPlaceQualified(tokens, to);
}
