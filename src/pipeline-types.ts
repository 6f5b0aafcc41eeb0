import type { DateFact, EntityKind, Kind, MoneyFact, PercentFact, ReferenceDateSource } from './types';

/** A span of the input that ends a sentence or paragraph boundary. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
}

/** The input after the text stage. `text` has exactly the length of `input`, so offsets are shared. */
export interface PreparedText {
  /** The decoded input; every offset refers to it. */
  input: string;
  /** `input` with look-alike characters folded one code unit for one (see text/normalize.ts). */
  text: string;
  sentences: Sentence[];
}

export interface RecognizeContext extends PreparedText {
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** The kinds the caller asked for; recognizers may skip work for kinds not asked for. */
  kinds: ReadonlySet<Kind>;
}

type Spanless<T> = Omit<T, 'text' | 'sentence'>;

export type DateCandidate = Spanless<DateFact>;
export type MoneyCandidate = Spanless<MoneyFact>;
export type PercentCandidate = Spanless<PercentFact>;

/** An entity mention before grouping; `name` is the mention's own normalized name. */
export interface EntityCandidate {
  kind: EntityKind;
  start: number;
  end: number;
  rule: string;
  name: string;
}

export type Candidate = DateCandidate | MoneyCandidate | PercentCandidate | EntityCandidate;

export interface Recognizer {
  /** Short id used in debug output. */
  name: string;
  /** The kinds this recognizer can produce. */
  kinds: readonly Kind[];
  recognize(ctx: RecognizeContext): Candidate[];
}
