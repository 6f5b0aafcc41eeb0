'use strict';
/**
 * The bench's warm speed-up measure, run in a child process of its own so that the bench's own
 * warm code takes no part: `threads` worker threads (bench/warm-worker.js) each warm up on
 * `warmUp` articles, then extract `timed` articles between them. Prints the seconds that took.
 *
 *   node bench/warm-parent.js THREADS WARM_UP TIMED < articles.json
 *
 * The workers get the CLI's V8 tuning, as `extract --jobs N` gives its pool.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Worker } = require('node:worker_threads');

require(path.join(__dirname, '..', 'dist', 'cli', 'v8-tuning')).tuneV8ForBatches();

const [threads, warmUp, timed] = process.argv.slice(2).map(Number);
const articles = JSON.parse(fs.readFileSync(0, 'utf8'));

/** Thread k's `count` articles from position `from`, dealt round-robin so that every thread gets a like mix. */
const share = (from, count, k) => Array.from({ length: count }, (_, i) => articles[(from + k + i * threads) % articles.length]);

const workers = Array.from(
  { length: threads },
  (_, k) =>
    new Worker(path.join(__dirname, 'warm-worker.js'), {
      workerData: { dist: path.join(__dirname, '..', 'dist'), warmUp: share(0, warmUp, k), timed: share(warmUp * threads, timed / threads, k) },
    }),
);
const all = (message) => Promise.all(workers.map((w) => new Promise((ok) => w.once('message', (m) => m === message && ok()))));

all('ready').then(async () => {
  const start = performance.now();
  const done = all('done');
  for (const w of workers) w.postMessage('go');
  await done;
  process.stdout.write(String((performance.now() - start) / 1000));
  process.exit(0);
});
