import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from './errors';
import { errorResult, formatContext, type Task, type TaskOptions, type TaskResult } from './task';

interface Job {
  task: Task;
  resolve(result: TaskResult): void;
}

/**
 * A fixed set of worker threads, each running one task at a time. A task never rejects: if a
 * worker dies (a bug, or memory), its task comes back as an INTERNAL error record and a fresh
 * worker takes its place, so one bad file cannot stop the batch.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private closed = false;

  constructor(
    size: number,
    private readonly options: TaskOptions,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: this.options });
    worker.on('message', (result: TaskResult) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      job?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(worker, err));
    worker.on('exit', (code) => {
      if (!this.closed && this.busy.has(worker)) this.replace(worker, new Error(`worker stopped with code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, err: Error): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
    if (this.closed) return;
    this.idle.push(this.spawn());
    const e = new InputError('INTERNAL', `${job?.task.source}: ${err.message}`);
    job?.resolve(errorResult(job.task.index, job.task.source, e, this.options, formatContext(this.options)));
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }
}
