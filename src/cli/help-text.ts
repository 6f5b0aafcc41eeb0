import { FORMATS } from '../format';

const FORMAT_NOTES: Record<(typeof FORMATS)[number], string> = {
  table: 'tables per kind, fitted to the terminal (default on a terminal)',
  json: 'one document, or an array for several inputs (default in a pipe)',
  jsonl: 'one document per line, for streams and big batches',
  csv: 'one row per fact, for spreadsheets',
  markdown: 'tables per kind, for notes and issues',
  highlight: 'the article itself with each fact coloured (same as --highlight)',
};

const KIND_NOTES = [
  ['date', 'dates, times and durations, as TIMEX3'],
  ['money', 'amounts with their ISO 4217 currency'],
  ['percent', 'percentages, percentage points, basis points'],
  ['person', 'people, mentions grouped per person'],
  ['organization', 'companies, agencies, parties, teams'],
  ['location', 'countries, cities, regions, places'],
] as const;

// Each example is a description line and the command under it, so that commands of any
// length line up and copy cleanly.
const EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['Tables for one article, in the terminal:', 'extract article.txt'],
  ['Read standard input:', 'curl -s https://example.com/story.txt | extract'],
  ['JSON into jq (the default in a pipe): every amount of money', "extract article.txt | jq '.facts[] | select(.kind == \"money\")'"],
  ['A folder of articles to JSON Lines:', 'extract news/ --format jsonl > facts.jsonl'],
  ['People and organizations as CSV, to a file:', 'extract article.txt -k person,organization -f csv -o facts.csv'],
  ['The article with its dates and money coloured in:', 'extract article.txt --highlight --kinds date,money'],
];

const BATCH_EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['Markdown files under news/, skipping drafts:', "extract 'news/**/*.md' --exclude '**/drafts/**' -f jsonl"],
  ['Paths from another tool, on 4 worker threads:', "find news -name '*.txt' | extract --files-from - -f jsonl --jobs 4"],
  ['One facts/<path>.json per input:', 'extract news/ --out-dir facts/'],
  ['The second of four balanced shards:', 'extract news/ --shard 2/4 -f jsonl > part-2.jsonl'],
];

/** The text after commander's option list: formats, kinds, examples, exit codes, colour. */
export function helpEpilogue(): string {
  const examples = (rows: ReadonlyArray<readonly [string, string]>) => rows.map(([what, command]) => `  ${what}\n    $ ${command}`).join('\n\n');
  const pad = (rows: ReadonlyArray<readonly [string, string]>) => {
    const wide = Math.max(...rows.map(([name]) => name.length));
    return rows.map(([name, note]) => `  ${name.padEnd(wide)}  ${note}`).join('\n');
  };
  return [
    '',
    'Formats:',
    pad(FORMATS.map((f) => [f, FORMAT_NOTES[f]] as const)),
    '',
    'Kinds:',
    pad(KIND_NOTES),
    '',
    'Examples:',
    examples(EXAMPLES),
    '',
    'Batches (folders, globs, CI):',
    examples(BATCH_EXAMPLES),
    '',
    'Exit codes: 0 success, 1 an input failed, 2 usage error.',
    'Colour: --color auto (the default) colours only on a terminal; NO_COLOR=1',
    '        turns it off, and FORCE_COLOR=1 turns it on in a pipe. --color always',
    '        and --color never (or --no-color) win over both.',
    "Width:  the terminal's, else $COLUMNS, else 80 columns.",
  ].join('\n');
}
