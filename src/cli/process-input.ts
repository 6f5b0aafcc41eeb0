import fs from 'node:fs';
import { extract } from '../index';
import { decodeBytes } from '../text/decode';
import { InputError, inputErrorFrom } from './errors';
import { LARGE_FILE_BYTES, processLargeFile } from './process-large';
import type { FormatContext } from '../format';
import { errorResult, formatRecord, jsonLayout, type Task, type TaskOptions, type TaskResult } from './task';

/** Reads, decodes and extracts one input. Never throws: a failure becomes an error record. */
export function processTask(task: Task, options: TaskOptions, ctx: FormatContext): TaskResult {
  const layout = jsonLayout(options);
  if (task.file && layout && task.size >= LARGE_FILE_BYTES) return processLargeFile(task, options, ctx, layout === 'pretty');
  let bytes = 0;
  try {
    const raw = task.bytes ?? readFile(task.file!, task.source);
    bytes = raw.length;
    const { text, encoding } = decodeOrFail(raw, task.source);
    const { schemaVersion, ...rest } = extract(text, { referenceDate: options.referenceDate, kinds: options.kinds });
    const record = { schemaVersion, source: task.source, encoding, ...rest };
    return { index: task.index, formatted: formatRecord(record, text, task.index, options, ctx), counts: record.counts, bytes };
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError('INTERNAL', `${task.source}: ${(err as Error)?.message ?? String(err)}`);
    return errorResult(task.index, task.source, e, options, ctx, bytes);
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
