import { STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import { followsDateline } from './chunks';
import { isFirmKindWord } from './name-words';
import type { Token } from './tokens';

/**
 * How a document writes each word: capitalized inside sentences, or in lower case. A word the
 * article capitalizes mid-sentence and never writes in lower case is a name even where a
 * sentence opens with it ("Apple said …" after "… shares of Apple rose").
 */
export class CapitalStats {
  private readonly inside = new Map<string, number>();
  private readonly lowered = new Map<string, number>();

  add(tokens: Token[], firstWord: number): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      if (!t.cap) bump(this.lowered, t.lower);
      // "KYIV (Reuters) - Agribusiness Kernel Holding": the word after a dateline's dash opens the
      // story's first sentence, and its capital vouches for no name either.
      else if ((!(i === firstWord || followsDateline(tokens, i)) || opensCompanyName(tokens, i)) && !t.upper) bump(this.inside, t.lower);
    }
  }

  /** A word the document's own sentences vouch for as a name: "Target said first-quarter profit fell … Target blamed". */
  addName(lower: string): void {
    bump(this.inside, lower);
  }

  /** The words of a table of results or standings: its sides' words are names wherever a sentence opens with them. */
  addTable(tokens: Token[]): void {
    for (const t of tokens) if (t.word && t.cap && !t.upper) bump(this.inside, t.lower);
  }

  /** Capitalized inside sentences more often than written in lower case. */
  isNameWord(lower: string): boolean {
    return (this.inside.get(lower) ?? 0) > (this.lowered.get(lower) ?? 0);
  }
}

/**
 * "Summit Bancorp agreed …": a company's full name opening a sentence vouches for its first word,
 * so that a later "Summit said" keeps it.
 */
function opensCompanyName(tokens: Token[], from: number): boolean {
  if (isFirmKindWord(tokens[from].lower)) return false;
  let end = from + 1;
  while (end < tokens.length && tokens[end].cap && tokens[end].word) end++;
  const last = tokens[end - 1].lower;
  return end - from > 1 && STRONG_ORG_SUFFIXES.has(last.endsWith('.') ? last.slice(0, -1) : last);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
