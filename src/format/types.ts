import type { Chalk } from 'chalk';
import type { Kind, OutputRecord } from '../types';

/** One document's output, with the decoded input when a view needs it (positions, highlight). */
export interface OutputItem {
  record: OutputRecord;
  input?: string;
}

export interface FormatContext {
  /** How many records the output holds: JSON prints one object for one, an array for several. */
  total: number;
  /** Terminal width in columns; no line of a terminal view is wider. */
  width: number;
  /** Colour functions; a level-0 instance when colour is off. */
  style: Chalk;
  kinds: readonly Kind[];
  /** Show the rule that produced each fact. */
  explain: boolean;
}

/**
 * A formatter is pure: strings out of data. It is split in three so that a batch can stream
 * records as they finish: begin() once, item() per record in input order, end() once.
 */
export interface Formatter {
  begin(ctx: FormatContext): string;
  item(item: OutputItem, index: number, ctx: FormatContext): string;
  end(ctx: FormatContext): string;
}
