import fs from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { extract, isValidReferenceDate } from '../index';
import { FORMATTERS, isFormatName, type FormatContext, type FormatName } from '../format';
import { SCHEMA_VERSION } from '../schema-version';
import { ALL_KINDS, type ErrorRecord, type ExtractionResult, type Kind } from '../types';
import { packageVersion } from '../version';
import { colorLevel, styleFor } from './color';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './errors';
import type { CliIO } from './io';
import { AtomicFile, describeWriteError } from './output';
import { buildProgram, type CliOptions } from './program';
import { readInput } from './read-input';

interface Settings {
  inputs: string[];
  format: FormatName;
  kinds: Kind[];
  referenceDate?: string;
  output?: string;
  color: 0 | 1 | 2 | 3;
  explain: boolean;
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
      io.stderr.write(`extract: ${err.message}\n`);
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
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: name a file, or pipe text to standard input (see --help)');
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  if (!isFormatName(format)) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  if (opts.referenceDate !== undefined && !isValidReferenceDate(opts.referenceDate)) {
    throw new UsageError(`invalid reference date "${opts.referenceDate}"; use a real date as YYYY-MM-DD`);
  }
  const output = opts.output === undefined ? undefined : path.resolve(io.cwd, opts.output);
  if (output && inputs.some((i) => i !== '-' && samePath(path.resolve(io.cwd, i), output))) {
    throw new UsageError(`refusing to overwrite the input ${opts.output} with the output`);
  }
  const colorAllowed = opts.color && format === 'table';
  return {
    inputs,
    format,
    kinds: parseKinds(opts.kinds),
    referenceDate: opts.referenceDate,
    output,
    color: colorLevel(colorAllowed, io.env, output ? false : io.stdout.isTTY),
    explain: opts.explain,
  };
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

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

async function processInputs(settings: Settings, io: CliIO): Promise<number> {
  const formatter = FORMATTERS[settings.format];
  const ctx: FormatContext = {
    total: settings.inputs.length,
    width: io.stdout.columns && io.stdout.columns > 20 ? io.stdout.columns : 80,
    style: styleFor(settings.color),
    kinds: settings.kinds,
    explain: settings.explain,
  };
  let sink: AtomicFile | undefined;
  if (settings.output) {
    try {
      sink = new AtomicFile(settings.output);
    } catch (err) {
      io.stderr.write(`extract: ${describeWriteError(err, settings.output)}\n`);
      return EXIT_USAGE;
    }
  }
  const write = (s: string) => (sink ? sink.write(s) : io.stdout.write(s));
  let exit = EXIT_OK;
  try {
    write(formatter.begin(ctx));
    for (let i = 0; i < settings.inputs.length; i++) {
      const source = settings.inputs[i];
      const { record, input, failed } = await processOne(source, settings, io);
      if (failed) exit = Math.max(exit, failed === 'NOT_FOUND' ? EXIT_USAGE : EXIT_INPUT_FAILED);
      write(formatter.item({ record, input }, i, ctx));
    }
    write(formatter.end(ctx));
    sink?.commit();
  } catch (err) {
    sink?.abort();
    if (!sink) throw err;
    io.stderr.write(`extract: ${describeWriteError(err, settings.output!)}\n`);
    return EXIT_INPUT_FAILED;
  }
  return exit;
}

async function processOne(
  source: string,
  settings: Settings,
  io: CliIO,
): Promise<{ record: ExtractionResult | ErrorRecord; input?: string; failed?: string }> {
  try {
    const loaded = await readInput(source, io);
    const result = extract(loaded.text, { referenceDate: settings.referenceDate, kinds: settings.kinds });
    const { schemaVersion, ...rest } = result;
    return { record: { schemaVersion, source, encoding: loaded.encoding, ...rest }, input: loaded.text };
  } catch (err) {
    const e = err instanceof InputError ? err : new InputError('INTERNAL', `${source}: ${(err as Error)?.message ?? String(err)}`);
    io.stderr.write(`extract: ${e.message}\n`);
    return { record: { schemaVersion: SCHEMA_VERSION, source, error: { code: e.code, message: e.message } }, failed: e.code };
  }
}
