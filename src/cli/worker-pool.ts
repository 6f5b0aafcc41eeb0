import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from './errors';
import { errorResult, formatContext, type Task, type TaskOptions, type TaskResult } from './task';

interface Job {
  task: Task;
  resolve(result: TaskResult): void;
}

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it starts the next as
 * soon as it posts a result instead of idling while the main thread answers. With one, a worker
 * idled about a third of the time on short articles.
 */
const TASKS_IN_HAND = 2;

/**
 * A fixed set of worker threads, each running its tasks in the order it got them. A task never
 * rejects: if a worker dies (a bug, or memory), the task it ran comes back as an INTERNAL error
 * record, the tasks it held go back to the queue, and a fresh worker takes its place, so one bad
 * file cannot stop the batch.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly held = new Map<Worker, Job[]>();
  private closed = false;

  constructor(
    size: number,
    private readonly options: TaskOptions,
    /** The worker's script; tests put a stand-in here. */
    private readonly script = path.join(__dirname, 'worker.js'),
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.options });
    this.held.set(worker, []);
    worker.on('message', (result: TaskResult) => {
      this.held.get(worker)?.shift()?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(worker, err));
    worker.on('exit', (code) => {
      if (!this.closed && this.held.get(worker)?.length) this.replace(worker, new Error(`worker stopped with code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, err: Error): void {
    const [job, ...waiting] = this.held.get(worker) ?? [];
    this.held.delete(worker);
    this.workers.splice(this.workers.indexOf(worker), 1);
    void worker.terminate();
    if (this.closed) return;
    this.workers.push(this.spawn());
    // The tasks it held but never started go first to the next worker.
    this.queue.unshift(...waiting);
    if (job) {
      const e = new InputError('INTERNAL', `${job.task.source}: ${err.message}`);
      job.resolve(errorResult(job.task.index, job.task.source, e, this.options, formatContext(this.options)));
    }
    this.dispatch();
  }

  /** Hands queued tasks out, to the worker holding fewest first, so that work spreads evenly. */
  private dispatch(): void {
    for (let hand = 1; hand <= TASKS_IN_HAND; hand++) {
      for (const worker of this.workers) {
        const jobs = this.held.get(worker)!;
        if (jobs.length >= hand || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        jobs.push(job);
        worker.postMessage(job.task);
      }
    }
  }
}
