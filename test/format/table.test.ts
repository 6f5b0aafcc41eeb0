import fs from 'node:fs';
import path from 'node:path';
import { buildResult } from '../helpers/built-result';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { SEED_SPECS } from '../helpers/seed-specs';
import { ANY_ESCAPE, overWideLines, renderView, stripAnsi, strayControls } from '../helpers/views';

const SEED = fs.readFileSync(path.join(FIXTURES_DIR, 'nato-2024-02-16.txt'), 'utf8');
const seed = buildResult(SEED, SEED_SPECS, { source: 'fixtures/nato-2024-02-16.txt' });

describe.each([80, 60, 120, 40])('the table view at %i columns', (width) => {
  it.each([0, 1, 2, 3] as const)('has no line wider than the width at colour level %i', (level) => {
    const out = renderView('table', [{ record: seed, input: SEED }], { width, level });
    expect(overWideLines(out, width)).toEqual([]);
  });

  it('stays within the width with the rule column', () => {
    const out = renderView('table', [{ record: seed, input: SEED }], { width, level: 1, explain: true });
    expect(overWideLines(out, width)).toEqual([]);
    expect(stripAnsi(out)).toContain('Rule');
  });
});

describe('what the table view shows', () => {
  const plain = renderView('table', [{ record: seed, input: SEED }], { width: 80 });

  it('starts with the file, the reference date and its source, and counts per kind', () => {
    const [title, ...rest] = plain.split('\n');
    expect(title).toContain('fixtures/nato-2024-02-16.txt');
    expect(plain).toMatch(/reference date 2024-02-16 \(from the article's header\)/);
    expect(rest.slice(0, 3).join(' ')).toMatch(/Dates 7 · Money 5 · Percentages 1 · People 6/);
  });

  it('has one titled table per kind present', () => {
    for (const title of ['Dates (7)', 'Money (5)', 'Percentages (1)', 'People (4 names, 6 mentions)', 'Organizations (2 names, 4 mentions)', 'Places (7 names, 7 mentions)']) {
      expect(plain).toContain(title);
    }
  });

  it('shows values in human form with line:column', () => {
    expect(plain).toMatch(/│ 380 billion U\.S\. dollars\s+│ US\$380 billion\s+│ 13:64\s+│/);
    expect(plain).toMatch(/│ 2 percent\s+│ 2%\s+│ 11:88\s+│/);
    expect(plain).toMatch(/│ Thursday\s+│ Thu 15 Feb 2024\s+│ 5:317\s+│/);
    expect(plain).toMatch(/│ the past few months\s+│ some months\s+│/);
  });

  it('groups entity mentions under the canonical name, with aliases and counts, most mentioned first', () => {
    expect(plain).toMatch(/│ Jens Stoltenberg\s+│ Stoltenberg\s+│\s+3 │ 9:147\s+│/);
    expect(plain).toMatch(/│ North Atlantic Treaty Organization\s+│ NATO\s+│\s+3 │/);
    const people = plain.slice(plain.indexOf('People ('));
    expect(people.indexOf('Jens Stoltenberg')).toBeLessThan(people.indexOf('Zhao Dingzhe'));
  });

  it('omits tables for kinds not asked for, and says so when nothing was found', () => {
    const only = renderView('table', [{ record: seed, input: SEED }], { kinds: ['money'] });
    expect(only).toContain('Money (5)');
    expect(only).not.toContain('People');
    const empty = buildResult('Nothing here.', []);
    expect(renderView('table', [{ record: empty, input: 'Nothing here.' }])).toContain('No facts found.');
  });

  it('shows the rule ids with --explain', () => {
    const out = renderView('table', [{ record: seed, input: SEED }], { explain: true, width: 120 });
    expect(out).toContain('money/test');
    expect(out).toContain('Rules');
  });

  it('shows offsets when the input text is not at hand', () => {
    expect(renderView('table', [{ record: seed }])).toMatch(/│ 2 percent\s+│ 2%\s+│ \d+\s+│/);
  });

  it('separates documents and shows failed inputs as one line', () => {
    const failed = { schemaVersion: '1.0.0', source: 'gone.txt', error: { code: 'NOT_FOUND', message: 'gone.txt: no such file' } };
    const out = renderView('table', [{ record: seed, input: SEED }, { record: failed }], { width: 60 });
    expect(out).toContain('─'.repeat(60));
    expect(out).toContain('gone.txt: no such file (NOT_FOUND)');
  });
});

describe('colour', () => {
  it('has no escape at level 0 and colours headers per kind when forced', () => {
    const plain = renderView('table', [{ record: seed, input: SEED }], { level: 0 });
    expect(plain).not.toMatch(ANY_ESCAPE);
    const coloured = renderView('table', [{ record: seed, input: SEED }], { level: 2 });
    expect(coloured).toContain('\u001b[38;5;164m\u001b[1mPeople (4 names');
    expect(coloured).toContain('\u001b[38;5;28m\u001b[1mMoney (5)');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('uses the plain 16 colours at level 1', () => {
    const coloured = renderView('table', [{ record: seed, input: SEED }], { level: 1 });
    expect(coloured).toContain('\u001b[35m\u001b[1mPeople (4 names');
  });
});

describe('hostile and unusual text', () => {
  const nasty = 'Mr \u001b]0;pwned\u0007Evil\u001b[2J Corp\u0085 paid \u202eUS$1\u009b31m in full.';
  const result = buildResult(nasty, [
    { kind: 'organization', text: 'Evil\u001b[2J Corp\u0085', canonical: 'Evil\u001b[2J Corp\u0085' },
    { kind: 'money', text: '\u202eUS$1\u009b31m', value: { amount: 1, currency: 'USD' } },
  ], { source: 'evil\u001b[31m.txt' });

  it.each([0, 1, 3] as const)('never lets a control character from the input through (level %i)', (level) => {
    const out = renderView('table', [{ record: result, input: nasty }], { level, width: 60 });
    expect(strayControls(out)).toEqual([]);
    expect(stripAnsi(out)).toContain('Evil␛[2J Corp');
    expect(overWideLines(out, 60)).toEqual([]);
  });

  it('counts wide characters as two columns and wraps words longer than a cell', () => {
    const text = `记者赵丁喆报道，北大西洋公约组织秘书长延斯·斯托尔滕贝格表示 ${'x'.repeat(150)} 👍🏽 done`;
    const r = buildResult(text, [
      { kind: 'person', text: '赵丁喆', canonical: '赵丁喆' },
      { kind: 'organization', text: '北大西洋公约组织秘书长延斯·斯托尔滕贝格表示', canonical: '北大西洋公约组织秘书长延斯·斯托尔滕贝格表示' },
      { kind: 'organization', text: 'x'.repeat(150), canonical: 'x'.repeat(150) },
    ]);
    for (const width of [30, 41, 80]) {
      const out = renderView('table', [{ record: r, input: text }], { width, level: 1, explain: true });
      expect(overWideLines(out, width)).toEqual([]);
      expect(stripAnsi(out).replace(/[│\s]/g, '')).toContain('x'.repeat(20));
    }
  });
});
