import { isCalendarWord, isCommonWordOrPlural, isNationalityWord } from './name-words';
import { isGazetteerPlace } from './place-rules';
import type { Token } from './tokens';

// What a paper or a station is called after its title: "the Daily Nation newspaper", "the Star daily".
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadsheet', 'radio', 'television']);
// Words of a paper's stance or language, not its title: "the Catholic newspaper", "the Urdu daily".
const STANCE_WORDS = new Set([
  'catholic', 'christian', 'protestant', 'jewish', 'islamic', 'islamist', 'muslim', 'conservative', 'liberal',
  'communist', 'socialist', 'nationalist', 'opposition', 'state', 'official', 'arabic', 'urdu', 'hindi', 'hebrew',
  'persian', 'farsi', 'bengali', 'tamil', 'english', 'business', 'financial', 'local', 'regional', 'national',
]);
const MAX_TITLE_WORDS = 3;
// "the English-language daily", "the pro-government paper".
const DESCRIPTIVE_COMPOUND = /-(?:language|government|kremlin|business|based|owned)$/;

/**
 * "the Daily Nation newspaper said", "told the Guardian newspaper": a title between "the" and a
 * noun of the press names the paper, though its words are ordinary ones (a name no list knows
 * is read alone, as "the Sowetan daily" is).
 * A place, a day, a people or a stance there says where or what the paper is ("the Moscow daily
 * Kommersant", "the Sunday paper", "the Catholic weekly").
 */
export function isMediaTitle(tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[to];
  if (!noun || noun.cap || !MEDIA_NOUNS.has(noun.lower) || tokens[from - 1]?.lower !== 'the' || to - from > MAX_TITLE_WORDS) return false;
  const words = tokens.slice(from, to);
  if (!words.some((t) => isCommonWordOrPlural(t.lower))) return false;
  if (words.some((t) => !t.cap || t.possessive || isCalendarWord(t.lower) || isNationalityWord(t.text) || STANCE_WORDS.has(t.lower) || DESCRIPTIVE_COMPOUND.test(t.lower))) return false;
  return !words.some((_, k) => isGazetteerPlace(tokens, from + k, from + k + 1));
}
