import { forEachGrapheme } from './text-width';

/**
 * A paragraph cut into graphemes, held as parallel arrays: grapheme `k` is
 * `text.slice(k === 0 ? 0 : ends[k - 1], ends[k])`, `widths[k]` columns wide, and `breaks[k]` is 1
 * where it is a space a line may end at. A 200 KB article costs a few typed arrays, not an
 * object per character.
 */
export class Cells {
  text = '';
  count = 0;
  ends = new Int32Array(16);
  widths = new Uint16Array(16);
  breaks = new Uint8Array(16);

  /** Empties the cells but keeps their arrays, so one instance serves paragraph after paragraph. */
  reset(): this {
    this.text = '';
    this.count = 0;
    return this;
  }

  /** Appends a piece; `breakable` false keeps its spaces from being breaks ("Dates 7" in the legend). */
  append(piece: string, breakable: boolean): void {
    this.reserve(this.count + piece.length);
    const base = this.text.length;
    forEachGrapheme(piece, (start, end, width) => {
      const k = this.count++;
      this.ends[k] = base + end;
      this.widths[k] = width;
      this.breaks[k] = breakable && end - start === 1 && isSpace(piece.charCodeAt(start)) ? 1 : 0;
    });
    this.text += piece;
  }

  /** The text of graphemes `from` to `to` (exclusive). */
  slice(from: number, to: number): string {
    return this.text.slice(this.startOf(from), to === 0 ? 0 : this.ends[to - 1]);
  }

  startOf(k: number): number {
    return k === 0 ? 0 : this.ends[k - 1];
  }

  private reserve(size: number): void {
    if (size <= this.ends.length) return;
    const capacity = Math.max(size, this.ends.length * 2);
    this.ends = grow(this.ends, new Int32Array(capacity));
    this.widths = grow(this.widths, new Uint16Array(capacity));
    this.breaks = grow(this.breaks, new Uint8Array(capacity));
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

// Wrapping is synchronous and never nested, so one scratch instance serves every call.
const SCRATCH = new Cells();

/** The shared, emptied scratch cells: valid until the next call. */
export function scratchCells(): Cells {
  return SCRATCH.reset();
}

/** A wrapped line: flat pairs of grapheme ranges [from, to), usually one pair. */
export type LineRanges = number[];

// Break opportunities: the spaces that may end a line, not the no-break ones (U+00A0, U+2007, U+202F).
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a && code !== 0x2007) || code === 0x205f || code === 0x3000;
}

/**
 * Greedy word wrap to `width` columns, measured in terminal columns. Breaks at spaces, drops
 * the spaces at a break, and splits a word wider than a line (a URL, a run of CJK) wherever it
 * must. Leading indentation of the paragraph is kept. Linear in the input.
 */
export function wrapCells(cells: Cells, width: number): LineRanges[] {
  const { count, widths, breaks } = cells;
  const lines: LineRanges[] = [];
  let line: LineRanges = [];
  let lineCount = 0;
  let lineWidth = 0;
  let pendingFrom = 0;
  let pendingTo = 0;
  let pendingWidth = 0;
  const push = (from: number, to: number) => {
    if (line.length > 0 && line[line.length - 1] === from) line[line.length - 1] = to;
    else line.push(from, to);
    lineCount += to - from;
  };
  const flush = () => {
    lines.push(line);
    line = [];
    lineCount = 0;
    lineWidth = 0;
  };
  let i = 0;
  while (i < count) {
    if (breaks[i] === 1) {
      const keep = lineCount === 0 && lines.length === 0;
      if (!keep) pendingFrom = i;
      while (i < count && breaks[i] === 1) {
        if (keep && lineWidth + widths[i] <= width) {
          push(i, i + 1);
          lineWidth += widths[i];
        } else if (!keep) pendingWidth += widths[i];
        i++;
      }
      if (!keep) pendingTo = i;
      continue;
    }
    let end = i;
    let wordWidth = 0;
    while (end < count && breaks[end] !== 1) wordWidth += widths[end++];
    if (lineCount > 0 && lineWidth + pendingWidth + wordWidth > width) flush();
    else if (lineCount > 0 && pendingTo > pendingFrom) {
      push(pendingFrom, pendingTo);
      lineWidth += pendingWidth;
    }
    pendingFrom = pendingTo = 0;
    pendingWidth = 0;
    let from = i;
    for (; i < end; i++) {
      if (lineWidth + widths[i] > width && lineCount + (i - from) > 0) {
        if (i > from) push(from, i);
        from = i;
        flush();
      }
      lineWidth += widths[i];
    }
    if (end > from) push(from, end);
  }
  // A line of nothing but indentation is blank.
  if (lineCount > 0 && isAllBreaks(line, breaks)) line = [];
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function isAllBreaks(line: LineRanges, breaks: Uint8Array): boolean {
  for (let r = 0; r < line.length; r += 2) for (let k = line[r]; k < line[r + 1]; k++) if (breaks[k] !== 1) return false;
  return true;
}

/** Wraps plain text (one paragraph, no line breaks) to lines of at most `width` columns. */
export function wrapText(text: string, width: number): string[] {
  const cells = scratchCells();
  cells.append(text, true);
  return wrapCells(cells, width).map((line) => {
    let out = '';
    for (let r = 0; r < line.length; r += 2) out += cells.slice(line[r], line[r + 1]);
    return out;
  });
}
