import { visibleWidth } from './text-width';
import { scratchCells, wrapCells } from './wrap';

export type Paint = (text: string) => string;

/** A piece of text and how to colour it; the text must already be safe for a terminal. */
export interface Span {
  text: string;
  paint?: Paint;
  /** Keep the span on one line, if it fits on one. */
  unbroken?: boolean;
}

/**
 * Wraps coloured pieces of one paragraph to `width` columns. Colour is applied per line after
 * wrapping, so every line opens and closes its own escapes and a cut never leaks colour.
 * Consecutive pieces of one paint on a line are painted as one run.
 */
export function wrapSpans(spans: Span[], width: number): string[] {
  const cells = scratchCells();
  // spanEnds[k]: the grapheme index where span k ends.
  const spanEnds: number[] = [];
  for (const span of spans) {
    cells.append(span.text, !(span.unbroken === true && visibleWidth(span.text) <= width));
    spanEnds.push(cells.count);
  }
  let k = 0;
  return wrapCells(cells, width).map((line) => {
    let out = '';
    let run = '';
    let runPaint: Paint | undefined;
    for (let r = 0; r < line.length; r += 2) {
      let at = line[r];
      const to = line[r + 1];
      // Lines come in order, so the span pointer only moves forward.
      while (spanEnds[k] <= at) k++;
      if (r === 0) runPaint = spans[k].paint;
      while (at < to) {
        while (spanEnds[k] <= at) k++;
        const pieceEnd = Math.min(to, spanEnds[k]);
        if (spans[k].paint !== runPaint) {
          out += paintRun(run, runPaint);
          run = '';
          runPaint = spans[k].paint;
        }
        run += cells.slice(at, pieceEnd);
        at = pieceEnd;
      }
    }
    return out + paintRun(run, runPaint);
  });
}

function paintRun(run: string, paint: Paint | undefined): string {
  if (run === '') return '';
  return paint ? paint(run) : run;
}
