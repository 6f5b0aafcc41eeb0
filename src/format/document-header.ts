import type { ExtractionResult, ReferenceDateSource } from '../types';
import { KIND_TITLES, kindColor } from './kind-style';
import { sanitizeForTerminal } from './sanitize';
import { wrapSpans, type Span } from './styled-text';
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
  const title: Span[] = [{ text: sanitizeForTerminal(record.source ?? 'input'), paint: s.bold }, { text: ` · ${date}` }];
  const legend: Span[] = [];
  for (const kind of ctx.kinds) {
    if (legend.length > 0) legend.push({ text: ' · ' });
    legend.push({ text: `${KIND_TITLES[kind]}\u00a0${record.counts[kind] ?? 0}`, paint: kindColor(s, kind).bold });
  }
  return [...wrapSpans(title, ctx.width), ...wrapSpans(legend, ctx.width)];
}

/** The line that separates two documents in one output. */
export function documentSeparator(ctx: FormatContext): string {
  return ctx.style.dim('─'.repeat(ctx.width)) + '\n';
}
