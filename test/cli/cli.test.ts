import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBin } from '../helpers/cli';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { schemaErrors } from '../helpers/schema';

const SEED = path.join(FIXTURES_DIR, 'nato-2024-02-16.txt');
const SHORT = 'Acme Corp. paid $5 million on Feb. 15, 2024, up 2% from a year earlier.';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('formats', () => {
  it('prints one JSON document for one input when piped', () => {
    const r = runBin([SEED]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Array.isArray(doc)).toBe(false);
    expect(doc.source).toBe(SEED);
    expect(schemaErrors(doc)).toBe('');
  });

  it('prints a JSON array for several inputs, in input order', () => {
    const second = path.join(tmp, 'second.txt');
    fs.writeFileSync(second, SHORT);
    const r = runBin(['--format', 'json', SEED, second]);
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: string }) => d.source)).toEqual([SEED, second]);
  });

  it('prints one JSON document per line with jsonl', () => {
    const r = runBin(['-f', 'jsonl', SEED, SEED]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(schemaErrors(JSON.parse(line))).toBe('');
  });

  it('prints CSV with a header row and CRLF line ends', () => {
    const r = runBin(['-f', 'csv', '-'], { input: SHORT });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('source,kind,text,start,end,sentence,value,qualifier,rule\r\n')).toBe(true);
  });

  it('prints Markdown with a heading per document', () => {
    const r = runBin(['-f', 'markdown', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`## ${SEED}`);
  });

  it('prints tables when asked, with no escape codes under NO_COLOR', () => {
    const r = runBin(['-f', 'table', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('reference date');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('colours the table under FORCE_COLOR', () => {
    const r = runBin(['-f', 'table', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.stdout).toContain('\u001b[');
  });

  it('colours a piped table with --color always, even under NO_COLOR', () => {
    const r = runBin(['-f', 'table', '--color', 'always', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\u001b[');
  });

  it('never colours JSON, whatever --color says', () => {
    const r = runBin(['-f', 'json', '--color', 'always', SEED]);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('refuses an unknown --color mode with a usage error', () => {
    const r = runBin(['--color', 'sometimes', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sometimes/);
  });
});

describe('inputs and options', () => {
  it('reads standard input when piped with no file', () => {
    const r = runBin([], { input: SHORT });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe('-');
  });

  it('reads standard input from -', () => {
    const r = runBin(['-', '--kinds', 'money'], { input: SHORT });
    expect(JSON.parse(r.stdout).counts).toEqual({ money: expect.any(Number) });
  });

  it('reports only the kinds asked for', () => {
    const r = runBin(['--kinds', 'percent,money', SEED]);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc.counts)).toEqual(['money', 'percent']);
    expect(doc.facts.every((f: { kind: string }) => f.kind === 'money' || f.kind === 'percent')).toBe(true);
  });

  it('uses --reference-date and says so', () => {
    const doc = JSON.parse(runBin(['-r', '2020-01-31', SEED]).stdout);
    expect(doc.referenceDate).toBe('2020-01-31');
    expect(doc.referenceDateSource).toBe('option');
  });

  it('writes to -o, creating missing folders, and prints nothing', () => {
    const out = path.join(tmp, 'deep', 'er', 'facts.json');
    const r = runBin(['-o', out, SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(schemaErrors(JSON.parse(fs.readFileSync(out, 'utf8')))).toBe('');
    expect(fs.readdirSync(path.dirname(out))).toEqual(['facts.json']);
  });

  it('prints the version', () => {
    const r = runBin(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints help with examples', () => {
    const r = runBin(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format');
  });
});

describe('errors', () => {
  const oneLine = (s: string) => {
    expect(s.trimEnd().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\n\s+at /);
  };

  it.each([
    [['--format', 'xml', SEED], /unknown format "xml"/],
    [['--kinds', 'dates,people', SEED], /unknown kind "dates"/],
    [['--reference-date', '2024-02-30', SEED], /invalid reference date/],
    [['--reference-date', 'yesterday', SEED], /invalid reference date/],
    [['--no-such-option', SEED], /unknown option/],
    [['-', '-'], /standard input/],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = runBin(args as string[], { input: SHORT });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    oneLine(r.stderr);
  });

  it('exits 2 for a missing file, names it, and still processes the others', () => {
    const missing = path.join(tmp, 'missing.txt');
    const r = runBin(['-f', 'jsonl', missing, SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(missing);
    oneLine(r.stderr);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[0].error.code).toBe('NOT_FOUND');
    expect(records[1].source).toBe(SEED);
  });

  it('exits 1 for a binary input, with an error record', () => {
    const bin = path.join(tmp, 'image.bin');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    const r = runBin([bin]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('BINARY_INPUT');
    expect(r.stderr).toContain(bin);
    oneLine(r.stderr);
  });

  it('refuses to overwrite an input with -o', () => {
    const input = path.join(tmp, 'keep.txt');
    fs.writeFileSync(input, SHORT);
    const r = runBin(['-o', input, input]);
    expect(r.status).toBe(2);
    expect(fs.readFileSync(input, 'utf8')).toBe(SHORT);
    oneLine(r.stderr);
  });

  it('names the path when -o cannot be written', () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const target = path.join(blocker, 'out.json');
    const r = runBin(['-o', target, SEED]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(target);
    oneLine(r.stderr);
  });
});
