'use strict';
/**
 * A worker thread of the bench's warm speed-up measure: it warms up on its share of articles,
 * says so, then on "go" extracts its share once more (formatted as the CLI's JSONL would be)
 * and reports back. See bench/warm-parent.js.
 */
const { parentPort, workerData } = require('node:worker_threads');
const { extract } = require(workerData.dist);

const run = (articles) => {
  for (const text of articles) JSON.stringify(extract(text, {}));
};
run(workerData.warmUp);
parentPort.postMessage('ready');
parentPort.once('message', () => {
  run(workerData.timed);
  parentPort.postMessage('done');
});
