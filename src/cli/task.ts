import { SCHEMA_VERSION } from '../schema-version';
import type { Kind, OutputRecord } from '../types';
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

export interface TaskOptions {
  referenceDate?: string;
  kinds: Kind[];
  /** Send the decoded text back: the table and Markdown views show positions and excerpts. */
  keepInput: boolean;
  /** How JSON output is laid out, when large files may go block by block; absent for the other formats. */
  json?: 'compact' | 'pretty';
}

export interface TaskResult {
  index: number;
  record: OutputRecord;
  input?: string;
  /** The error code when the input failed. */
  failure?: string;
  /** Bytes read, for the summary's KB/s. */
  bytes: number;
  /** A large file's record, in parts; `record` then has no facts and serves the summary. */
  large?: LargeRecord;
}

export function errorResult(index: number, source: string, e: InputError, bytes = 0): TaskResult {
  return { index, record: { schemaVersion: SCHEMA_VERSION, source, error: { code: e.code, message: e.message } }, failure: e.code, bytes };
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
