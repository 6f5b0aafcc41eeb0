import fc from 'fast-check';
import stringWidth from 'string-width';
import { wrapSpans, type Paint, type Span } from '../../src/format/styled-text';
import { forEachGrapheme } from '../../src/format/text-width';

// The reference: the plain per-grapheme greedy wrap the fast one must match byte for byte —
// whole-string Intl.Segmenter, string-width per grapheme, one object per grapheme.
interface Cell {
  text: string;
  width: number;
  isBreak: boolean;
  paint?: Paint;
}
const SPACES = /^[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function referenceWrap(spans: Span[], width: number): string[] {
  const cells: Cell[] = [];
  for (const span of spans) {
    const breakable = !(span.unbroken === true && stringWidth(span.text) <= width);
    for (const { segment } of segmenter.segment(span.text)) {
      cells.push({ text: segment, width: stringWidth(segment), isBreak: breakable && SPACES.test(segment), paint: span.paint });
    }
  }
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let lineWidth = 0;
  let pending: Cell[] = [];
  const flush = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
  };
  const widthOf = (cs: Cell[]) => cs.reduce((w, c) => w + c.width, 0);
  let i = 0;
  while (i < cells.length) {
    if (cells[i].isBreak) {
      const keep = line.length === 0 && lines.length === 0;
      for (; i < cells.length && cells[i].isBreak; i++) {
        if (keep && lineWidth + cells[i].width <= width) {
          line.push(cells[i]);
          lineWidth += cells[i].width;
        } else if (!keep) pending.push(cells[i]);
      }
      continue;
    }
    let end = i;
    while (end < cells.length && !cells[end].isBreak) end++;
    const word = cells.slice(i, end);
    if (line.length > 0 && lineWidth + widthOf(pending) + widthOf(word) > width) flush();
    else if (line.length > 0) {
      line.push(...pending);
      lineWidth += widthOf(pending);
    }
    pending = [];
    for (const c of word) {
      if (lineWidth + c.width > width && line.length > 0) flush();
      line.push(c);
      lineWidth += c.width;
    }
    i = end;
  }
  if (line.every((c) => c.isBreak)) line = [];
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => {
    let out = '';
    for (let k = 0; k < l.length; ) {
      const paint = l[k].paint;
      let run = '';
      for (; k < l.length && l[k].paint === paint; k++) run += l[k].text;
      out += paint ? paint(run) : run;
    }
    return out;
  });
}

const red: Paint = (s) => `<r>${s}</r>`;
const blue: Paint = (s) => `<b>${s}</b>`;
const PAINTS = [undefined, red, blue];
// Letters, spaces that break and ones that do not, accents precomposed and combining, CJK,
// kana with a voicing mark, Hangul, emoji with skin tones and ZWJ, flags, "©" with U+FE0F.
const PIECES = ['a', 'Z', '1', '$', '.', ' ', ' ', '\u3000', '\u00a0', '\u2009', 'é', 'e\u0301', 'ß', 'Ж', '中', '文', 'か\u3099', 'ｶﾞ', '한', '\u1100\u1161', '😀', '👍🏽', '👩\u200d💻', '🇫🇷', '©\ufe0f', '©', 'क्ष', 'ำ', '\u200d'];

const spanArb = fc.record({
  text: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  paint: fc.constantFrom(...PAINTS),
  unbroken: fc.boolean(),
});

describe('wrapSpans', () => {
  it('matches the per-grapheme reference wrap on random mixed-script paragraphs', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 10 }), fc.integer({ min: 1, max: 24 }), (spans, width) => {
        expect(wrapSpans(spans, width)).toEqual(referenceWrap(spans, width));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the reference on a long article-like paragraph', () => {
    const sample: Span[] = [
      { text: 'On ' },
      { text: 'Thursday', paint: blue },
      { text: ', the alliance said spending rose ' },
      { text: '2 percent', paint: red },
      { text: ' to ' },
      { text: '380 billion U.S. dollars', paint: red, unbroken: true },
      { text: ' in Zürich and 北大西洋公约组织. ' },
    ];
    const spans = Array.from({ length: 400 }, () => sample).flat();
    for (const width of [7, 40, 100]) expect(wrapSpans(spans, width)).toEqual(referenceWrap(spans, width));
  });

  it('paints consecutive pieces of one paint as one run', () => {
    expect(wrapSpans([{ text: 'ab', paint: red }, { text: '' }, { text: 'cd', paint: red }, { text: ' e' }], 80)).toEqual(['<r>abcd</r> e']);
  });

  it('keeps indentation that fits, even past a wide space that does not', () => {
    const spans = [{ text: '  \u3000 word' }];
    expect(wrapSpans(spans, 3)).toEqual(referenceWrap(spans, 3));
  });
});

describe('forEachGrapheme', () => {
  it('cuts where Intl.Segmenter cuts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const ends: number[] = [];
        forEachGrapheme(text, (_start, end) => ends.push(end));
        expect(ends).toEqual([...segmenter.segment(text)].map((s) => s.index + s.segment.length));
      }),
      { numRuns: 500 },
    );
  });
});
