import type { CliIO } from './io';

export interface Progress {
  tick(): void;
  /** Writes a line to stderr without garbling the bar. */
  note(line: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only for a person watching: stderr is a terminal, CI is not set
 * and --quiet was not given. cli-progress is loaded only then.
 */
export function startProgress(io: CliIO, total: number, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY || io.env.CI || total < 2) return { tick: () => undefined, note: (line) => io.stderr.write(line), stop: () => undefined };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: 'extract {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { rate: '0' });
  let done = 0;
  return {
    tick: () => {
      done++;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    // Clears the bar's line first; the next tick draws it again below the note.
    note: (line) => io.stderr.write(`\r\u001b[2K${line}`),
    stop: () => bar.stop(),
  };
}
