import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which is
 * then renamed over it, so a reader never sees half a file and a failure leaves the old one.
 */
export class AtomicFile {
  private readonly temp: string;
  private readonly fd: number;

  constructor(readonly target: string) {
    const dir = path.dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    this.temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    this.fd = fs.openSync(this.temp, 'w', 0o644);
  }

  write(chunk: string): void {
    fs.writeSync(this.fd, chunk);
  }

  commit(): void {
    fs.closeSync(this.fd);
    fs.renameSync(this.temp, this.target);
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(this.temp, { force: true });
  }
}

/** A message for a failed write that names the path: disk full, permission, missing folder. */
export function describeWriteError(err: unknown, target: string): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC':
      return `cannot write ${target}: no space left on device`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${target}: permission denied`;
    case 'EROFS':
      return `cannot write ${target}: read-only file system`;
    case 'ENOTDIR':
      return `cannot write ${target}: a parent is not a folder`;
    case 'EISDIR':
      return `cannot write ${target}: is a folder`;
    default:
      return `cannot write ${target}: ${e?.message ?? String(err)}`;
  }
}
