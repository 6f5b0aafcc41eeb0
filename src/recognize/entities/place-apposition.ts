import { COMPASS_DIRECTIONS, DISTANCE_UNITS, PLACE_APPOSITION_HEADS } from '../../lexicon/place-words';
import { gazetteer } from '../../lexicon/gazetteer';
import type { Token } from './tokens';

// Words after which an apposition's head noun has been read: "a town in Ingushetia", "a village near the border".
const HEAD_ENDS = new Set(['of', 'in', 'on', 'near', 'at', 'by', 'outside', 'along', 'close', 'just', 'about', 'some', 'where', 'which', 'that', 'and', 'with', 'from', 'to']);
const ARTICLES = new Set(['a', 'an', 'the']);
const APPOSITION_WORDS = 6;
// Words that may stand before a distance: "about 60 km", "some 30 miles".
const APPROXIMATORS = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'almost', 'just', 'only', 'approximately']);
const NUMBER = /^\d[\d,.]*$/;
// "60km", "100-km": a number and its unit written together.
const NUMBER_WITH_UNIT = /^\d[\d,.]*-?(?:km|kms|mi)$/;

/**
 * A place's description follows the run after a comma, as wire copy introduces small towns:
 * "Nazran, a town in Ingushetia", "Arbil, the capital of the enclave", "Shatoy, 60 km south of
 * Grozny", "Vanua Levu, Fiji's second-largest island". The head noun of a description is its
 * last lower-case word before it goes on ("in", "of", a distance); possessives are no heads
 * ("Lebed, the town's mayor").
 */
export function placeApposition(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  if (distanceFrom(tokens, to + 1)) return true;
  // "Vanua Levu, Fiji's second-largest island": a place's possessive stands where the article would.
  const opener = tokens[to + 1];
  const placeOwner = !!opener?.possessive && opener.cap && !!gazetteer().place(opener.text);
  if (!ARTICLES.has(opener?.lower ?? '') && !placeOwner) return false;
  let head: Token | undefined;
  for (let k = to + 2; k < to + 2 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (!t || !t.word || HEAD_ENDS.has(t.lower) || NUMBER.test(t.text)) break;
    if (!t.cap) head = t.possessive ? undefined : t;
  }
  return !!head && PLACE_APPOSITION_HEADS.has(head.lower);
}

/** "60 km south of", "about 30 miles (50 km) from", "100km north-west of": a distance from a place at `k`. */
function distanceFrom(tokens: Token[], k: number): boolean {
  if (APPROXIMATORS.has(tokens[k]?.lower ?? '')) k++;
  if (NUMBER_WITH_UNIT.test(tokens[k]?.lower ?? '')) k++;
  else if (NUMBER.test(tokens[k]?.text ?? '') && DISTANCE_UNITS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  else return false;
  // "(40 miles)": the distance again in the other unit.
  if (tokens[k]?.text === '(') {
    const close = tokens.slice(k, k + 6).findIndex((t) => t.text === ')');
    if (close < 0) return false;
    k += close + 1;
  }
  if (tokens[k]?.lower === 'from') return true;
  return COMPASS_DIRECTIONS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of';
}
