import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { FormatContext, Formatter } from '../format';
import type { OutputRecord } from '../types';
import type { LargeRecord, TaskResult } from './task';

/** Where the formatted output goes: standard output, the -o file, or one --out-dir file. */
export type Write = (chunk: string) => void | Promise<void>;

const RECORD_PLACEHOLDER = 'extract-record-placeholder';
const COPY_BYTES = 1 << 20;

/** Writes one result through the formatter; a large one streams from its parts. */
export async function writeRecord(result: TaskResult, formatter: Formatter, ctx: FormatContext, write: Write, index = result.index): Promise<void> {
  if (!result.large) {
    await write(result.formatted ?? '');
    return;
  }
  const { before, after, indent } = recordFrame(formatter, index, ctx);
  const reindent = (s: string) => (indent ? s.replaceAll('\n', `\n${indent}`) : s);
  await write(before + reindent(result.large.head));
  if (result.large.factsFile) await copyFile(result.large.factsFile, (chunk) => write(reindent(chunk)));
  await write(reindent(result.large.tail) + after);
}

/** Deletes a large result's temporary facts file, once written (or when the run stops). */
export function discardLarge(large: LargeRecord | undefined): void {
  if (large?.factsFile) fs.rmSync(large.factsFile, { force: true });
}

/**
 * What the formatter puts around one record, found by formatting a placeholder that serializes
 * to a known string: a JSON array's ",\n  " before and its two-space indent on every line, a
 * JSONL line's "\n" after. The formatters stay the one place that decides the layout.
 */
function recordFrame(formatter: Formatter, index: number, ctx: FormatContext): { before: string; after: string; indent: string } {
  const placeholder = { toJSON: () => RECORD_PLACEHOLDER } as unknown as OutputRecord;
  const framed = formatter.item({ record: placeholder }, index, ctx);
  const at = framed.indexOf(`"${RECORD_PLACEHOLDER}"`);
  const before = framed.slice(0, at);
  return { before, after: framed.slice(at + RECORD_PLACEHOLDER.length + 2), indent: before.slice(before.lastIndexOf('\n') + 1) };
}

async function copyFile(file: string, write: Write): Promise<void> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(COPY_BYTES);
    const decoder = new StringDecoder('utf8');
    for (let n = fs.readSync(fd, buffer, 0, COPY_BYTES, null); n > 0; n = fs.readSync(fd, buffer, 0, COPY_BYTES, null)) {
      await write(decoder.write(buffer.subarray(0, n)));
    }
    await write(decoder.end());
  } finally {
    fs.closeSync(fd);
  }
}
