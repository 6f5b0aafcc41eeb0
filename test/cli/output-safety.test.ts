import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { AtomicFile } from '../../src/cli/output';
import { BIN, runBin } from '../helpers/cli';
import { memoryIO } from '../helpers/memory-io';

const TEXT = 'Acme Corp. paid $5 million on Feb. 15, 2024, up 2% from a year earlier.';
const IS_ROOT = process.getuid?.() === 0;

let tmp: string;
let input: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-out-'));
  input = path.join(tmp, 'story.txt');
  fs.writeFileSync(input, TEXT);
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const oneLine = (s: string) => {
  expect(s.trimEnd().split('\n')).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /);
};

describe('-o refuses to overwrite an input', () => {
  it.each([
    ['the same path written differently', () => path.join(tmp, '.', 'sub', '..', 'story.txt')],
    ['a symbolic link to the input', () => (fs.symlinkSync(input, path.join(tmp, 'link.txt')), path.join(tmp, 'link.txt'))],
    ['a hard link to the input', () => (fs.linkSync(input, path.join(tmp, 'hard.txt')), path.join(tmp, 'hard.txt'))],
  ])('through %s', (_name, target) => {
    const r = runBin(['-o', target(), input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite the input/);
    oneLine(r.stderr);
    expect(fs.readFileSync(input, 'utf8')).toBe(TEXT);
  });

  it('when the input is named relative to the working folder', () => {
    const r = runBin(['-o', 'story.txt', 'story.txt'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(fs.readFileSync(input, 'utf8')).toBe(TEXT);
  });
});

describe('-o fails clearly, naming the path', () => {
  it('when the target is a folder', () => {
    const r = runBin(['-o', tmp, input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${tmp}: is a folder`);
    oneLine(r.stderr);
  });

  it('when a parent is a file, which stops root too', () => {
    const target = path.join(input, 'deeper', 'out.json');
    const r = runBin(['-o', target, input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${target}: a parent is not a folder`);
    oneLine(r.stderr);
  });

  it('when the folder refuses new entries, and does not hang (/proc/self stops root too)', () => {
    const target = '/proc/self/extract-test/out.json';
    const r = runBin(['-o', target, input], { timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${target}:`);
    oneLine(r.stderr);
  });

  (IS_ROOT ? it.skip : it)('when the folder is read-only (skipped as root, where chmod does not stop writes)', () => {
    const dir = path.join(tmp, 'locked');
    fs.mkdirSync(dir, 0o555);
    const target = path.join(dir, 'out.json');
    const r = runBin(['-o', target, input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${target}: permission denied`);
    fs.chmodSync(dir, 0o755);
  });

  it('when the disk fills up mid-write: names the path, keeps the old file, leaves no temporary file', async () => {
    const target = path.join(tmp, 'facts.json');
    fs.writeFileSync(target, 'previous run');
    jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const io = memoryIO();
    const code = await run(['-o', target, input], io);
    jest.restoreAllMocks();
    expect(code).toBe(1);
    expect(io.err()).toContain(`cannot write ${target}: no space left on device`);
    expect(fs.readFileSync(target, 'utf8')).toBe('previous run');
    expect(fs.readdirSync(tmp).sort()).toEqual(['facts.json', 'story.txt']);
  });
});

describe('-o writes atomically', () => {
  it('replaces an existing file whole and leaves no temporary file', () => {
    const target = path.join(tmp, 'facts.json');
    fs.writeFileSync(target, 'previous run');
    const r = runBin(['-o', target, input]);
    expect(r.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).source).toBe(input);
    expect(fs.readdirSync(tmp).sort()).toEqual(['facts.json', 'story.txt']);
  });

  it('does not follow a link planted at its temporary name', () => {
    const target = path.join(tmp, 'facts.json');
    const victim = path.join(tmp, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    fs.symlinkSync(victim, path.join(tmp, `.facts.json.${process.pid}.${(0.5).toString(36).slice(2)}.tmp`));
    expect(() => new AtomicFile(target)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('writes in place to a target that is not a regular file (a FIFO), instead of replacing it', async () => {
    const fifo = path.join(tmp, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, '-o', fifo, input], { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
    const chunks: Buffer[] = [];
    for await (const chunk of fs.createReadStream(fifo)) chunks.push(chunk as Buffer);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).source).toBe(input);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('--out-dir', () => {
  it('creates missing folders, writes one JSON per input, and leaves no temporary file', () => {
    const news = path.join(tmp, 'news', 'world');
    fs.mkdirSync(news, { recursive: true });
    fs.writeFileSync(path.join(news, 'a.txt'), TEXT);
    fs.writeFileSync(path.join(news, 'b.txt'), TEXT);
    const out = path.join(tmp, 'out', 'deeper');
    const r = runBin(['--out-dir', out, path.join(tmp, 'news')]);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(out, 'world')).sort()).toEqual(['a.txt.json', 'b.txt.json']);
  });

  it('never writes through a link inside the folder that leads outside it', () => {
    const out = path.join(tmp, 'out');
    const outside = path.join(tmp, 'outside');
    fs.mkdirSync(out);
    fs.mkdirSync(outside);
    const news = path.join(tmp, 'news');
    fs.mkdirSync(path.join(news, 'world'), { recursive: true });
    fs.writeFileSync(path.join(news, 'world', 'a.txt'), TEXT);
    fs.symlinkSync(outside, path.join(out, 'world'));
    const r = runBin(['--out-dir', out, news]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('outside');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('fails clearly, without hanging, where the folder cannot be made', () => {
    const r = runBin(['--out-dir', '/proc/self/extract-test', input], { timeout: 20_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('/proc/self/extract-test');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an input reached through a folder is protected too', () => {
  it('-o onto a file inside a folder being read is refused', () => {
    const news = path.join(tmp, 'news');
    fs.mkdirSync(news);
    fs.writeFileSync(path.join(news, 'a.txt'), TEXT);
    const r = runBin(['-o', path.join(news, 'a.txt'), news]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite the input/);
    expect(fs.readFileSync(path.join(news, 'a.txt'), 'utf8')).toBe(TEXT);
  });
});
