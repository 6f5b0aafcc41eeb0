import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which is
 * then renamed over it, so a reader never sees half a file and a failure leaves the old one.
 *
 * A target that exists and is not a regular file (`-o /dev/stdout`, a FIFO, /dev/null) is
 * written in place: renaming over it would replace a device node, and as root that succeeds.
 */
export class AtomicFile {
  private readonly temp: string | undefined;
  private readonly fd: number;

  constructor(readonly target: string) {
    const existing = statOrUndefined(target);
    if (existing?.isDirectory()) throw errnoError('EISDIR', target);
    if (existing && !existing.isFile()) {
      this.temp = undefined;
      this.fd = fs.openSync(target, 'w');
      return;
    }
    const dir = path.dirname(target);
    makeFolders(dir);
    this.temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    // 'wx' never follows a link or reuses a file someone placed at the temporary name.
    this.fd = fs.openSync(this.temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
  }

  write(chunk: string): void {
    const bytes = Buffer.from(chunk, 'utf8');
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(this.fd, bytes, done, bytes.length - done);
  }

  commit(): void {
    fs.closeSync(this.fd);
    if (this.temp) fs.renameSync(this.temp, this.target);
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    if (this.temp) fs.rmSync(this.temp, { force: true });
  }
}

/**
 * `mkdir -p` that always ends. Node's own recursive mkdir loops forever where a folder exists
 * but refuses children with ENOENT, as /proc/self does; here each missing folder is made once,
 * from the deepest existing one down, and the first failure is thrown.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!statOrUndefined(at)) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (let i = missing.length - 1; i >= 0; i--) fs.mkdirSync(missing[i]);
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code, path: file });
}

/**
 * Keys under which a file is known: its absolute path, and its device and inode when it exists,
 * so that two paths share a key when they are one file, named directly, through a symbolic
 * link, or through a hard link.
 */
export function fileKeys(file: string): string[] {
  const stat = statOrUndefined(file);
  return stat ? [path.resolve(file), `inode:${stat.dev}:${stat.ino}`] : [path.resolve(file)];
}

/** A message for a failed write that names the path: disk full, permission, missing folder. */
export function describeWriteError(err: unknown, target: string): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC':
      return `cannot write ${target}: no space left on device`;
    case 'EDQUOT':
      return `cannot write ${target}: disk quota exceeded`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${target}: permission denied`;
    case 'EROFS':
      return `cannot write ${target}: read-only file system`;
    case 'ENOTDIR':
      return `cannot write ${target}: a parent is not a folder`;
    case 'EISDIR':
      return `cannot write ${target}: is a folder`;
    case 'ENOENT':
      return `cannot write ${target}: no such folder, and it cannot be made there`;
    default:
      return `cannot write ${target}: ${e?.message ?? String(err)}`;
  }
}
