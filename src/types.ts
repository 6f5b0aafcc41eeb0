/**
 * The JSON contract. Every field here is part of the public output; bump SCHEMA_VERSION in
 * src/schema-version.ts and update schema/extraction.schema.json when it changes.
 */

export type Kind = 'date' | 'money' | 'percent' | 'person' | 'organization' | 'location';

export const ALL_KINDS: readonly Kind[] = ['date', 'money', 'percent', 'person', 'organization', 'location'];

export type EntityKind = 'person' | 'organization' | 'location';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` values ("early December" → START, "more than three years" → MORE_THAN). */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'APPROX';

/** How a qualifier bounds a number: "about $5m" → approximately, "more than 2%" → more-than. */
export type Qualifier = 'approximately' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to';

interface FactBase {
  text: string;
  /** UTF-16 offset into the decoded input, inclusive. */
  start: number;
  /** UTF-16 offset into the decoded input, exclusive. */
  end: number;
  /** Index of the sentence the fact starts in. */
  sentence: number;
  /** The rule that produced the fact, e.g. `money/symbol-prefix`. */
  rule: string;
}

/** Links the two endpoints of "from March to May" or "2014-2024". */
export interface RangeLink {
  id: string;
  role: 'start' | 'end';
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** TIMEX3 value: 2024-02-15, 2024-W07, P3M, PRESENT_REF, XXXX-WXX-4 … */
  value: string;
  timexType: TimexType;
  mod?: TimexMod;
  range?: RangeLink;
  /** Set when the surface form admits another reading (02/03/2024). */
  ambiguous?: boolean;
}

export interface MoneyValue {
  amount: number;
  /** ISO 4217 code, or null when the text names no currency we can map. */
  currency: string | null;
  min?: number;
  max?: number;
  approximate?: boolean;
  qualifier?: Qualifier;
  /** True when the currency came from a bare "$" or "dollars" rather than the text. */
  currencyAssumed?: boolean;
  /** The unit of a rate: "$4 a share" → "share". */
  per?: string;
}

export interface MoneyFact extends FactBase {
  kind: 'money';
  value: MoneyValue;
}

export type PercentUnit = 'percent' | 'percentage-point' | 'basis-point';

export interface PercentFact extends FactBase {
  kind: 'percent';
  /**
   * The number in percent, whatever unit the text counts in: 2 for "2 percent" and for "2
   * percentage points", 0.25 for "25 basis points". `unit` says which unit the text used.
   */
  value: number;
  unit: PercentUnit;
  min?: number;
  max?: number;
  approximate?: boolean;
  qualifier?: Qualifier;
}

export interface EntityFact extends FactBase {
  kind: EntityKind;
  /** The canonical name of the entity this mention refers to. */
  value: string;
  entityId: string;
  canonical: string;
}

export type Fact = DateFact | MoneyFact | PercentFact | EntityFact;

export interface Entity {
  id: string;
  kind: EntityKind;
  canonical: string;
  /** Distinct surface forms other than the canonical name, in order of first mention. */
  aliases: string[];
  mentions: number;
}

export type ReferenceDateSource = 'option' | 'header' | 'dateline' | 'none';

export interface ExtractionResult {
  schemaVersion: string;
  /** The file path, or "-" for standard input. Absent when called as a library. */
  source?: string;
  /** The encoding the input was decoded from. Absent when called as a library. */
  encoding?: string;
  /** The date relative expressions were resolved against, YYYY-MM-DD, or null. */
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** Length of the decoded input in UTF-16 code units. */
  length: number;
  /** Fact counts per kind, over the kinds requested. */
  counts: Partial<Record<Kind, number>>;
  facts: Fact[];
  entities: Entity[];
}

export interface ErrorRecord {
  schemaVersion: string;
  source: string;
  error: { code: string; message: string };
}

export type OutputRecord = ExtractionResult | ErrorRecord;

export interface ExtractOptions {
  /** YYYY-MM-DD. Wins over any date found in the article. */
  referenceDate?: string;
  /** The kinds to report; all by default. */
  kinds?: readonly Kind[];
}
