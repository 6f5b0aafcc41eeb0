import fs from 'node:fs';
import path from 'node:path';
import { buildResult } from '../helpers/built-result';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { SEED_SPECS } from '../helpers/seed-specs';
import { ANY_ESCAPE, overWideLines, renderView, stripAnsi, strayControls } from '../helpers/views';

const SEED = fs.readFileSync(path.join(FIXTURES_DIR, 'nato-2024-02-16.txt'), 'utf8');
const seed = buildResult(SEED, SEED_SPECS, { source: 'fixtures/nato-2024-02-16.txt' });
const articleOf = (out: string) => out.slice(out.indexOf('\n\n') + 2);

describe.each([80, 60, 120, 30])('the highlight view at %i columns', (width) => {
  it.each([0, 1, 3] as const)('has no line wider than the width at colour level %i', (level) => {
    expect(overWideLines(renderView('highlight', [{ record: seed, input: SEED }], { width, level }), width)).toEqual([]);
  });

  it('keeps every word of the article, in order, and every paragraph', () => {
    const article = articleOf(renderView('highlight', [{ record: seed, input: SEED }], { width, level: 1 }));
    expect(stripAnsi(article).split(/\s+/).join(' ').trim()).toBe(SEED.split(/\s+/).join(' ').trim());
    expect(article.split('\n\n')).toHaveLength(SEED.trimEnd().split('\n\n').length);
  });
});

