import chalk, { type Chalk } from 'chalk';

export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

type Level = 0 | 1 | 2 | 3;

/**
 * The colour level. `--color never` and `--color always` win over the environment, as the
 * NO_COLOR convention asks of explicit flags. In `auto`, NO_COLOR switches colour off,
 * FORCE_COLOR switches it on (or off with 0/false) even into a pipe, and otherwise only a
 * terminal gets colour.
 */
export function colorLevel(mode: ColorMode, env: Record<string, string | undefined>, isTTY: boolean | undefined): Level {
  if (mode === 'never') return 0;
  if (mode === 'always') return Math.max(1, forcedLevel(env.FORCE_COLOR) ?? 0, terminalLevel(env)) as Level;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  return isTTY ? terminalLevel(env) : 0;
}

function forcedLevel(force: string | undefined): Level | undefined {
  if (force === undefined) return undefined;
  if (force === '0' || force === 'false') return 0;
  return force === '2' || force === '3' ? (Number(force) as 2 | 3) : 1;
}

function terminalLevel(env: Record<string, string | undefined>): Level {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM && /256/.test(env.TERM) ? 2 : 1;
}

export function styleFor(level: 0 | 1 | 2 | 3): Chalk {
  return new chalk.Instance({ level });
}
