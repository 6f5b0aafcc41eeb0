import { gazetteer } from '../../lexicon/gazetteer';
import type { Token } from './tokens';

// What multi-sport meetings are called for: "the Olympic Games", "the Commonwealth Games", "the Winter Games".
const SPORTS_MEETING_WORDS = new Set([
  'olympic', 'paralympic', 'commonwealth', 'winter', 'summer', 'youth', 'world', 'goodwill', 'invictus', 'special',
  'highland', 'pan', 'island', 'islands', 'military', 'maccabiah', 'gay', 'mind', 'video', 'war', 'hunger', 'deaflympic',
]);

/**
 * "Epic Games sued Apple", "a lawsuit by Riot Games": a one-word name before "Games" with no
 * article names a studio. The sports meeting takes "the" ("at the Asian Games") or is named
 * for a people, a place or a season ("Asian Games open", "Commonwealth Games organisers").
 */
export function isGamesStudio(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || tokens[to - 1].lower !== 'games' || tokens[from - 1]?.lower === 'the') return false;
  const name = tokens[from];
  if (name.upper || SPORTS_MEETING_WORDS.has(name.lower)) return false;
  return !gazetteer().place(name.text) && !gazetteer().isDemonym(name.text);
}
