'use strict';
/**
 * The bench's warm speed-up measure, run in a child process of its own so that the bench's own
 * warm code takes no part. It drives the command line's own worker pool (dist/cli/worker-pool)
 * with `threads` workers: first WARM_UP tasks per worker, so that each has compiled the pipeline,
 * then TIMED tasks, each the reading, extracting and JSONL formatting of one article file of DIR.
 * Prints the seconds the timed tasks took.
 *
 *   node bench/warm-parent.js THREADS WARM_UP TIMED DIR
 *
 * The workers get the command line's V8 tuning, as `extract --jobs N` gives its pool.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
require(path.join(DIST, 'cli', 'v8-tuning')).tuneV8ForBatches();
const { WorkerPool } = require(path.join(DIST, 'cli', 'worker-pool'));
const { ALL_KINDS } = require(path.join(DIST, 'types'));

const [threads, warmUp, timed] = process.argv.slice(2, 5).map(Number);
const dir = process.argv[5];
// Sizes are known before the batch, as the command line knows them from its walk of the tree.
const files = fs
  .readdirSync(dir)
  .sort()
  .map((f) => ({ file: path.join(dir, f), size: fs.statSync(path.join(dir, f)).size }));

const pool = new WorkerPool(threads, {
  kinds: ALL_KINDS,
  format: 'jsonl',
  outDir: false,
  context: { total: timed, width: 80, kinds: ALL_KINDS, explain: false, color: 0 },
});
const task = (index) => {
  const { file, size } = files[index % files.length];
  return { index, source: file, file, size };
};
const runTasks = (count) => Promise.all(Array.from({ length: count }, (_, i) => pool.run(task(i))));

(async () => {
  await runTasks(warmUp * threads);
  const start = performance.now();
  await runTasks(timed);
  process.stdout.write(String((performance.now() - start) / 1000));
  await pool.close();
})();
