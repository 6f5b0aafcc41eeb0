import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../src';
import { styleFor } from '../../src/cli/color';
import { formatAll, type FormatContext } from '../../src/format';
import { ALL_KINDS } from '../../src/types';
import { runBin } from '../helpers/cli';
import { brokenInvariants } from '../helpers/invariants';
import { schemaErrors } from '../helpers/schema';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HOSTILE_INPUTS } = require('../../bench/hostile-inputs') as { HOSTILE_INPUTS: Record<string, (size: number) => string> };

/**
 * The hostile battery at 200 KB, so that `npm test` stays fast; `npm run stress` runs it at 1 MB
 * through the CLI. CPU time, not wall time: CI machines are shared. Growth from 50 to 200 KB is
 * what catches quadratic time (16×). The absolute budget (20 s/MB) only catches a blow-up that
 * growth alone might miss: the super-linear cases found so far took minutes, not seconds, while
 * linear cases come close to a tight budget on a shared runner: month names measured 1.6 s on one
 * CI run against an earlier 1.5 s budget, and initials, 1.2 s on a quiet machine, measured 5.0 s
 * (the lesser of two runs) against the 4 s that followed. 10 s (50 s/MB) still fails a case that
 * takes minutes.
 */
const SIZE = 200 * 1024;
const BUDGET_SECONDS = 10;
// Quadratic time grows 16×; below 12× is linear time plus the noise of a loaded machine.
const MAX_GROWTH = 12;

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

beforeAll(() => {
  extract('Warm up: Acme Corp. paid $5 million on May 5, 2024, up 2%, said John Smith in Paris.');
});

describe('hostile single-line inputs finish in linear time, all kinds', () => {
  it.each(Object.keys(HOSTILE_INPUTS))('%s', (name) => {
    const make = HOSTILE_INPUTS[name];
    const small = cpuSeconds(() => extract(make(SIZE >> 2)));
    const text = make(SIZE);
    let result: ReturnType<typeof extract> | undefined;
    const once = cpuSeconds(() => (result = extract(text)));
    expect(brokenInvariants(text, result!)).toEqual([]);
    expect(schemaErrors(result)).toBe('');
    // process.cpuUsage counts V8's collector and compiler threads too: a pause while the other
    // test worker loads the machine once made a linear 0.15 s run look 16× the small one, and a
    // linear 1.8 s run took 4.3 s on a loaded CI runner. A second run decides, since quadratic
    // time is slow both times.
    const suspect = (seconds: number) =>
      seconds >= BUDGET_SECONDS || (seconds > 0.3 && seconds / Math.max(small, 0.05) >= MAX_GROWTH);
    const full = suspect(once) ? Math.min(once, cpuSeconds(() => extract(text))) : once;
    expect(full).toBeLessThan(BUDGET_SECONDS);
    if (full > 0.3) expect(full / Math.max(small, 0.05)).toBeLessThan(MAX_GROWTH);
  });
});

describe('through the CLI', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-hostile-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('processes a file of several hostile lines in one run, with one valid record', () => {
    const text = ['dollar signs', 'nested brackets', '1,1,1', 'dots', 'capital letters', 'a dense news sentence']
      .map((name) => HOSTILE_INPUTS[name](SIZE / 8))
      .join('\n');
    const file = path.join(tmp, 'hostile.txt');
    fs.writeFileSync(file, text);
    const r = runBin(['-f', 'json', file], { timeout: 60_000 });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(schemaErrors(doc)).toBe('');
    expect(brokenInvariants(text, doc)).toEqual([]);
  });
});

describe('the highlight view on hostile text', () => {
  const ctx = (): FormatContext => ({ total: 1, width: 80, style: styleFor(0), kinds: ALL_KINDS, explain: false });
  it.each([
    // push(...lines) overflowed the stack past ~120,000 lines.
    ['a million empty lines', '\n'.repeat(1_000_000) + 'x'],
    // Intl.Segmenter is quadratic on long strings: 200 KB of words took minutes.
    ['200 KB of words', 'word '.repeat(40_000)],
    ['200 KB of spaces', ' '.repeat(200_000) + 'x'],
  ])('%s', (_name, text) => {
    const record = extract(text, { kinds: ['date'] });
    const seconds = cpuSeconds(() => formatAll('highlight', [{ record, input: text }], ctx()));
    expect(seconds).toBeLessThan(BUDGET_SECONDS);
  });
});
