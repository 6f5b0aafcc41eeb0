import { fitWidths, renderTable } from '../../src/format/table-layout';
import { wrapText } from '../../src/format/wrap';
import { visibleWidth } from '../../src/format/text-width';

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

describe('fitWidths', () => {
  it('keeps natural widths when they fit', () => {
    expect(fitWidths([10, 20, 5], [10, 8, 5], [3, 3, 1], 60)).toEqual([10, 20, 5]);
  });

  it('keeps short columns whole and shrinks the long ones, within the space', () => {
    const widths = fitWidths([60, 40, 8, 6], [12, 9, 8, 6], [3, 3, 1, 1], 50);
    expect(sum(widths)).toBeLessThanOrEqual(50);
    expect(widths.slice(2)).toEqual([8, 6]);
    expect(widths[0]).toBeGreaterThanOrEqual(12);
    expect(widths[1]).toBeGreaterThanOrEqual(9);
  });

  it('lets one unbreakable giant give way before columns of short words', () => {
    const widths = fitWidths([150, 12, 8, 5], [150, 7, 8, 5], [3, 3, 1, 1], 40);
    expect(sum(widths)).toBeLessThanOrEqual(40);
    expect(widths.slice(1)).toEqual([7, 8, 5]);
  });

  it.each([10, 14, 25, 44, 64, 100])('never exceeds %i columns when two per column fit', (available) => {
    const widths = fitWidths([150, 40, 8, 6, 24], [150, 20, 8, 5, 24], [3, 3, 1, 1, 2], available);
    expect(sum(widths)).toBeLessThanOrEqual(available);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);
  });
});

describe('wrapText', () => {
  it.each([
    ['the quick brown fox jumps', 10, ['the quick', 'brown fox', 'jumps']],
    ['supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
    ['北大西洋公约组织', 5, ['北大', '西洋', '公约', '组织']],
    ['a  b', 10, ['a  b']],
    ['   indented text', 20, ['   indented text']],
    ['', 10, ['']],
  ])('%j at %i columns', (text, width, lines) => {
    const got = wrapText(text, width);
    expect(got).toEqual(lines);
    for (const line of got) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
  });

  it('does not break at a no-break space', () => {
    expect(wrapText('US$\u00a0380 billion', 9)).toEqual(['US$\u00a0380', 'billion']);
  });
});

describe('renderTable', () => {
  const columns = [
    { head: 'Text', weight: 3 },
    { head: 'Where', weight: 1 },
  ];

  it.each([
    ['one-line rows', (i: number) => `row ${i}`, 0],
    ['wrapped rows', (i: number) => `row ${i} ${'long words '.repeat(i % 3 === 0 ? 4 : 0)}`, 1],
  ])('stitches a long table of %s into one seamless table', (_name, text, ruled) => {
    const rows = Array.from({ length: 450 }, (_, i) => [text(i), `${i + 1}:1`]);
    const lines = renderTable(columns, rows, 30, (s) => s).split('\n');
    expect(lines.filter((l) => l.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('└'))).toHaveLength(1);
    expect(lines[0].startsWith('┌')).toBe(true);
    expect(lines[lines.length - 1].startsWith('└')).toBe(true);
    expect(lines.filter((l) => l.includes('Where'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(ruled ? 450 : 1);
    const cells = lines.filter((l) => /^│ row \d+/.test(l)).map((l) => Number(/row (\d+)/.exec(l)![1]));
    expect(cells).toEqual(rows.map((_, i) => i));
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(30);
  });
});