describe('what the highlight view shows', () => {
  it('colours each fact in its kind colour, and nothing else', () => {
    const out = renderView('highlight', [{ record: seed, input: SEED }], { level: 2, width: 200 });
    expect(out).toContain('\u001b[38;5;164mJens Stoltenberg\u001b[39m');
    expect(out).toContain('\u001b[38;5;28m380 billion U.S. dollars\u001b[39m');
    expect(out).toContain('\u001b[38;5;33mThursday\u001b[39m');
    expect(out).toContain('\u001b[38;5;30m2 percent\u001b[39m');
    const article = articleOf(out);
    const coloured = [...article.matchAll(/\u001b\[38;5;\d+m(.*?)\u001b\[39m/g)].map((m) => m[1]);
    expect(coloured).toEqual(seed.facts.map((f) => f.text));
  });

  it('opens and closes colour on each line when a fact wraps', () => {
    const out = renderView('highlight', [{ record: seed, input: SEED }], { level: 1, width: 40 });
    for (const line of out.split('\n')) {
      const opened = (line.match(/\u001b\[3[0-8]m/g) ?? []).length;
      const closed = (line.match(/\u001b\[39m/g) ?? []).length;
      expect(opened).toBe(closed);
    }
  });

  it('marks facts as [text|kind] without colour, and says so', () => {
    const out = renderView('highlight', [{ record: seed, input: SEED }], { level: 0, width: 200 });
    expect(out).not.toMatch(ANY_ESCAPE);
    expect(out).toContain('Facts are marked [text|kind].');
    expect(out).toContain('[Jens Stoltenberg|person]');
    expect(out).toContain('[380 billion U.S. dollars|money]');
    expect(out).toContain('([NATO|organization])');
  });

  it('shows only the kinds asked for', () => {
    const out = renderView('highlight', [{ record: seed, input: SEED }], { level: 0, width: 200, kinds: ['money', 'person'] });
    expect(out).toContain('[Zhao Dingzhe|person]');
    expect(out).toContain('[10 billion dollars|money]');
    expect(out).not.toContain('|date]');
    expect(out).not.toContain('|location]');
    expect(out).toMatch(/Money 5 · People 6\n/);
  });

  it('shows the outer fact where two overlap', () => {
    const text = 'They paid 380 billion U.S. dollars.';
    const r = buildResult(text, [
      { kind: 'money', text: '380 billion U.S. dollars', value: { amount: 3.8e11, currency: 'USD' } },
      { kind: 'location', text: 'U.S.', canonical: 'United States' },
    ]);
    expect(renderView('highlight', [{ record: r, input: text }])).toContain('They paid [380 billion U.S. dollars|money].');
  });

  it('marks a fact that spans a line break on both lines', () => {
    const text = 'Talks with the North Atlantic\nTreaty Organization ended.';
    const r = buildResult(text, [{ kind: 'organization', text: 'North Atlantic\nTreaty Organization', canonical: 'NATO' }]);
    const plain = renderView('highlight', [{ record: r, input: text }]);
    expect(plain).toContain('Talks with the [North Atlantic\nTreaty Organization|organization] ended.');
    const coloured = renderView('highlight', [{ record: r, input: text }], { level: 1 });
    expect(coloured).toContain('\u001b[31mNorth Atlantic\u001b[39m\n\u001b[31mTreaty Organization\u001b[39m');
  });

  it('keeps blank lines, indentation and CRLF articles tidy', () => {
    const text = 'Title\r\n\r\n   Indented first line of a paragraph.\r\nNext line.\r\n';
    const out = renderView('highlight', [{ record: buildResult(text, []), input: text }]);
    expect(articleOf(out)).toBe('Title\n\n   Indented first line of a paragraph.\nNext line.\n\n');
  });

  it('shows failed inputs and separates documents', () => {
    const failed = { schemaVersion: '1.0.0', source: 'gone.txt', error: { code: 'NOT_FOUND', message: 'gone.txt: no such file' } };
    const out = renderView('highlight', [{ record: seed, input: SEED }, { record: failed }], { width: 50 });
    expect(out).toContain('─'.repeat(50));
    expect(out).toContain('gone.txt: no such file (NOT_FOUND)');
  });
});

describe('hostile and unusual text', () => {
  const nasty = 'Start \u001b]8;;http://evil\u0007link\u001b]8;;\u0007 and \u001b[2J\u001b[H clear, bell\u0007, C1 \u009b31m, bidi \u202egnp.exe\u202c.\nThe \u001b[31mAcme\u001b[0m deal: US$5 million.';
  const r = buildResult(nasty, [
    { kind: 'organization', text: '\u001b[31mAcme\u001b[0m', canonical: 'Acme' },
    { kind: 'money', text: 'US$5 million', value: { amount: 5e6, currency: 'USD' } },
  ], { source: 'x\u001b[2J.txt' });

  it.each([0, 1, 3] as const)('never lets a control character from the input through (level %i)', (level) => {
    const out = renderView('highlight', [{ record: r, input: nasty }], { level, width: 40 });
    expect(strayControls(out)).toEqual([]);
    expect(overWideLines(out, 40)).toEqual([]);
    expect(stripAnsi(out)).toContain('␛[2J␛[H');
  });

  it('colours only with its own codes', () => {
    const out = renderView('highlight', [{ record: r, input: nasty }], { level: 1, width: 200 });
    const codes = new Set(out.match(/\u001b\[[0-9;]*m/g));
    expect([...codes].sort()).toEqual(['\u001b[1m', '\u001b[22m', '\u001b[31m', '\u001b[32m', '\u001b[33m', '\u001b[34m', '\u001b[35m', '\u001b[36m', '\u001b[39m'].filter((c) => codes.has(c)));
    expect(stripAnsi(out)).not.toMatch(/\u001b/);
  });

  it('wraps wide characters and words longer than a line', () => {
    const text = `北大西洋公约组织（北约）秘书长斯托尔滕贝格说，${'长'.repeat(50)}。 https://example.com/${'a'.repeat(120)} end`;
    const cjk = buildResult(text, [{ kind: 'person', text: '斯托尔滕贝格', canonical: '斯托尔滕贝格' }]);
    for (const width of [30, 45, 80]) {
      const out = renderView('highlight', [{ record: cjk, input: text }], { level: 1, width });
      expect(overWideLines(out, width)).toEqual([]);
      expect(stripAnsi(articleOf(out)).replace(/[\n ]/g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});
