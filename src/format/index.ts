import { csvFormatter } from './csv';
import { highlightFormatter } from './highlight';
import { jsonFormatter } from './json';
import { jsonlFormatter } from './jsonl';
import { markdownFormatter } from './markdown';
import { tableFormatter } from './table';
import type { FormatContext, Formatter, OutputItem } from './types';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown', 'highlight'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMATTERS: Record<FormatName, Formatter> = {
  table: tableFormatter,
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  csv: csvFormatter,
  markdown: markdownFormatter,
  highlight: highlightFormatter,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Formats a whole output at once; the CLI streams the same three parts instead. */
export function formatAll(name: FormatName, items: OutputItem[], ctx: FormatContext): string {
  const f = FORMATTERS[name];
  return f.begin(ctx) + items.map((it, i) => f.item(it, i, ctx)).join('') + f.end(ctx);
}

export type { FormatContext, Formatter, OutputItem } from './types';
