import { compromise } from './compromise';

/** The parts of compromise's model that the entity rules read as evidence, without running its tagger. */
export interface CompromiseLexicon {
  /** Lower-cased word or phrase → its tags ("boeing" → Organization, "john" → MaleName). */
  tags(phrase: string): readonly string[] | undefined;
  /** Head nouns of organization names ("airlines", "council"). */
  orgWords: ReadonlySet<string>;
  /** Head nouns of place names ("island", "mountains"). */
  placeWords: ReadonlySet<string>;
}

let loaded: CompromiseLexicon | undefined;

/**
 * compromise's lexicon, read once. Looking a word up costs nothing next to tagging a sentence,
 * and the lexicon already knows that "boeing" is an organization and "monday" a weekday.
 */
export function compromiseLexicon(): CompromiseLexicon {
  if (loaded) return loaded;
  const model = compromise().model() as unknown as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
  };
  const lexicon = model.one.lexicon;
  loaded = {
    tags(phrase) {
      const t = lexicon[phrase];
      if (t === undefined || !Object.prototype.hasOwnProperty.call(lexicon, phrase)) return undefined;
      return Array.isArray(t) ? t : [t];
    },
    orgWords: new Set(Object.keys(model.two.orgWords)),
    placeWords: new Set(Object.keys(model.two.placeWords)),
  };
  return loaded;
}
