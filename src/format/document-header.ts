import type { ExtractionResult, ReferenceDateSource } from '../types';
import { KIND_TITLES, kindColor } from './kind-style';
import { sanitizeForTerminal } from './sanitize';
import { wrapSpans, type Span } from './styled-text';
import { visibleWidth } from './text-width';
import type { FormatContext } from './types';

const SOURCE_WORDS: Record<ReferenceDateSource, string> = {
  option: 'given with --reference-date',
  header: "from the article's header",
  dateline: 'from the dateline',
  none: '',
};

/**
 * The lines above a document's view: the file and the reference date with where it came from,
 * then the counts per kind, each in its kind's colour, which doubles as the colour legend.
 */
export function documentHeader(record: ExtractionResult, ctx: FormatContext): string[] {
  const s = ctx.style;
  const date = record.referenceDate
    ? `reference date ${record.referenceDate} (${SOURCE_WORDS[record.referenceDateSource]})`
    : 'no reference date: relative dates stay unresolved';
  const source = sanitizeForTerminal(record.source ?? 'input');
  // The date goes on a line of its own rather than break, when the two do not fit on one.
  const title: Span[] =
    visibleWidth(`${source} · ${date}`) <= ctx.width
      ? [{ text: source, paint: s.bold }, { text: ` · ${date}` }]
      : [{ text: source, paint: s.bold }];
  const legend: Span[] = [];
  for (const kind of ctx.kinds) {
    if (legend.length > 0) legend.push({ text: ' · ' });
    legend.push({ text: `${KIND_TITLES[kind]} ${record.counts[kind] ?? 0}`, paint: kindColor(s, kind).bold, unbroken: true });
  }
  const dateLine = title.length === 1 ? wrapSpans([{ text: date, unbroken: true }], ctx.width) : [];
  return [...wrapSpans(title, ctx.width), ...dateLine, ...wrapSpans(legend, ctx.width)];
}

/** The line that separates two documents in one output. */
export function documentSeparator(ctx: FormatContext): string {
  return ctx.style.dim('─'.repeat(ctx.width)) + '\n';
}
