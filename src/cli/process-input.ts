import fs from 'node:fs';
import { extract } from '../index';
import { SCHEMA_VERSION } from '../schema-version';
import { decodeBytes } from '../text/decode';
import type { Kind, OutputRecord } from '../types';
import { InputError, inputErrorFrom } from './errors';

/** What a worker (or the main thread, for small batches) needs to process one input. */
export interface Task {
  index: number;
  source: string;
  /** The file to read; absent when `bytes` holds standard input. */
  file?: string;
  bytes?: Uint8Array;
}

export interface TaskOptions {
  referenceDate?: string;
  kinds: Kind[];
  /** Send the decoded text back: the table and Markdown views show positions and excerpts. */
  keepInput: boolean;
}

export interface TaskResult {
  index: number;
  record: OutputRecord;
  input?: string;
  /** The error code when the input failed. */
  failure?: string;
  /** Bytes read, for the summary's KB/s. */
  bytes: number;
}

/** Reads, decodes and extracts one input. Never throws: a failure becomes an error record. */
export function processTask(task: Task, options: TaskOptions): TaskResult {
  let bytes = 0;
  try {
    const raw = task.bytes ?? readFile(task.file!, task.source);
    bytes = raw.length;
    const { text, encoding } = decodeOrFail(raw, task.source);
    const { schemaVersion, ...rest } = extract(text, { referenceDate: options.referenceDate, kinds: options.kinds });
    return {
      index: task.index,
      record: { schemaVersion, source: task.source, encoding, ...rest },
      input: options.keepInput ? text : undefined,
      bytes,
    };
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError('INTERNAL', `${task.source}: ${(err as Error)?.message ?? String(err)}`);
    return errorResult(task.index, task.source, e, bytes);
  }
}

export function errorResult(index: number, source: string, e: InputError, bytes = 0): TaskResult {
  return { index, record: { schemaVersion: SCHEMA_VERSION, source, error: { code: e.code, message: e.message } }, failure: e.code, bytes };
}

function readFile(file: string, source: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw inputErrorFrom(err, source);
  }
}

function decodeOrFail(raw: Uint8Array, source: string): { text: string; encoding: string } {
  try {
    return decodeBytes(raw);
  } catch (err) {
    throw inputErrorFrom(err, source === '-' ? 'standard input' : source);
  }
}
