import { isErrorRecord } from '../records';
import type { ExtractionResult, Fact, Kind } from '../types';
import { documentHeader, documentSeparator } from './document-header';
import { kindColor } from './kind-style';
import { sanitizeForTerminal } from './sanitize';
import { wrapSpans, type Span } from './styled-text';
import type { FormatContext, Formatter, OutputItem } from './types';

/**
 * The article itself, wrapped to the width, with every fact in its kind's colour. Every line
 * break of the input is kept, so paragraphs, headlines and lists keep their shape; long lines
 * wrap at spaces. Without colour (NO_COLOR, a pipe, -o) a fact is marked [text|kind] instead,
 * so the view still says what was found.
 */
export const highlightFormatter: Formatter = {
  begin: () => '',
  item: (item, index, ctx) => (index > 0 ? documentSeparator(ctx) : '') + renderArticle(item, ctx),
  end: () => '',
};

function renderArticle(item: OutputItem, ctx: FormatContext): string {
  const { record, input } = item;
  const s = ctx.style;
  if (isErrorRecord(record)) {
    return wrapSpans([{ text: sanitizeForTerminal(`${record.source}: ${record.error.message} (${record.error.code})`), paint: s.red }], ctx.width).join('\n') + '\n';
  }
  const out = documentHeader(record, ctx);
  if (s.level === 0) out.push('Facts are marked [text|kind].');
  out.push('');
  if (input === undefined) out.push(s.dim('(the article text is not available to this view)'));
  // A loop, not push(...): an article of a million short lines overflows the spread's stack.
  else for (const line of articleLines(input, shownFacts(record, ctx.kinds), ctx)) out.push(line);
  return out.join('\n') + '\n';
}

/** Facts of the kinds asked for; where two overlap ("U.S." inside "380 billion U.S. dollars"), the outer one. */
function shownFacts(record: ExtractionResult, kinds: readonly Kind[]): Fact[] {
  const wanted = new Set(kinds);
  const ordered = record.facts.filter((f) => wanted.has(f.kind)).sort((a, b) => a.start - b.start || b.end - a.end);
  const shown: Fact[] = [];
  let reached = 0;
  for (const f of ordered) {
    if (f.start < reached) continue;
    shown.push(f);
    reached = f.end;
  }
  return shown;
}

function articleLines(input: string, facts: Fact[], ctx: FormatContext): string[] {
  const marked = ctx.style.level === 0;
  const lines: string[] = [];
  let next = 0;
  for (let lineStart = 0; lineStart <= input.length; ) {
    const newline = input.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? input.length : newline > lineStart && input[newline - 1] === '\r' ? newline - 1 : newline;
    while (next < facts.length && facts[next].end <= lineStart) next++;
    const spans: Span[] = [];
    let at = lineStart;
    for (let i = next; i < facts.length && facts[i].start < lineEnd; i++) {
      const f = facts[i];
      const from = Math.max(f.start, lineStart);
      const to = Math.min(f.end, lineEnd);
      const paint = marked ? undefined : kindColor(ctx.style, f.kind);
      if (from > at) spans.push({ text: safe(input, at, from) });
      spans.push({ text: (marked && from === f.start ? '[' : '') + safe(input, from, to) + (marked && to === f.end ? `|${f.kind}]` : ''), paint });
      at = to;
    }
    if (lineEnd > at) spans.push({ text: safe(input, at, lineEnd) });
    for (const wrapped of wrapSpans(spans, ctx.width)) lines.push(wrapped);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}

function safe(input: string, from: number, to: number): string {
  return sanitizeForTerminal(input.slice(from, to));
}
