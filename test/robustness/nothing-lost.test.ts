import fs from 'node:fs';
import iconv from 'iconv-lite';
import os from 'node:os';
import path from 'node:path';
import { runBin } from '../helpers/cli';
import { schemaErrors } from '../helpers/schema';

/**
 * N inputs give N records in every format, whether an input succeeds, has no facts, is binary,
 * is in another encoding, or is missing; and the end summary counts the same records.
 */
let tmp: string;
let inputs: string[];
const EXPECTED_ERRORS = 3;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-lost-'));
  const files: Record<string, Buffer> = {
    'news.txt': Buffer.from('Acme Corp. paid $5 million on Feb. 15, 2024, up 2%, said John Smith in Paris.\n'),
    'no-facts.txt': Buffer.from('nothing to see here\n'),
    'empty.txt': Buffer.alloc(0),
    'latin1.txt': iconv.encode('The mayor of Bogotá said on Tuesday that München would pay £10 million.', 'latin1'),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Revenue rose 3% in 2023.', 'utf-16le')]),
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    '=formula.txt': Buffer.from('=HYPERLINK("http://example.invalid","x") on May 5, 2024.\n'),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(tmp, name), bytes);
  fs.mkdirSync(path.join(tmp, 'a-folder'));
  inputs = [...Object.keys(files), 'missing.txt', 'a-folder/nothing-inside.txt'];
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(format: string) {
  return runBin(['-f', format, '--summary', '--kinds', 'date,money,percent', ...inputs], { cwd: tmp });
}

function summaryCounts(stderr: string): { files: number; failed: number } {
  const m = /extract: (\d+) files?, (\d+) failed/.exec(stderr);
  if (!m) throw new Error(`no summary in ${stderr}`);
  return { files: Number(m[1]), failed: Number(m[2]) };
}

describe('N inputs, N records', () => {
  it('json: one record per input, in order, each schema-valid; the summary agrees', () => {
    const r = run('json');
    const docs = JSON.parse(r.stdout) as Array<{ source: string; error?: { code: string } }>;
    expect(docs.map((d) => d.source)).toEqual(inputs);
    for (const d of docs) expect(schemaErrors(d)).toBe('');
    expect(docs.filter((d) => d.error).map((d) => d.error!.code).sort()).toEqual(['BINARY_INPUT', 'NOT_FOUND', 'NOT_FOUND']);
    expect(summaryCounts(r.stderr)).toEqual({ files: inputs.length, failed: EXPECTED_ERRORS });
    expect(r.status).toBe(2);
  });

  it('reports the encoding each input was decoded from', () => {
    const docs = JSON.parse(run('json').stdout) as Array<{ source: string; encoding?: string }>;
    const encoding = Object.fromEntries(docs.map((d) => [d.source, d.encoding]));
    expect(encoding).toMatchObject({ 'news.txt': 'utf-8', 'latin1.txt': 'windows-1252', 'utf16.txt': 'utf-16le' });
  });

  it('jsonl: one line per input', () => {
    const r = run('jsonl');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(inputs);
    expect(summaryCounts(r.stderr).files).toBe(inputs.length);
  });

  it('csv: every input leaves at least one row (facts, "none" or "error"), formulas defused', () => {
    const r = run('csv');
    const rows = r.stdout.trimEnd().split('\r\n').slice(1);
    const sources = new Set(rows.map((row) => row.split(',')[0]));
    expect(sources.size).toBe(inputs.length);
    expect(sources.has("'=formula.txt")).toBe(true);
    expect(rows.some((row) => row.startsWith('no-facts.txt,none,'))).toBe(true);
    expect(rows.filter((row) => row.split(',')[1] === 'error')).toHaveLength(EXPECTED_ERRORS);
    expect(rows.every((row) => !/(^|,)[=+\-@]/.test(row.replace(/"[^"]*"/g, '')))).toBe(true);
    expect(summaryCounts(r.stderr).files).toBe(inputs.length);
  });

  it('markdown: one heading per input', () => {
    const r = run('markdown');
    expect(r.stdout.match(/^## /gm)).toHaveLength(inputs.length);
  });

  it('table: one block per input, errors included', () => {
    const r = run('table');
    for (const input of inputs) expect(r.stdout).toContain(input);
    expect(summaryCounts(r.stderr)).toEqual({ files: inputs.length, failed: EXPECTED_ERRORS });
  });

  it('a folder input: every file in it gives a record, and the summary counts them', () => {
    const r = runBin(['-f', 'jsonl', '--summary', tmp]);
    const lines = r.stdout.trimEnd().split('\n');
    const txtFiles = fs.readdirSync(tmp).filter((f) => f.endsWith('.txt'));
    expect(lines).toHaveLength(txtFiles.length);
    expect(summaryCounts(r.stderr)).toEqual({ files: txtFiles.length, failed: 1 });
  });
});
