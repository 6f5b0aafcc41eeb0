import { Command, Option } from 'commander';
import { FORMATS } from '../format';
import { ALL_KINDS } from '../types';
import { COLOR_MODES } from './color';
import { helpEpilogue } from './help-text';

export interface CliOptions {
  format?: string;
  kinds?: string;
  referenceDate?: string;
  output?: string;
  /** A mode from --color, or false from --no-color. */
  color?: string | false;
  explain?: boolean;
  highlight?: boolean;
  jobs?: string;
  ext?: string;
  exclude?: string[];
  filesFrom?: string;
  outDir?: string;
  shard?: string;
  quiet?: boolean;
  summary?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function buildProgram(version: string): Command {
  return new Command('extract')
    .description('Extract dates, money, percentages, people, organizations and places from English news text.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[inputs...]', 'text files to read, or - for standard input (read when piped and no file is given)')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .addOption(new Option('-k, --kinds <kinds>', `kinds to report, comma-separated, from ${ALL_KINDS.join(', ')} (default: all)`))
    .addOption(new Option('-r, --reference-date <YYYY-MM-DD>', 'resolve relative dates against this date instead of the article\'s own'))
    .addOption(new Option('-o, --output <file>', 'write to this file (atomically) instead of standard output'))
    .addOption(new Option('--highlight', 'print the article with each fact coloured by kind (--format highlight)'))
    .addOption(new Option('--explain', 'add a column with the rule that produced each fact (table, markdown)'))
    .addOption(new Option('--color <when>', 'colour the table and highlight views').choices(COLOR_MODES))
    .addOption(new Option('--no-color', 'same as --color never'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads for many inputs (default: one less than the available cores)'))
    .addOption(new Option('--ext <list>', 'file extensions taken from folders (default: txt)'))
    .addOption(new Option('--exclude <pattern>', 'skip inputs whose path matches this glob (repeatable)').argParser(collect))
    .addOption(new Option('--files-from <file>', 'read input paths from this file, one per line (- for standard input)'))
    .addOption(new Option('--out-dir <dir>', 'write one <relative-path>.json per input into this folder, mirroring the tree'))
    .addOption(new Option('--shard <k/n>', 'process only shard k of n: a stable partition of the sorted inputs, balanced by size'))
    .addOption(new Option('-q, --quiet', 'no progress bar and no end summary (error lines still go to stderr)'))
    .addOption(new Option('--summary', 'print the end summary even for one input'))
    .addOption(new Option('--no-summary', 'never print the end summary'))
    .addHelpText('after', helpEpilogue())
    .showSuggestionAfterError(true)
    .exitOverride();
}
