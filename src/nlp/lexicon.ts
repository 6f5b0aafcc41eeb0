import { readSnapshot, takeSnapshot } from './lexicon-snapshot';

/** The parts of compromise's model that the entity rules read as evidence, without running its tagger. */
export interface CompromiseLexicon {
  /** Lower-cased word or phrase → its tags ("boeing" → Organization, "john" → MaleName). */
  tags(phrase: string): readonly string[] | undefined;
  /** Head nouns of organization names ("airlines", "council"). */
  orgWords: ReadonlySet<string>;
  /** Head nouns of place names ("island", "mountains"). */
  placeWords: ReadonlySet<string>;
  /** Every lower-cased word or phrase that carries the tag ("SportsTeam" → "baltimore orioles", …). */
  phrasesTagged(tag: string): readonly string[];
}

let loaded: CompromiseLexicon | undefined;

/**
 * compromise's lexicon, read once: from the snapshot the build writes, or from compromise itself
 * when the snapshot is missing or stale. Looking a word up costs nothing next to tagging a
 * sentence, and the lexicon already knows that "boeing" is an organization and "monday" a weekday.
 */
export function compromiseLexicon(): CompromiseLexicon {
  if (loaded) return loaded;
  const snapshot = readSnapshot() ?? takeSnapshot();
  const lexicon = snapshot.lexicon;
  loaded = {
    tags(phrase) {
      if (!Object.prototype.hasOwnProperty.call(lexicon, phrase)) return undefined;
      const t = lexicon[phrase];
      return Array.isArray(t) ? t : [t];
    },
    orgWords: new Set(snapshot.orgWords),
    placeWords: new Set(snapshot.placeWords),
    phrasesTagged(tag) {
      return Object.keys(lexicon).filter((phrase) => {
        const t = lexicon[phrase];
        return Array.isArray(t) ? t.includes(tag) : t === tag;
      });
    },
  };
  return loaded;
}
