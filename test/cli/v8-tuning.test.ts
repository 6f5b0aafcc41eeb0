import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBin } from '../helpers/cli';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'nato-2024-02-16.txt');
const MARK = 'v8-flags:';

let tmp: string;
let preload: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-v8-'));
  preload = path.join(tmp, 'record-v8-flags.js');
  // Loaded with --require before the bin: reports every V8 flag the process sets on itself.
  fs.writeFileSync(
    preload,
    `const v8 = require('node:v8');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => { process.stderr.write(${JSON.stringify(MARK)} + flags + '\\n'); return set(flags); };
`,
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const flagsSet = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith(MARK))
    .map((l) => l.slice(MARK.length));

describe('the V8 tuning of the bin', () => {
  it('narrows the inlining budget before extracting, which worker threads inherit', () => {
    const r = runBin([FIXTURE, '-f', 'jsonl', '--jobs', '2'], { env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.status).toBe(0);
    expect(flagsSet(r.stderr)).toEqual(['--max-inlined-bytecode-size-cumulative=300']);
  });

  it('collects garbage every few blocks of a large file, to hold its peak memory down', () => {
    const article = fs.readFileSync(FIXTURE, 'utf8');
    const large = path.join(tmp, 'large.txt');
    fs.writeFileSync(large, `${article}\n\n`.repeat(Math.ceil((1.2 * 2 ** 20) / article.length)));
    const r = runBin([large, '-f', 'jsonl', '-o', path.join(tmp, 'large.jsonl')], { env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.status).toBe(0);
    expect(flagsSet(r.stderr)).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--expose-gc']);
  });

  it('leaves --version alone, which answers before anything loads', () => {
    const r = runBin(['--version'], { env: { NODE_OPTIONS: `--require ${preload}` } });
    expect(r.status).toBe(0);
    expect(flagsSet(r.stderr)).toEqual([]);
  });
});
