import chalk from 'chalk';
import { formatAll, type FormatName } from '../../src/format';
import { stripAnsi, visibleWidth } from '../../src/format/text-width';
import { ALL_KINDS, type ExtractionResult, type Kind, type OutputRecord } from '../../src/types';

export interface ViewOptions {
  width?: number;
  /** Colour level as FORCE_COLOR would set it; 0 is no colour. */
  level?: 0 | 1 | 2 | 3;
  kinds?: readonly Kind[];
  explain?: boolean;
}

/** Renders one or more documents with a fixed width and colour level, as the CLI would. */
export function renderView(format: FormatName, docs: Array<{ record: OutputRecord | ExtractionResult; input?: string }>, o: ViewOptions = {}): string {
  const style = new chalk.Instance({ level: o.level ?? 0 });
  return formatAll(format, docs, { total: docs.length, width: o.width ?? 80, style, kinds: o.kinds ?? ALL_KINDS, explain: o.explain ?? false });
}

/** Lines wider than `width` once colour codes are stripped, wide characters counting 2. */
export function overWideLines(output: string, width: number): string[] {
  return output.split('\n').filter((line) => visibleWidth(line) > width);
}

/** Every ESC, BEL, C1 control or bidi override left after removing our own SGR colour codes. */
export function strayControls(output: string): string[] {
  // eslint-disable-next-line no-control-regex
  return [...stripAnsi(output).matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g)].map((m) => m[0]);
}

// eslint-disable-next-line no-control-regex
export const ANY_ESCAPE = /\u001b/;

export { stripAnsi };
