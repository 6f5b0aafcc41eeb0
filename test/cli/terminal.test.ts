import path from 'node:path';
import { runBin } from '../helpers/cli';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { runInTerminal } from '../helpers/terminal-io';
import { ANY_ESCAPE, overWideLines, stripAnsi, strayControls } from '../helpers/views';

const SEED = path.join(FIXTURES_DIR, 'nato-2024-02-16.txt');

describe('in a terminal', () => {
  it.each([80, 60, 120])('prints coloured tables no wider than %i columns by default', async (columns) => {
    const r = await runInTerminal([SEED], { columns });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANY_ESCAPE);
    expect(overWideLines(r.stdout, columns)).toEqual([]);
    expect(stripAnsi(r.stdout)).toContain('reference date');
  });

  it('uses 256 colours where the terminal says it has them, and 16 otherwise', async () => {
    expect((await runInTerminal([SEED], { columns: 80 })).stdout).toMatch(/\u001b\[38;5;\d+m/);
    const basic = await runInTerminal([SEED], { columns: 80, env: { TERM: 'xterm' } });
    expect(basic.stdout).toMatch(ANY_ESCAPE);
    expect(basic.stdout).not.toMatch(/\u001b\[38;5;/);
  });

  it.each([
    ['NO_COLOR=1', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
    ['--color never', ['--color', 'never'], {}],
    ['--color never over FORCE_COLOR=1', ['--color', 'never'], { FORCE_COLOR: '1' }],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
  ] as const)('has no escape at all with %s', async (_name, flags, env) => {
    for (const view of [[], ['--highlight'], ['--explain']]) {
      const r = await runInTerminal([...flags, ...view, SEED], { columns: 80, env });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(ANY_ESCAPE);
      expect(overWideLines(r.stdout, 80)).toEqual([]);
    }
  });

  it('prints the article with --highlight, filtered by --kinds', async () => {
    const r = await runInTerminal(['--highlight', '--kinds', 'person,organization', SEED], { columns: 72 });
    expect(r.code).toBe(0);
    expect(overWideLines(r.stdout, 72)).toEqual([]);
    const plain = stripAnsi(r.stdout);
    expect(plain).toContain('BRUSSELS');
    expect(plain).toContain('People');
    expect(plain).not.toContain('Dates');
  });

  it('treats --highlight as --format highlight and refuses another format with it', async () => {
    expect((await runInTerminal(['--highlight', '-f', 'highlight', SEED], { columns: 80 })).code).toBe(0);
    expect((await runInTerminal(['-f', 'highlight', SEED], { columns: 80 })).stdout).toMatch(ANY_ESCAPE);
    const r = await runInTerminal(['--highlight', '-f', 'json', SEED], { columns: 80 });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('extract: --highlight prints the article and cannot be combined with --format json');
  });

  it('falls back to 80 columns, or $COLUMNS, when the width is unknown', async () => {
    const wide = await runInTerminal(['-f', 'table', SEED], { env: { COLUMNS: '130' } });
    expect(overWideLines(wide.stdout, 130)).toEqual([]);
    const unknown = await runInTerminal(['-f', 'highlight', SEED]);
    expect(overWideLines(unknown.stdout, 80)).toEqual([]);
    expect(Math.max(...unknown.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(60);
  });

  it('neutralizes escapes from the input in every terminal view', async () => {
    const hostile = 'NATO chief \u001b]0;owned\u0007Jens Stoltenberg\u001b[2J said on Feb. 15, 2024 that \u009b31mEurope will spend 380 billion U.S. dollars.\u202e';
    for (const view of [['-f', 'table'], ['--highlight'], ['-f', 'markdown'], ['--explain']]) {
      const r = await runInTerminal([...view, '-'], { columns: 60, stdin: hostile, env: { FORCE_COLOR: '3' } });
      expect(r.code).toBe(0);
      expect(strayControls(r.stdout)).toEqual([]);
      expect(overWideLines(r.stdout, 60)).toEqual([]);
    }
  });
});

describe('in a pipe', () => {
  it('prints JSON with no colour from the real bin', () => {
    const r = runBin([SEED], { env: { NO_COLOR: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANY_ESCAPE);
    expect(JSON.parse(r.stdout).source).toBe(SEED);
  });

  it('prints plain tables and marked highlight when asked, fitted to $COLUMNS', async () => {
    const table = await runInTerminal(['-f', 'table', SEED], { env: { COLUMNS: '60' } });
    expect(table.stdout).not.toMatch(ANY_ESCAPE);
    expect(overWideLines(table.stdout, 60)).toEqual([]);
    const marked = await runInTerminal(['--highlight', SEED], { env: { COLUMNS: '60' } });
    expect(marked.stdout).toContain('Facts are marked [text|kind].');
    expect(overWideLines(marked.stdout, 60)).toEqual([]);
  });

  it('colours the table and the highlight under FORCE_COLOR, within the width', async () => {
    for (const view of [['-f', 'table'], ['--highlight']]) {
      const r = await runInTerminal([...view, SEED], { env: { FORCE_COLOR: '1', COLUMNS: '80' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(ANY_ESCAPE);
      expect(overWideLines(r.stdout, 80)).toEqual([]);
    }
  });

  it('never colours JSON, CSV, JSONL or Markdown, even under FORCE_COLOR', async () => {
    for (const format of ['json', 'jsonl', 'csv', 'markdown']) {
      expect((await runInTerminal(['-f', format, SEED], { env: { FORCE_COLOR: '3' } })).stdout).not.toMatch(ANY_ESCAPE);
    }
  });
});

describe('the real seed article', () => {
  // What the recognizers find grows as they land; these hold for any correct extraction.
  it('shows every fact the JSON has, in the table and the highlight', async () => {
    const doc = JSON.parse((await runInTerminal([SEED])).stdout);
    const table = stripAnsi((await runInTerminal([SEED], { columns: 80 })).stdout).replace(/[│\s]+/g, ' ');
    for (const e of doc.entities) expect(table).toContain(e.canonical.replace(/\s+/g, ' '));
    for (const kind of Object.keys(doc.counts)) if (doc.counts[kind] > 0) expect(table).toMatch(new RegExp(`\\((${doc.counts[kind]}|\\d+ names?, ${doc.counts[kind]} mentions?)\\)`));
    const marked = (await runInTerminal(['--highlight', SEED], { env: { COLUMNS: '1000' } })).stdout;
    for (const f of doc.facts) expect(marked).toContain(f.text.split('\n')[0]);
  });
});

describe('help', () => {
  const help = runBin(['--help']).stdout;

  it('lists the formats and kinds', () => {
    for (const name of ['table', 'json', 'jsonl', 'csv', 'markdown', 'highlight', 'date', 'money', 'percent', 'person', 'organization', 'location']) {
      expect(help).toMatch(new RegExp(`^  ${name}\\s{2,}\\S`, 'm'));
    }
  });

  it('gives 4 to 6 examples, aligned, for a file, stdin, jq, a folder, CSV and highlight', () => {
    const examples = help.slice(help.indexOf('Examples:'), help.indexOf('Batches'));
    const commands = examples.split('\n').filter((l) => l.includes('$ extract') || l.includes('| extract'));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    expect(commands.length).toBeLessThanOrEqual(6);
    for (const c of commands) expect(c).toMatch(/^    \$ /);
    const all = commands.join('\n');
    for (const needle of ['| extract', '| jq', '--format jsonl', '-f csv -o', '--highlight']) expect(all).toContain(needle);
  });

  it('fits in 80 columns', () => {
    expect(overWideLines(help, 80)).toEqual([]);
  });
});
