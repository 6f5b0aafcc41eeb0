import { isErrorRecord } from '../records';
import type { Entity, Fact, Kind } from '../types';
import { documentHeader, documentSeparator } from './document-header';
import { humanValue } from './human-value';
import { KIND_TITLES, kindColor } from './kind-style';
import { LineIndex } from './position';
import { sanitizeForTerminal } from './sanitize';
import { wrapSpans } from './styled-text';
import { renderTable, type Column } from './table-layout';
import type { FormatContext, Formatter, OutputItem } from './types';

const ENTITY_KINDS: ReadonlySet<Kind> = new Set(['person', 'organization', 'location']);

const FACT_COLUMNS: Column[] = [
  { head: 'Text', weight: 3 },
  { head: 'Value', weight: 3 },
  { head: 'Where', weight: 1 },
];
const ENTITY_COLUMNS: Column[] = [
  { head: 'Name', weight: 3 },
  { head: 'Also written', weight: 3 },
  { head: 'Mentions', weight: 1, align: 'right' },
  { head: 'First', weight: 1 },
];
const RULE_COLUMN: Column = { head: 'Rule', weight: 2 };

/**
 * The terminal view: a header line (file, reference date, counts per kind in their colours),
 * then one table per kind present. Entities are grouped by canonical name, most mentioned
 * first. No line is wider than ctx.width.
 */
export const tableFormatter: Formatter = {
  begin: () => '',
  item: (item, index, ctx) => (index > 0 ? documentSeparator(ctx) : '') + renderDocument(item, ctx),
  end: () => '',
};

function renderDocument(item: OutputItem, ctx: FormatContext): string {
  const { record } = item;
  if (isErrorRecord(record)) return errorLine(`${record.source}: ${record.error.message} (${record.error.code})`, ctx);
  const out = documentHeader(record, ctx);
  const lines = item.input === undefined ? undefined : new LineIndex(item.input);
  for (const kind of ctx.kinds) {
    const facts = record.facts.filter((f) => f.kind === kind);
    if (facts.length === 0) continue;
    if (ENTITY_KINDS.has(kind)) {
      const mentioned = new Set(facts.map((f) => ('entityId' in f ? f.entityId : '')));
      const entities = record.entities.filter((e) => e.kind === kind && mentioned.has(e.id));
      out.push('', ...title(`${KIND_TITLES[kind]} (${plural(entities.length, 'name')}, ${plural(facts.length, 'mention')})`, kind, ctx));
      out.push(entityTable(entities, facts, lines, ctx));
    } else {
      out.push('', ...title(`${KIND_TITLES[kind]} (${facts.length})`, kind, ctx), factTable(facts, lines, ctx));
    }
  }
  if (record.facts.length === 0) out.push('', ctx.style.dim('No facts found.'));
  return out.join('\n') + '\n';
}

function errorLine(message: string, ctx: FormatContext): string {
  return wrapSpans([{ text: sanitizeForTerminal(message), paint: ctx.style.red }], ctx.width).join('\n') + '\n';
}

function factTable(facts: Fact[], lines: LineIndex | undefined, ctx: FormatContext): string {
  const columns = ctx.explain ? [...FACT_COLUMNS, RULE_COLUMN] : FACT_COLUMNS;
  const rows = facts.map((f) => [cell(f.text), cell(humanValue(f)), where(f, lines), ...(ctx.explain ? [cell(f.rule)] : [])]);
  return renderTable(columns, rows, ctx.width, headPaint(facts[0].kind, ctx));
}

function entityTable(entities: Entity[], facts: Fact[], lines: LineIndex | undefined, ctx: FormatContext): string {
  const first = new Map<string, Fact>();
  const rules = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!('entityId' in f)) continue;
    if (!first.has(f.entityId)) first.set(f.entityId, f);
    const set = rules.get(f.entityId) ?? new Set<string>();
    rules.set(f.entityId, set.add(f.rule));
  }
  const shown = [...entities].sort((a, b) => b.mentions - a.mentions || first.get(a.id)!.start - first.get(b.id)!.start);
  const columns = ctx.explain ? [...ENTITY_COLUMNS, { ...RULE_COLUMN, head: 'Rules' }] : ENTITY_COLUMNS;
  const rows = shown.map((e) => [
    cell(e.canonical),
    cell(e.aliases.join(', ')),
    String(e.mentions),
    where(first.get(e.id)!, lines),
    ...(ctx.explain ? [cell([...rules.get(e.id)!].join(', '))] : []),
  ]);
  return renderTable(columns, rows, ctx.width, headPaint(facts[0].kind, ctx));
}

function title(text: string, kind: Kind, ctx: FormatContext): string[] {
  return wrapSpans([{ text, paint: kindColor(ctx.style, kind).bold }], ctx.width);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function headPaint(kind: Kind, ctx: FormatContext): (s: string) => string {
  const color = kindColor(ctx.style, kind).bold;
  return (s) => color(s);
}

function cell(text: string): string {
  return sanitizeForTerminal(text);
}

/** line:column of a fact for people; the bare offset when the input text is not at hand. */
function where(f: Fact, lines: LineIndex | undefined): string {
  if (!lines) return String(f.start);
  const p = lines.position(f.start);
  return `${p.line}:${p.column}`;
}
