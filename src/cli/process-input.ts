import fs from 'node:fs';
import { extract } from '../index';
import { decodeBytes } from '../text/decode';
import { InputError, inputErrorFrom } from './errors';
import { LARGE_FILE_BYTES, processLargeFile } from './process-large';
import { errorResult, type Task, type TaskOptions, type TaskResult } from './task';

/** Reads, decodes and extracts one input. Never throws: a failure becomes an error record. */
export function processTask(task: Task, options: TaskOptions): TaskResult {
  if (task.file && options.json && task.size >= LARGE_FILE_BYTES) return processLargeFile(task, options, options.json === 'pretty');
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
