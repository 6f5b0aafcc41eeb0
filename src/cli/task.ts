import { FORMATTERS, formatAll, type FormatContext, type FormatName } from '../format';
import { SCHEMA_VERSION } from '../schema-version';
import type { Kind, OutputRecord } from '../types';
import { styleFor } from './color';
import type { InputError } from './errors';

/** What a worker (or the main thread, for small batches) needs to process one input. */
export interface Task {
  index: number;
  source: string;
  /** The file to read; absent when `bytes` holds standard input. */
  file?: string;
  bytes?: Uint8Array;
  /** Bytes on disk, known from the walk: large files go block by block. */
  size: number;
}

/** The format context without its colour functions, which cannot cross to a worker thread. */
export type PlainFormatContext = Omit<FormatContext, 'style'> & { color: 0 | 1 | 2 | 3 };

export interface TaskOptions {
  referenceDate?: string;
  kinds: Kind[];
  format: FormatName;
  /** --out-dir: each record is a whole JSON file of its own. */
  outDir: boolean;
  context: PlainFormatContext;
}

/**
 * One input's output, already formatted where it was computed, so that the main thread of a
 * parallel run only writes strings in order.
 */
export interface TaskResult {
  index: number;
  /** The formatter's text for this record (for --out-dir, the whole file). */
  formatted?: string;
  /** A large file's record, in parts, streamed through the formatter's frame instead. */
  large?: LargeRecord;
  /** Fact counts, for the summary. */
  counts?: Partial<Record<Kind, number>>;
  failure?: { code: string; message: string };
  /** Bytes read, for the summary's KB/s. */
  bytes: number;
}

/**
 * A large result, written in three parts so that no one string holds it: the record's JSON
 * up to the facts, the facts (in a temporary file, already serialized), and the rest.
 * `head + facts + tail` is exactly JSON.stringify(record) (or with indent 2, when pretty).
 */
export interface LargeRecord {
  head: string;
  factsFile?: string;
  tail: string;
}

/** How JSON is laid out for these options, or undefined when the format is not JSON. */
export function jsonLayout(options: TaskOptions): 'pretty' | 'compact' | undefined {
  if (options.outDir || options.format === 'json') return 'pretty';
  return options.format === 'jsonl' ? 'compact' : undefined;
}

export function formatContext(options: TaskOptions): FormatContext {
  const { color, ...rest } = options.context;
  return { ...rest, style: styleFor(color) };
}

/** Formats one record for the output: the formatter's item, or a whole JSON file for --out-dir. */
export function formatRecord(record: OutputRecord, input: string | undefined, index: number, options: TaskOptions, ctx: FormatContext): string {
  if (options.outDir) return formatAll('json', [{ record }], { ...ctx, total: 1 });
  return FORMATTERS[options.format].item({ record, input }, index, ctx);
}

export function errorResult(index: number, source: string, e: InputError, options: TaskOptions, ctx: FormatContext, bytes = 0): TaskResult {
  const failure = { code: e.code, message: e.message };
  return { index, formatted: formatRecord({ schemaVersion: SCHEMA_VERSION, source, error: failure }, undefined, index, options, ctx), failure, bytes };
}
