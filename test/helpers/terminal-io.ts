import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';

export interface TerminalRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process as if in a terminal of `columns` columns (or a pipe when columns is
 * undefined), with only the environment given: no NO_COLOR or FORCE_COLOR leaks in from CI.
 */
export async function runInTerminal(
  args: string[],
  o: { columns?: number; env?: Record<string, string>; stdin?: string; cwd?: string } = {},
): Promise<TerminalRun> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]), { isTTY: o.stdin === undefined });
  const io: CliIO = {
    stdin,
    stdout: { write: (s: string) => (stdout += s), isTTY: o.columns !== undefined, columns: o.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: o.columns !== undefined },
    env: { TERM: 'xterm-256color', ...o.env },
    cwd: o.cwd ?? process.cwd(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
