import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkerPool } from '../../src/cli/worker-pool';
import type { Task, TaskOptions, TaskResult } from '../../src/cli/task';

const OPTIONS: TaskOptions = {
  kinds: ['date'],
  format: 'jsonl',
  outDir: false,
  context: { total: 2, width: 80, kinds: ['date'], explain: false, color: 0 },
};

let tmp: string;
let script: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-pool-'));
  script = path.join(tmp, 'stand-in-worker.js');
  // Echoes each task's source, slowly enough that tasks queue in hand; dies on a task named "crash".
  fs.writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (task) => {
  const until = Date.now() + 20;
  while (Date.now() < until);
  if (task.source === 'crash') process.exit(3);
  parentPort.postMessage({ index: task.index, formatted: task.source + ' by ' + require('node:worker_threads').threadId, bytes: 0 });
});
`,
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const tasks = (sources: string[]): Task[] => sources.map((source, index) => ({ index, source, size: 0 }));

async function runAll(size: number, sources: string[]): Promise<TaskResult[]> {
  const pool = new WorkerPool(size, OPTIONS, script);
  try {
    return await Promise.all(tasks(sources).map((t) => pool.run(t)));
  } finally {
    await pool.close();
  }
}

describe('the worker pool', () => {
  it('answers every task with its own result', async () => {
    const sources = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const results = await runAll(2, sources);
    expect(results.map((r) => [r.index, r.formatted?.split(' ')[0]])).toEqual(sources.map((s, i) => [i, s]));
  });

  it('spreads tasks over its workers', async () => {
    const results = await runAll(2, Array.from({ length: 12 }, (_, i) => `a${i}`));
    const threads = new Set(results.map((r) => r.formatted?.split(' by ')[1]));
    expect(threads.size).toBe(2);
  });

  it('turns the task a worker died on into an INTERNAL record, and runs the tasks it held on a fresh worker', async () => {
    const results = await runAll(1, ['a', 'crash', 'b', 'c']);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(results[1].failure).toEqual({ code: 'INTERNAL', message: expect.stringMatching(/^crash: worker stopped with code 3/) });
    expect([results[0], results[2], results[3]].map((r) => r.failure)).toEqual([undefined, undefined, undefined]);
    expect(results[2].formatted?.startsWith('b by ')).toBe(true);
    expect(results[3].formatted?.startsWith('c by ')).toBe(true);
  });
});
