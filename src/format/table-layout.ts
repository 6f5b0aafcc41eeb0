import Table from 'cli-table3';
import { visibleWidth } from './text-width';
import { wrapText } from './wrap';

export interface Column {
  head: string;
  /** Share of the width the column gets when the table must shrink. */
  weight: number;
  align?: 'left' | 'right';
}

/** A table's frame: one border per column plus one, and a space of padding on each side of a cell. */
const PADDING = 2;
const NARROWEST = 2;
const ROW_RULE = '├';
const ROWS_PER_SLICE = 200;

/**
 * Renders a cli-table3 table no wider than `width`. Columns keep their natural width when the
 * whole fits; otherwise the widest give way in proportion to their weight. Cells are wrapped
 * here, by terminal columns, so that cli-table3 never has to truncate one.
 */
export function renderTable(columns: Column[], rows: string[][], width: number, paintHead: (s: string) => string): string {
  const frame = columns.length + 1 + PADDING * columns.length;
  const natural = columns.map((c, i) => rows.reduce((w, r) => Math.max(w, visibleWidth(r[i])), visibleWidth(c.head)));
  const longest = columns.map((c, i) => rows.reduce((w, r) => Math.max(w, longestWord(r[i])), longestWord(c.head)));
  const widths = fitWidths(natural, longest, columns.map((c) => c.weight), width - frame);
  const head = columns.map((c, i) => wrapText(c.head, widths[i]).map(paintHead).join('\n'));
  const body = rows.map((r) => r.map((cell, i) => wrapText(cell, widths[i])));
  const wrapped = body.some((cells) => cells.some((lines) => lines.length > 1));
  const options = { colWidths: widths.map((w) => w + PADDING), colAligns: columns.map((c) => c.align ?? 'left'), wordWrap: false, style: { head: [], border: [] } };
  // cli-table3 lays a table out in time quadratic in its rows, so long tables are drawn in
  // slices with the same column widths and stitched: a 10,000-row table stays fast.
  const slices: string[][] = [];
  for (let from = 0; from === 0 || from < body.length; from += ROWS_PER_SLICE) {
    const table = new Table(from === 0 ? { ...options, head } : options);
    for (const cells of body.slice(from, from + ROWS_PER_SLICE)) table.push(cells.map((lines) => lines.join('\n')));
    slices.push(table.toString().split('\n'));
  }
  const rule = slices[0].find((line) => line.startsWith(ROW_RULE));
  const lines = slices.flatMap((slice, i) => {
    const inner = slice.slice(i === 0 ? 0 : 1, i === slices.length - 1 ? slice.length : -1);
    return i > 0 && rule ? [rule, ...inner] : inner;
  });
  return wrapped ? lines.join('\n') : withoutRowRules(lines);
}

/** Rows of one line each read best without a rule between them; the rule under the head stays. */
function withoutRowRules(lines: string[]): string {
  const headRule = lines.findIndex((line) => line.startsWith(ROW_RULE));
  return lines.filter((line, i) => i <= headRule || !line.startsWith(ROW_RULE)).join('\n');
}

/**
 * Column widths that fit `available`. First every column gets its longest word, so that "1:18",
 * "Mentions" and rule ids do not break, capped as low as needed for the caps to fit together
 * (a 150-letter run gives way before a column of short words does). The space left goes to the
 * columns still short of their natural width, in proportion to their weight (water-filling).
 */
export function fitWidths(natural: number[], longestWord: number[], weights: number[], available: number): number[] {
  if (sum(natural) <= available) return natural;
  const capped = (cap: number) => natural.map((n, i) => Math.min(n, longestWord[i], cap));
  let lo = NARROWEST;
  let hi = Math.max(NARROWEST, available);
  if (sum(capped(lo)) > available) return capped(lo);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sum(capped(mid)) <= available) lo = mid;
    else hi = mid - 1;
  }
  return fill(capped(lo), natural, weights, available);
}

function fill(floor: number[], ceiling: number[], weights: number[], available: number): number[] {
  if (sum(floor) >= available) return floor;
  const at = (level: number) => ceiling.map((c, i) => Math.max(floor[i], Math.min(c, Math.floor(level * weights[i]))));
  let lo = 0;
  let hi = ceiling.reduce((a, b) => Math.max(a, b), 0);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sum(at(mid)) <= available) lo = mid;
    else hi = mid - 1;
  }
  const widths = at(lo);
  let spare = available - sum(widths);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    const add = Math.min(spare, ceiling[i] - widths[i]);
    widths[i] += add;
    spare -= add;
  }
  return widths;
}

function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(' ')) longest = Math.max(longest, visibleWidth(word));
  return longest;
}

function sum(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0);
}
