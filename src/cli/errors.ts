import { sanitizeForTerminal } from '../format/sanitize';
import { DecodeError } from '../text/decode';

/**
 * Errors are data until the CLI's edge, where `exitCodeFor` and the error record turn them into
 * one line on stderr and an exit code. Nothing below the edge prints.
 */

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * One line for stderr. A message may quote a file name, and a name may hold ESC or BEL; those
 * are shown as visible pictures, never sent to the terminal raw.
 */
export function errorLine(message: string): string {
  return `extract: ${sanitizeForTerminal(message)}\n`;
}

/** A mistake in how the command was called: bad option, bad date, a file that is not there. */
export class UsageError extends Error {}

/** One input could not be processed; the batch goes on without it. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Maps a read or decode failure to a stable code and a message that names the path. */
export function inputErrorFrom(err: unknown, path: string): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof DecodeError) return new InputError(err.code, `${path}: ${err.message}`);
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return new InputError('NOT_FOUND', `${path}: no such file`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('UNREADABLE', `${path}: permission denied`);
    case 'EISDIR':
      return new InputError('IS_DIRECTORY', `${path}: is a folder`);
    default:
      return new InputError(e?.code ?? 'READ_FAILED', `${path}: ${e?.message ?? String(err)}`);
  }
}
