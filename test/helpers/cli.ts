import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.join(__dirname, '..', '..', 'bin', 'extract.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built bin, as a user would, with colour off unless the env says otherwise. */
export function runBin(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; timeout?: number } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR !== undefined) env.FORCE_COLOR = options.env.FORCE_COLOR;
  if (options.env?.NO_COLOR === '') delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env, cwd: options.cwd, timeout: options.timeout, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
