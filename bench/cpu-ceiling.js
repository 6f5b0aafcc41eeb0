'use strict';
/**
 * The machine's own ceiling for the bench's speed-up measure: the same CPU-bound JavaScript
 * (arithmetic and small allocations, no I/O) on one worker thread and split over two. On a
 * shared or virtual 2-core host two threads do not reach 2×; the pool's speed-up is best read
 * against this figure. Prints the median of `pairs` paired ratios.
 *
 *   node bench/cpu-ceiling.js [pairs]
 */
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

const STEPS = 2e8;

function spin(steps) {
  let x = 0;
  const kept = [];
  for (let i = 0; i < steps; i++) {
    x = (x * 31 + i) % 1000003;
    if ((i & 1023) === 0) kept.push({ x, s: `n${x}` });
    if (kept.length > 5000) kept.length = 0;
  }
  return x;
}

function timeThreads(threads) {
  return new Promise((resolve) => {
    const start = performance.now();
    let done = 0;
    for (let k = 0; k < threads; k++) {
      new Worker(__filename, { workerData: STEPS / threads }).once('message', () => {
        if (++done === threads) resolve((performance.now() - start) / 1000);
      });
    }
  });
}

if (!isMainThread) {
  parentPort.postMessage(spin(workerData));
} else {
  (async () => {
    const pairs = Number(process.argv[2] ?? 3);
    const ratios = [];
    for (let r = 0; r < pairs; r++) ratios.push((await timeThreads(1)) / (await timeThreads(2)));
    ratios.sort((a, b) => a - b);
    process.stdout.write(String(ratios[Math.floor(ratios.length / 2)]));
  })();
}
