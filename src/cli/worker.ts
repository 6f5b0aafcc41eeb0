import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process-input';
import type { Task, TaskOptions } from './task';

/** A worker thread of the batch pool: one task in, one result out, until the pool ends it. */
const options = workerData as TaskOptions;
parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage(processTask(task, options));
});
