import type { CliIO } from './io';

/** Narrower than this, a five-column table cannot fit even with two columns per cell. */
export const MIN_WIDTH = 30;
export const DEFAULT_WIDTH = 80;

/** The width views are fitted to: the terminal's, else $COLUMNS (as `ls` does), else 80. */
export function terminalWidth(io: Pick<CliIO, 'stdout' | 'env'>): number {
  const fromEnv = Number(io.env.COLUMNS);
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, columns);
}
