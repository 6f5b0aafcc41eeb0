import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CommanderError } from 'commander';
import { referenceDay } from '../reference-date-format';
import { FORMATTERS, isFormatName, type FormatContext } from '../format';
import { ALL_KINDS, type Kind } from '../types';
import { packageVersion } from '../version';
import { colorLevel, styleFor, type ColorMode } from './color';
import { errorLine, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, inputErrorFrom } from './errors';
import { readAll, type CliIO } from './io';
import { AtomicFile, describeWriteError, fileKeys } from './output';
import { expandInputs, parseFileList, type InputEntry } from './expand-inputs';
import { buildProgram, type CliOptions } from './program';
import { runBatch, type BatchSettings } from './run-batch';
import { parseShard, selectShard, type Shard } from './shard';
import { terminalWidth } from './terminal-width';

interface Settings extends BatchSettings {
  inputs: string[];
  output?: string;
  explain: boolean;
  filesFrom?: string;
  extensions: string[];
  exclude: string[];
  shard?: Shard;
}

/** Runs the command line and returns the exit code. Never throws, never exits the process. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let settings: Settings;
  try {
    const parsed = parseArguments(argv, io);
    if (typeof parsed === 'number') return parsed;
    settings = parsed;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(errorLine(err.message));
      return EXIT_USAGE;
    }
    throw err;
  }
  return processInputs(settings, io);
}

function parseArguments(argv: string[], io: CliIO): Settings | number {
  const program = buildProgram(packageVersion());
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(s.replace(/^error: /, 'extract: ')),
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  const opts = program.opts<CliOptions>();
  let inputs = program.args;
  if (inputs.length === 0 && opts.filesFrom === undefined) {
    if (io.stdin.isTTY) throw new UsageError('no input: name a file, or pipe text to standard input (see --help)');
    inputs = ['-'];
  }
  const stdinReads = inputs.filter((i) => i === '-').length + (opts.filesFrom === '-' ? 1 : 0);
  if (stdinReads > 1) throw new UsageError('standard input (-) can be read only once');
  if (opts.highlight && opts.format !== undefined && opts.format !== 'highlight') {
    throw new UsageError(`--highlight prints the article and cannot be combined with --format ${opts.format}`);
  }
  const format = opts.highlight ? 'highlight' : (opts.format ?? (io.stdout.isTTY && !opts.output && !opts.outDir ? 'table' : 'json'));
  if (!isFormatName(format)) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  if (opts.outDir !== undefined && opts.output !== undefined) throw new UsageError('use either -o (one output) or --out-dir (one file per input), not both');
  if (opts.outDir !== undefined && format !== 'json') throw new UsageError(`--out-dir writes JSON; --format ${format} cannot go with it`);
  const referenceDate = opts.referenceDate === undefined ? undefined : referenceDay(opts.referenceDate);
  if (referenceDate === null) throw new UsageError(`invalid reference date "${opts.referenceDate}"; use a real date as YYYY-MM-DD`);
  const output = opts.output === undefined ? undefined : path.resolve(io.cwd, opts.output);
  const colorMode = format === 'table' || format === 'highlight' ? colorModeOf(opts.color) : 'never';
  return {
    inputs,
    format,
    kinds: parseKinds(opts.kinds),
    referenceDate,
    output,
    color: colorLevel(colorMode, io.env, output ? false : io.stdout.isTTY),
    explain: opts.explain ?? false,
    jobs: parseJobs(opts.jobs),
    filesFrom: opts.filesFrom,
    extensions: parseList(opts.ext ?? 'txt', '--ext'),
    exclude: opts.exclude ?? [],
    outDir: opts.outDir === undefined ? undefined : path.resolve(io.cwd, opts.outDir),
    shard: opts.shard === undefined ? undefined : parseShard(opts.shard),
    quiet: opts.quiet === true,
    summary: opts.summary,
  };
}

/** commander has checked the choice; --no-color arrives as false. */
function colorModeOf(flag: string | false | undefined): ColorMode {
  if (flag === false) return 'never';
  return (flag as ColorMode | undefined) ?? 'auto';
}

function parseJobs(value: string | undefined): number {
  // V8's garbage collector runs beside each busy thread, so one thread already keeps more than a
  // core busy: on 2 cores a second worker made a batch slower, not faster. Leave it one core.
  if (value === undefined) return Math.max(1, os.availableParallelism() - 1);
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UsageError(`invalid --jobs "${value}"; use a whole number of at least 1`);
  return Number(value);
}

