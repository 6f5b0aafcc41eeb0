import path from 'node:path';
import { FORMATTERS, type FormatContext, type FormatName } from '../format';
import type { Kind } from '../types';
import { errorLine, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE } from './errors';
import type { InputEntry } from './expand-inputs';
import { inOrder } from './in-order';
import { readAll, type CliIO } from './io';
import { outDirTarget, writeInOutDir } from './out-dir';
import { describeWriteError } from './output';
import { errorResult, type Task, type TaskOptions, type TaskResult } from './task';
import { startProgress } from './progress';
import { BatchSummary } from './summary';
import { WorkerPool } from './worker-pool';
import { discardLarge, writeRecord, type Write } from './write-record';

/** Below this many bytes in all, starting threads costs more than it saves. */
export const PARALLEL_MIN_BYTES = 128 * 1024;
/** Tasks each worker may have started or finished-but-unwritten: enough to keep it busy while order waits. */
const WINDOW_PER_WORKER = 4;

/** Missing named paths are usage errors (exit 2); anything else that fails one input is exit 1. */
const USAGE_FAILURES: ReadonlySet<string> = new Set(['NOT_FOUND', 'NO_MATCH']);

export interface BatchSettings {
  format: FormatName;
  color: 0 | 1 | 2 | 3;
  kinds: Kind[];
  referenceDate?: string;
  jobs: number;
  outDir?: string;
  quiet: boolean;
  /**
   * true (--summary): always; false (--no-summary): never; by default, for more than one input
   * when stderr is a terminal and not --quiet. Scripts and CI logs thus see exactly one stderr
   * line per failed input unless they ask for the summary.
   */
  summary?: boolean;
}

/**
 * Processes the inputs in parallel and writes each record as soon as it and every earlier one
 * are done, so output order is input order whatever the number of workers. Errors become
 * records, with one line each on stderr; the batch goes on. Returns the exit code.
 */
export async function runBatch(entries: InputEntry[], settings: BatchSettings, ctx: FormatContext, io: CliIO, write: Write): Promise<number> {
  const started = performance.now();
  const formatter = FORMATTERS[settings.format];
  const { style: _style, ...plain } = ctx;
  const options: TaskOptions = {
    referenceDate: settings.referenceDate,
    kinds: settings.kinds,
    format: settings.format,
    outDir: settings.outDir !== undefined,
    context: { ...plain, color: settings.color },
  };
  const totalBytes = entries.reduce((n, e) => n + e.size, 0);
  const workers = Math.min(settings.jobs, entries.length);
  const pool = workers > 1 && totalBytes >= PARALLEL_MIN_BYTES ? new WorkerPool(workers, options) : undefined;
  const progress = startProgress(io, entries.length, settings.quiet);
  const summary = new BatchSummary();
  let exit = EXIT_OK;

  const work = async (entry: InputEntry, index: number): Promise<TaskResult> => {
    if (entry.error) return errorResult(index, entry.source, entry.error, options, ctx);
    const task: Task =
      entry.source === '-' ? { index, source: '-', bytes: await readAll(io.stdin), size: 0 } : { index, source: entry.source, file: entry.path, size: entry.size };
    return pool ? pool.run(task) : inProcess()(task, options, ctx);
  };

  try {
    if (!settings.outDir) await write(formatter.begin(ctx));
    for await (const result of inOrder(entries, work, pool ? workers * WINDOW_PER_WORKER : 1)) {
      const entry = entries[result.index];
      summary.add(result);
      if (result.failure) {
        exit = Math.max(exit, USAGE_FAILURES.has(result.failure.code) ? EXIT_USAGE : EXIT_INPUT_FAILED);
        progress.note(errorLine(result.failure.message));
      }
      try {
        if (settings.outDir) {
          if (!(await writeOne(settings.outDir, entry, result, ctx, io))) exit = Math.max(exit, EXIT_INPUT_FAILED);
        } else {
          await writeRecord(result, formatter, ctx, write);
        }
      } finally {
        discardLarge(result.large);
      }
      progress.tick();
    }
    if (!settings.outDir) await write(formatter.end(ctx));
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (settings.summary ?? (!settings.quiet && entries.length > 1 && io.stderr.isTTY === true)) {
    io.stderr.write(summary.render(settings.kinds, (performance.now() - started) / 1000));
  }
  return exit;
}

/**
 * The extractor, loaded only when this thread runs it: with a pool, the main thread only
 * writes, and skips loading the recognizers and their lexicons before the workers start.
 */
function inProcess(): typeof import('./process-input').processTask {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./process-input') as typeof import('./process-input')).processTask;
}

/** Writes one record as `<dir>/<relative>.json`; a failure is reported and the batch goes on. */
async function writeOne(outDir: string, entry: InputEntry, result: TaskResult, ctx: FormatContext, io: CliIO): Promise<boolean> {
  let target = path.join(outDir, `${entry.relative}.json`);
  const single = { ...ctx, total: 1 };
  const json = FORMATTERS.json;
  try {
    target = outDirTarget(outDir, entry.relative);
    await writeInOutDir(outDir, target, async (write) => {
      if (!result.large) return write(result.formatted ?? '');
      write(json.begin(single));
      await writeRecord(result, json, single, write, 0);
      write(json.end(single));
    });
    return true;
  } catch (err) {
    io.stderr.write(errorLine(describeWriteError(err, target)));
    return false;
  }
}
