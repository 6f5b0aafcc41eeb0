import { isErrorRecord } from '../records';
import type { Fact, Kind } from '../types';
import { humanValue } from './human-value';
import { KIND_TITLES } from './kind-style';
import { sanitizeForTerminal } from './sanitize';
import type { FormatContext, Formatter } from './types';

const ENTITY_KINDS: ReadonlySet<Kind> = new Set(['person', 'organization', 'location']);

/** GitHub-flavoured Markdown: a heading per document, a table per kind, entities grouped. */
export const markdownFormatter: Formatter = {
  begin: () => '',
  item: ({ record }, index, ctx) => {
    const title = `## ${md(record.source ?? 'input')}\n\n`;
    const sep = index > 0 ? '\n' : '';
    if (isErrorRecord(record)) return `${sep}${title}Error \`${record.error.code}\`: ${md(record.error.message)}\n`;
    const out = [`${sep}${title}Reference date: ${record.referenceDate ?? 'none'} (${record.referenceDateSource})\n`];
    for (const kind of ctx.kinds) {
      const facts = record.facts.filter((f) => f.kind === kind);
      if (facts.length === 0) continue;
      out.push(`\n### ${KIND_TITLES[kind]} (${facts.length})\n\n`);
      out.push(ENTITY_KINDS.has(kind) ? entityRows(record.entities.filter((e) => e.kind === kind), facts, ctx) : factRows(facts, ctx));
    }
    return out.join('');
  },
  end: () => '',
};

function factRows(facts: Fact[], ctx: FormatContext): string {
  const head = ctx.explain ? '| Text | Value | Offsets | Rule |\n|---|---|---|---|\n' : '| Text | Value | Offsets |\n|---|---|---|\n';
  return head + facts.map((f) => `| ${md(f.text)} | ${md(humanValue(f))} | ${f.start}–${f.end} |${ctx.explain ? ` ${md(f.rule)} |` : ''}\n`).join('');
}

function entityRows(entities: Array<{ id: string; canonical: string; aliases: string[] }>, facts: Fact[], ctx: FormatContext): string {
  const counts = new Map<string, number>();
  const rules = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!('entityId' in f)) continue;
    counts.set(f.entityId, (counts.get(f.entityId) ?? 0) + 1);
    rules.set(f.entityId, (rules.get(f.entityId) ?? new Set<string>()).add(f.rule));
  }
  const rows = entities
    .filter((e) => counts.has(e.id))
    .map((e) => `| ${md(e.canonical)} | ${md(e.aliases.join(', '))} | ${counts.get(e.id)} |${ctx.explain ? ` ${md([...rules.get(e.id)!].join(', '))} |` : ''}\n`);
  const head = ctx.explain ? '| Name | Also written | Mentions | Rules |\n|---|---|---|---|\n' : '| Name | Also written | Mentions |\n|---|---|---|\n';
  return head + rows.join('');
}

/** Escapes Markdown table syntax and neutralizes terminal control characters. */
function md(text: string): string {
  return sanitizeForTerminal(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}