function parseList(value: string, option: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UsageError(`${option} needs at least one value`);
  return items;
}

function parseKinds(list: string | undefined): Kind[] {
  if (list === undefined) return [...ALL_KINDS];
  const wanted = list.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((k) => !(ALL_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new UsageError(`unknown kind "${unknown[0] ?? list}"; use any of ${ALL_KINDS.join(',')}`);
  }
  return ALL_KINDS.filter((k) => wanted.includes(k));
}

async function processInputs(settings: Settings, io: CliIO): Promise<number> {
  let entries: InputEntry[];
  try {
    entries = await resolveInputs(settings, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(errorLine(err.message));
      return EXIT_USAGE;
    }
    throw err;
  }
  const ctx: FormatContext = {
    total: entries.length,
    width: terminalWidth(io),
    style: styleFor(settings.color),
    kinds: settings.kinds,
    explain: settings.explain,
  };
  let sink: AtomicFile | undefined;
  if (settings.output) {
    try {
      sink = new AtomicFile(settings.output);
    } catch (err) {
      io.stderr.write(errorLine(describeWriteError(err, settings.output)));
      return EXIT_USAGE;
    }
  }
  const write = sink ? (s: string) => sink.write(s) : (s: string) => writeWithBackpressure(io.stdout, s);
  try {
    const exit = await runBatch(entries, settings, ctx, io, write);
    sink?.commit();
    return exit;
  } catch (err) {
    sink?.abort();
    if (!sink) throw err;
    io.stderr.write(errorLine(describeWriteError(err, settings.output!)));
    return EXIT_INPUT_FAILED;
  }
}

/** The named inputs and the --files-from list, expanded, then cut to the asked-for shard. */
async function resolveInputs(settings: Settings, io: CliIO): Promise<InputEntry[]> {
  let names = settings.inputs;
  if (settings.filesFrom !== undefined) {
    const list = await readFileList(settings.filesFrom, io);
    names = [...names, ...list];
  }
  const entries = expandInputs(names, { cwd: io.cwd, extensions: settings.extensions, exclude: settings.exclude });
  const chosen = settings.shard ? selectShard(entries, settings.shard) : entries;
  if (settings.outDir) assertDistinctTargets(chosen, settings.outDir);
  assertNoInputOverwritten(entries, settings);
  return chosen;
}

async function readFileList(from: string, io: CliIO): Promise<string[]> {
  try {
    const bytes = from === '-' ? await readAll(io.stdin) : await fs.promises.readFile(path.resolve(io.cwd, from));
    return parseFileList(bytes.toString('utf8'));
  } catch (err) {
    throw new UsageError(`cannot read the --files-from list: ${inputErrorFrom(err, from === '-' ? 'standard input' : from).message}`);
  }
}

/**
 * The output must never replace an input, whether it is named as given, through a link, or
 * reached by expanding a folder or glob (`extract news/ -o news/facts.txt`). All inputs count,
 * not only this shard's, since another shard may be reading them.
 */
function assertNoInputOverwritten(entries: InputEntry[], settings: Settings): void {
  const targets = settings.output
    ? [settings.output]
    : settings.outDir
      ? entries.map((e) => path.join(settings.outDir!, `${e.relative}.json`))
      : [];
  if (targets.length === 0) return;
  const inputs = new Map<string, string>();
  for (const e of entries) {
    if (e.path === undefined) continue;
    for (const key of fileKeys(path.resolve(e.path))) inputs.set(key, e.source);
  }
  for (const target of targets) {
    const input = fileKeys(target).map((k) => inputs.get(k)).find((source) => source !== undefined);
    if (input !== undefined) throw new UsageError(`refusing to overwrite the input ${input} with the output`);
  }
}

function assertDistinctTargets(entries: InputEntry[], outDir: string): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const target = path.join(outDir, `${e.relative}.json`);
    const other = seen.get(target);
    if (other !== undefined) throw new UsageError(`${other} and ${e.source} would both be written to ${target}; run them separately`);
    seen.set(target, e.source);
  }
}

/** Waits for a full pipe to drain, so that a slow reader holds back the batch instead of memory growing. */
async function writeWithBackpressure(stdout: CliIO['stdout'], chunk: string): Promise<void> {
  if (chunk === '' || stdout.write(chunk) !== false) return;
  const stream = stdout as Partial<NodeJS.WritableStream>;
  if (typeof stream.once === 'function') await new Promise<void>((resolve) => stream.once!('drain', () => resolve()));
}
