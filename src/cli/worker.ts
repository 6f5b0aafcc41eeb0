import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process-input';
import { formatContext, type Task, type TaskOptions } from './task';

/** A worker thread of the batch pool: one task in, one formatted result out, until the pool ends it. */
const options = workerData as TaskOptions;
const ctx = formatContext(options);
parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage(processTask(task, options, ctx));
});
