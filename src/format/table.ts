import Table from 'cli-table3';
import { isErrorRecord } from '../records';
import type { Entity, ExtractionResult, Fact, Kind } from '../types';
import { humanValue } from './human-value';
import { KIND_TITLES, kindColor } from './kind-style';
import { LineIndex } from './position';
import { sanitizeForTerminal } from './sanitize';
import type { FormatContext, Formatter, OutputItem } from './types';

const ENTITY_KINDS: ReadonlySet<Kind> = new Set(['person', 'organization', 'location']);

/** The terminal view: a header line, then one table per kind present, fitted to the width. */
export const tableFormatter: Formatter = {
  begin: () => '',
  item: (item, index, ctx) => (index > 0 ? '\n' : '') + renderDocument(item, ctx),
  end: () => '',
};

function renderDocument(item: OutputItem, ctx: FormatContext): string {
  const { record } = item;
  const s = ctx.style;
  if (isErrorRecord(record)) return s.red(sanitizeForTerminal(`${record.source}: ${record.error.message} (${record.error.code})`)) + '\n';
  const out = [header(record, ctx)];
  const lines = item.input === undefined ? undefined : new LineIndex(item.input);
  for (const kind of ctx.kinds) {
    const facts = record.facts.filter((f) => f.kind === kind);
    if (facts.length === 0) continue;
    out.push(kindColor(s, kind).bold(`${KIND_TITLES[kind]} (${facts.length})`));
    out.push(
      ENTITY_KINDS.has(kind)
        ? entityTable(record.entities.filter((e) => e.kind === kind), facts, lines, ctx)
        : factTable(facts, lines, ctx),
    );
  }
  if (record.facts.length === 0) out.push(s.dim('No facts found.'));
  return out.join('\n') + '\n';
}

function header(record: ExtractionResult, ctx: FormatContext): string {
  const s = ctx.style;
  const parts = [s.bold(sanitizeForTerminal(record.source ?? 'input'))];
  parts.push(record.referenceDate ? `reference date ${record.referenceDate} (${record.referenceDateSource})` : 'no reference date');
  const counts = ctx.kinds.map((k) => kindColor(s, k)(`${record.counts[k] ?? 0} ${KIND_TITLES[k].toLowerCase()}`));
  return wrapWords([...parts, ...counts], ' · ', ctx.width);
}

function factTable(facts: Fact[], lines: LineIndex | undefined, ctx: FormatContext): string {
  const head = ['Text', 'Value', 'Where', ...(ctx.explain ? ['Rule'] : [])];
  const rows = facts.map((f) => [cell(f.text), cell(humanValue(f)), where(f, lines), ...(ctx.explain ? [f.rule] : [])]);
  return render(head, rows, ctx.explain ? [3, 3, 1, 2] : [3, 3, 1], ctx);
}

function entityTable(entities: Entity[], facts: Fact[], lines: LineIndex | undefined, ctx: FormatContext): string {
  const firstMention = new Map<string, Fact>();
  const rules = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!('entityId' in f)) continue;
    if (!firstMention.has(f.entityId)) firstMention.set(f.entityId, f);
    (rules.get(f.entityId) ?? rules.set(f.entityId, new Set()).get(f.entityId)!).add(f.rule);
  }
  const shown = entities.filter((e) => firstMention.has(e.id));
  const head = ['Name', 'Also written', 'Mentions', 'First', ...(ctx.explain ? ['Rules'] : [])];
  const rows = shown.map((e) => [
    cell(e.canonical),
    cell(e.aliases.join(', ')),
    String(facts.filter((f) => 'entityId' in f && f.entityId === e.id).length),
    where(firstMention.get(e.id)!, lines),
    ...(ctx.explain ? [[...(rules.get(e.id) ?? [])].join(', ')] : []),
  ]);
  return render(head, rows, ctx.explain ? [3, 3, 1, 1, 2] : [3, 3, 1, 1], ctx);
}

/** Renders a table whose total width, borders included, never exceeds the context's width. */
function render(head: string[], rows: string[][], weights: number[], ctx: FormatContext): string {
  const borders = head.length + 1;
  const usable = Math.max(head.length * 6, ctx.width - borders);
  const total = weights.reduce((a, b) => a + b, 0);
  const natural = head.map((h, i) => Math.max(h.length, ...rows.map((r) => longestLine(r[i]))) + 2);
  const widths = fitWidths(natural, weights.map((w) => Math.max(6, Math.floor((usable * w) / total))), usable);
  const table = new Table({
    head: head.map((h) => ctx.style.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const r of rows) table.push(r);
  return table.toString();
}

/** Columns get their natural width when it fits; the rest of the space goes to the wide ones. */
function fitWidths(natural: number[], share: number[], usable: number): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= usable) return natural;
  const widths = natural.map((n, i) => Math.min(n, share[i]));
  let spare = usable - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < widths.length && spare > 0; i++) {
    const add = Math.min(spare, natural[i] - widths[i]);
    widths[i] += add;
    spare -= add;
  }
  return widths;
}

function cell(text: string): string {
  return sanitizeForTerminal(text);
}

function where(f: Fact, lines: LineIndex | undefined): string {
  if (!lines) return String(f.start);
  const p = lines.position(f.start);
  return `${p.line}:${p.column}`;
}

function longestLine(s: string): number {
  return Math.max(...s.split('\n').map((l) => l.length));
}

function wrapWords(parts: string[], sep: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let visible = 0;
  for (const p of parts) {
    const w = stripAnsi(p).length;
    if (visible > 0 && visible + sep.length + w > width) {
      lines.push(line);
      line = p;
      visible = w;
    } else {
      line = visible > 0 ? line + sep + p : p;
      visible += (visible > 0 ? sep.length : 0) + w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}
