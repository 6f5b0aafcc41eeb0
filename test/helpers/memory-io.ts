import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io';

export interface MemoryIO extends CliIO {
  out(): string;
  err(): string;
}

/** An in-memory CliIO for running the CLI in-process: piped stdin, captured stdout and stderr. */
export function memoryIO(options: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): MemoryIO {
  let out = '';
  let err = '';
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as CliIO['stdin'];
  return {
    stdin,
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
