import { Command, Option } from 'commander';
import { FORMATS } from '../format';
import { ALL_KINDS } from '../types';

export interface CliOptions {
  format?: string;
  kinds?: string;
  referenceDate?: string;
  output?: string;
  color: boolean;
  explain: boolean;
}

const EXAMPLES = `
Examples:
  $ extract article.txt                         tables in the terminal
  $ curl -s https://example.com/story.txt | extract -     read standard input
  $ extract article.txt --format json | jq '.facts[] | select(.kind == "money")'
  $ extract news/*.txt --format jsonl > facts.jsonl       many files, one line each
  $ extract article.txt --format csv -o facts.csv         a spreadsheet
  $ extract article.txt --kinds person,organization      only names

Exit codes: 0 success, 1 an input failed, 2 usage error.
Colour: --no-color or NO_COLOR turn it off; FORCE_COLOR forces it.`;

export function buildProgram(version: string): Command {
  return new Command('extract')
    .description('Extract dates, money, percentages, people, organizations and places from English news text.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[inputs...]', 'text files to read, or - for standard input (read when piped and no file is given)')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .addOption(new Option('-k, --kinds <kinds>', `comma-separated kinds to report: ${ALL_KINDS.join(',')} (default: all)`))
    .addOption(new Option('-r, --reference-date <YYYY-MM-DD>', 'resolve relative dates against this date instead of the article\'s own'))
    .addOption(new Option('-o, --output <file>', 'write to this file (atomically) instead of standard output'))
    .addOption(new Option('--explain', 'show the rule that produced each fact').default(false))
    .option('--no-color', 'never colour the output')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride();
}
