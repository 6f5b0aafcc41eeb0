import chalk, { type Chalk } from 'chalk';

/**
 * The colour level: --no-color and NO_COLOR switch it off, FORCE_COLOR switches it on (or off
 * with 0/false) even into a pipe, and otherwise only a terminal gets colour.
 */
export function colorLevel(flagAllowsColor: boolean, env: Record<string, string | undefined>, isTTY: boolean | undefined): 0 | 1 | 2 | 3 {
  if (!flagAllowsColor) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return force === '' || force === 'true' || force === '1' ? 1 : 1;
  }
  if (!isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM && /256/.test(env.TERM) ? 2 : 1;
}

export function styleFor(level: 0 | 1 | 2 | 3): Chalk {
  return new chalk.Instance({ level });
}
