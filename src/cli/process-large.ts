import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { BlockExtractor } from '../extract-blocks';
import type { FormatContext } from '../format';
import type { ExtractionResult, Fact } from '../types';
import { InputError, inputErrorFrom } from './errors';
import { errorResult, type Task, type TaskOptions, type TaskResult } from './task';
import { readFileInBlocks } from './read-blocks';
import { fullGarbageCollector } from './v8-tuning';

/** Files from this size on go block by block, when the output is JSON, so memory stays flat. */
export const LARGE_FILE_BYTES = 1024 * 1024;
/** About 64 K code units of whole paragraphs per block: a few articles, and a flat 230 MB peak on 20 MB. */
const BLOCK_CHARS = 64 * 1024;
/**
 * A full collection every 4 blocks (about 256 K code units) holds a 20 MB file's peak near 180 MB
 * instead of 255–345 MB; each takes about 10 ms against about half a second of extracting.
 */
const BLOCKS_PER_COLLECTION = 4;
const FACTS_PLACEHOLDER = 'extract-facts-placeholder';

/** Processes one large file block by block; the facts go to a temporary file as they come. */
export function processLargeFile(task: Task, options: TaskOptions, ctx: FormatContext, pretty: boolean): TaskResult {
  const factsFile = path.join(os.tmpdir(), `extract-facts-${process.pid}-${threadId}-${task.index}-${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number | undefined;
  let bytes = 0;
  try {
    fd = fs.openSync(factsFile, 'w', 0o600);
    const extractor = new BlockExtractor({ referenceDate: options.referenceDate, kinds: options.kinds });
    let written = 0;
    let blocks = 0;
    const collectGarbage = fullGarbageCollector();
    const read = readOrFail(task, BLOCK_CHARS, (block) => {
      if (++blocks % BLOCKS_PER_COLLECTION === 0) collectGarbage();
      const facts = extractor.add(block);
      if (facts.length === 0) return;
      fs.writeSync(fd!, serializeFacts(facts, written === 0, pretty));
      written += facts.length;
    });
    bytes = read.bytes;
    fs.closeSync(fd);
    fd = undefined;
    const { schemaVersion, ...summary } = extractor.finish();
    const record: ExtractionResult = { schemaVersion, source: task.source, encoding: read.encoding, ...summary, facts: [] };
    if (written === 0) {
      fs.rmSync(factsFile, { force: true });
      return { index: task.index, counts: record.counts, bytes, large: { head: stringify(record, pretty), tail: '' } };
    }
    const { entities, ...rest } = record;
    const whole = stringify({ ...rest, facts: [FACTS_PLACEHOLDER], entities } as unknown as ExtractionResult, pretty);
    const at = whole.indexOf(`"${FACTS_PLACEHOLDER}"`);
    const lineStart = pretty ? whole.lastIndexOf('\n', at) : at;
    return {
      index: task.index,
      counts: record.counts,
      bytes,
      large: { head: whole.slice(0, lineStart), factsFile, tail: whole.slice(at + FACTS_PLACEHOLDER.length + 2) },
    };
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(factsFile, { force: true });
    const e = err instanceof InputError ? err : new InputError('INTERNAL', `${task.source}: ${(err as Error)?.message ?? String(err)}`);
    return errorResult(task.index, task.source, e, options, ctx, bytes);
  }
}

function readOrFail(task: Task, blockChars: number, onBlock: (block: string) => void): { encoding: string; bytes: number } {
  try {
    return readFileInBlocks(task.file!, blockChars, onBlock);
  } catch (err) {
    throw inputErrorFrom(err, task.source);
  }
}

/**
 * Facts as they sit in the record: "," between them, or ",\n" and a 4-space indent when pretty.
 * One native JSON.stringify per block: the facts of `[facts]` at indent 2 sit exactly at the
 * record's 4-space indent, so only the two wrapping brackets are cut off. (Per-fact stringify
 * with a regex re-indent took two thirds of the CLI's time on 1 MB of "$1".)
 */
function serializeFacts(facts: Fact[], first: boolean, pretty: boolean): string {
  if (!pretty) return (first ? '' : ',') + JSON.stringify(facts).slice(1, -1);
  const nested = JSON.stringify([facts], null, 2);
  return (first ? '\n' : ',\n') + nested.slice(NESTED_OPEN.length, nested.length - NESTED_CLOSE.length);
}

const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';

function stringify(record: ExtractionResult, pretty: boolean): string {
  return pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
}
