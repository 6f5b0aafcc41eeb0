import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBin } from '../helpers/cli';
import { FIXTURES_DIR } from '../helpers/fixtures';

const SEED = fs.readFileSync(path.join(FIXTURES_DIR, 'nato-2024-02-16.txt'), 'utf8');
const STORY = (i: number) => `Acme Corp. paid $${i} million on Feb. 15, 2024, up ${i}% from a year earlier, said Jane Doe in Paris.\n`;

let tmp: string;
let news: string;

/**
 * news/
 *   a/ one.txt two.txt notes.md deep/three.txt deep/loop -> ..   (a loop)
 *   b/ bin.txt (NUL bytes)  broken.txt -> missing (a broken link)  leak.txt -> ../../outside/secret.txt
 *   drafts/ draft.txt       (excluded in some tests)
 *   z.txt
 */
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-batch-'));
  news = path.join(tmp, 'news');
  const put = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), content);
  };
  put('news/a/one.txt', STORY(1));
  put('news/a/two.txt', STORY(2));
  put('news/a/notes.md', STORY(3));
  put('news/a/deep/three.txt', SEED);
  put('news/b/bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1]));
  put('news/drafts/draft.txt', STORY(4));
  put('news/z.txt', STORY(5));
  put('outside/secret.txt', 'The secret cost $1 billion.');
  fs.symlinkSync('..', path.join(news, 'a/deep/loop'));
  fs.symlinkSync('missing.txt', path.join(news, 'b/broken.txt'));
  fs.symlinkSync('../../outside/secret.txt', path.join(news, 'b/leak.txt'));
  fs.symlinkSync('../../outside', path.join(news, 'b/outlink'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const jsonl = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { source: string; error?: { code: string } });
const sources = (stdout: string) => jsonl(stdout).map((r) => r.source);

describe('folders', () => {
  it('walks recursively in sorted order, takes *.txt, reports bad files as records, and exits 1', () => {
    const r = runBin(['news', '-f', 'jsonl'], { cwd: tmp });
    expect(r.status).toBe(1);
    const records = jsonl(r.stdout);
    expect(records.map((x) => x.source)).toEqual([
      'news/a/deep/three.txt',
      'news/a/one.txt',
      'news/a/two.txt',
      'news/b/bin.txt',
      'news/b/broken.txt',
      'news/drafts/draft.txt',
      'news/z.txt',
    ]);
    expect(records[3].error?.code).toBe('BINARY_INPUT');
    expect(records[4].error?.code).toBe('BROKEN_LINK');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('news/b/bin.txt'), expect.stringContaining('news/b/broken.txt')]);
  });

  it('never follows a link out of the tree', () => {
    const r = runBin(['news', '-f', 'jsonl'], { cwd: tmp });
    expect(r.stdout).not.toContain('secret');
    expect(r.stdout).not.toContain('leak.txt');
  });

  it('takes the extensions given by --ext', () => {
    const r = runBin(['news/a', '--ext', 'txt,md', '-f', 'jsonl'], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(sources(r.stdout)).toEqual(['news/a/deep/three.txt', 'news/a/notes.md', 'news/a/one.txt', 'news/a/two.txt']);
  });

  it('reports a folder with no file to read as NO_MATCH, exits 2, and processes the rest', () => {
    fs.mkdirSync(path.join(tmp, 'empty'), { recursive: true });
    const r = runBin(['empty', 'news/z.txt', '-f', 'jsonl'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(jsonl(r.stdout).map((x) => [x.source, x.error?.code])).toEqual([['empty', 'NO_MATCH'], ['news/z.txt', undefined]]);
    expect(r.stderr).toContain('empty: no .txt file in this folder');
    const excluded = runBin(['news/a', '--exclude', '*.txt', '-f', 'jsonl'], { cwd: tmp });
    expect(excluded.stderr).toContain('news/a: no .txt file in this folder that --exclude leaves');
  });

  it('skips what --exclude matches, by folder name or by path', () => {
    const byName = runBin(['news', '--exclude', 'drafts', '--exclude', 'b', '-f', 'jsonl'], { cwd: tmp });
    expect(byName.status).toBe(0);
    expect(sources(byName.stdout)).toEqual(['news/a/deep/three.txt', 'news/a/one.txt', 'news/a/two.txt', 'news/z.txt']);
    const byPath = runBin(['news', '--exclude', 'news/a/**', '--exclude', 'news/b/**', '-f', 'jsonl'], { cwd: tmp });
    expect(sources(byPath.stdout)).toEqual(['news/drafts/draft.txt', 'news/z.txt']);
  });

  it('prints N records for N inputs in every format', () => {
    const json = runBin(['news', '-f', 'json'], { cwd: tmp });
    expect(JSON.parse(json.stdout)).toHaveLength(7);
    const csv = runBin(['news', '-f', 'csv', '--exclude', 'b'], { cwd: tmp });
    expect(csv.status).toBe(0);
  });
});

describe('globs and lists', () => {
  it('expands a quoted glob itself, in sorted order', () => {
    const r = runBin(['news/**/*.txt', '--exclude', 'b', '-f', 'jsonl'], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(sources(r.stdout)).toEqual(['news/a/deep/three.txt', 'news/a/one.txt', 'news/a/two.txt', 'news/drafts/draft.txt', 'news/z.txt']);
    const shallow = runBin(['news/a/*.txt', '-f', 'jsonl'], { cwd: tmp });
    expect(sources(shallow.stdout)).toEqual(['news/a/one.txt', 'news/a/two.txt']);
  });

  it('exits 2 for a glob that matches nothing, with a record for it, and processes the rest', () => {
    const r = runBin(['news/**/*.pdf', 'news/z.txt', '-f', 'jsonl'], { cwd: tmp });
    expect(r.status).toBe(2);
    const records = jsonl(r.stdout);
    expect(records.map((x) => x.error?.code)).toEqual(['NO_MATCH', undefined]);
    expect(r.stderr).toContain('news/**/*.pdf');
  });

  it('reads paths from --files-from, a file or standard input', () => {
    const list = path.join(tmp, 'list.txt');
    fs.writeFileSync(list, 'news/z.txt\r\n\nnews/a/one.txt\n');
    expect(sources(runBin(['--files-from', list, '-f', 'jsonl'], { cwd: tmp }).stdout)).toEqual(['news/z.txt', 'news/a/one.txt']);
    const piped = runBin(['--files-from', '-', '-f', 'jsonl'], { cwd: tmp, input: 'news/a/two.txt\nnews/missing.txt\n' });
    expect(piped.status).toBe(2);
    expect(sources(piped.stdout)).toEqual(['news/a/two.txt', 'news/missing.txt']);
  });

  it('refuses to read standard input twice', () => {
    const r = runBin(['-', '--files-from', '-'], { cwd: tmp, input: 'x' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/standard input/);
  });
});

describe('parallel runs', () => {
  let many: string;
  beforeAll(() => {
    // Enough bytes that the pool starts (small batches run on the main thread).
    many = path.join(tmp, 'many');
    for (let i = 0; i < 60; i++) {
      const dir = path.join(many, `d${i % 4}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `s${String(i).padStart(2, '0')}.txt`), i % 35 === 0 ? SEED.repeat(20) : STORY(i).repeat(3));
    }
    fs.writeFileSync(path.join(many, 'd1', 'bad.txt'), Buffer.from([0, 0, 0, 1]));
  });

  it('gives identical bytes with --jobs 1 and --jobs 2, in input order', () => {
    for (const format of ['jsonl', 'json']) {
      const one = runBin([many, '--jobs', '1', '-f', format]);
      const two = runBin([many, '--jobs', '2', '-f', format]);
      expect(two.status).toBe(1);
      expect(one.status).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
    const order = sources(runBin([many, '--jobs', '2', '-f', 'jsonl']).stdout);
    expect(order).toHaveLength(61);
    expect(order).toEqual([...order].sort());
  });

  it('rejects a bad --jobs', () => {
    expect(runBin(['--jobs', '0', 'x.txt']).status).toBe(2);
    expect(runBin(['--jobs', 'many', 'x.txt']).status).toBe(2);
  });

  it('partitions the inputs with --shard: every file exactly once, the same way every time', () => {
    const list = (...args: string[]) => sources(runBin([many, '-f', 'jsonl', '--kinds', 'money', '--jobs', '1', ...args]).stdout);
    const all = list();
    for (const n of [1, 2, 3, 7]) {
      const parts: string[][] = [];
      for (let k = 1; k <= n; k++) parts.push(list('--shard', `${k}/${n}`));
      expect(parts.flat().sort()).toEqual([...all].sort());
      for (const part of parts) expect(part).toEqual([...part].sort());
      if (n > 1) expect(Math.min(...parts.map((p) => p.length))).toBeGreaterThan(0);
    }
    expect(list('--shard', '2/3')).toEqual(list('--shard', '2/3'));
  });

  it('prints an empty result for a shard with nothing in it', () => {
    const r = runBin([path.join(news, 'z.txt'), '--shard', '2/2', '-f', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.each([['0/2'], ['3/2'], ['1-2'], ['a/b']])('rejects --shard %s', (spec) => {
    const r = runBin([many, '--shard', spec]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid shard/);
  });
});

describe('--out-dir', () => {
  it('writes one JSON file per input, mirroring the tree, and nothing to stdout', () => {
    const out = path.join(tmp, 'out-mirror');
    const r = runBin(['news', '--out-dir', out, '--exclude', 'drafts'], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const written = listFiles(out);
    expect(written).toEqual(['a/deep/three.txt.json', 'a/one.txt.json', 'a/two.txt.json', 'b/bin.txt.json', 'b/broken.txt.json', 'z.txt.json']);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'a/one.txt.json'), 'utf8')).source).toBe('news/a/one.txt');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'b/bin.txt.json'), 'utf8')).error.code).toBe('BINARY_INPUT');
  });

  it('never writes outside the folder, even through a link inside it', () => {
    const out = path.join(tmp, 'out-trap');
    const elsewhere = path.join(tmp, 'elsewhere');
    fs.mkdirSync(out, { recursive: true });
    fs.mkdirSync(elsewhere, { recursive: true });
    fs.symlinkSync(elsewhere, path.join(out, 'a'));
    const r = runBin(['news', '--out-dir', out, '--exclude', 'b', '--exclude', 'drafts'], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(r.stderr).toContain(path.join(out, 'a'));
    expect(listFiles(out)).toEqual(['z.txt.json']);
  });

  it('names a named file after its base name, so "../" cannot escape', () => {
    const out = path.join(tmp, 'out-named');
    const r = runBin(['../z.txt', '--out-dir', out], { cwd: path.join(tmp, 'news', 'a') });
    expect(r.status).toBe(0);
    expect(listFiles(out)).toEqual(['z.txt.json']);
  });

  it('refuses two inputs that would write one file, and other formats', () => {
    const out = path.join(tmp, 'out-clash');
    expect(runBin(['news/z.txt', 'news/a/../z.txt', '--out-dir', out], { cwd: tmp }).status).toBe(2);
    expect(runBin(['news/z.txt', '--out-dir', out, '-f', 'csv'], { cwd: tmp }).status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('summary', () => {
  it('prints files, failures and facts per kind with --summary, after the error lines', () => {
    const r = runBin(['news', '--summary', '-f', 'jsonl', '--kinds', 'date,money'], { cwd: tmp });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^extract: 7 files, 2 failed, [\d.]+ KB in [\d.]+ s \(\d+ KB\/s\)$/);
    expect(lines[3]).toMatch(/^extract: facts: date \d+, money \d+$/);
  });

  it('stays silent with --quiet apart from error lines, and without a terminal', () => {
    expect(runBin(['news', '-q', '-f', 'jsonl'], { cwd: tmp }).stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(runBin(['news/a', '-f', 'jsonl'], { cwd: tmp }).stderr).toBe('');
  });
});

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) visit(path.join(d, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  visit(dir, '');
  return out;
}
