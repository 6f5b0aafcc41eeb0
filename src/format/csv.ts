import { isErrorRecord } from '../records';
import { plainValue, valueQualifier } from './fact-fields';
import type { Formatter } from './types';

const COLUMNS = ['source', 'kind', 'text', 'start', 'end', 'sentence', 'value', 'qualifier', 'rule'];

/**
 * RFC 4180 CSV, one row per fact, one row of kind "error" per failed input, and one row of kind
 * "none" per document without facts, so that every input leaves a trace. Cells that a
 * spreadsheet would run as a formula are defused.
 */
export const csvFormatter: Formatter = {
  begin: () => row(COLUMNS),
  item: ({ record }) => {
    const source = record.source ?? '';
    if (isErrorRecord(record)) return row([source, 'error', record.error.message, '', '', '', record.error.code, '', '']);
    if (record.facts.length === 0) return row([source, 'none', '', '', '', '', '', '', '']);
    return record.facts
      .map((f) => row([source, f.kind, f.text, String(f.start), String(f.end), String(f.sentence), plainValue(f), valueQualifier(f), f.rule]))
      .join('');
  },
  end: () => '',
};

function row(cells: string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

// OWASP's advice against formula injection: a cell starting with = + - @ tab or CR is prefixed
// with a quote. Numbers we wrote ourselves ("-0.4") are left alone so that they stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: string): string {
  let v = value;
  if (FORMULA_START.test(v) && !PLAIN_NUMBER.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}
