import cliProgress from 'cli-progress';
import type { CliIo } from '../io.ts';

/** Files from this size on get a progress bar on a terminal. */
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;

export interface Progress {
  update(bytes: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar on stderr while a large file is read, only on a terminal: piped output and
 * tests stay clean. The bar writes through `io.stderr`, so it never touches stdout.
 */
export function fileProgress(io: CliIo, label: string, totalBytes: number | undefined): Progress {
  if (!io.isTty || totalBytes === undefined || totalBytes < PROGRESS_MIN_BYTES) return NO_PROGRESS;
  const stream = {
    isTTY: true,
    columns: 80,
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
  };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} MiB`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const mib = (bytes: number) => Math.round(bytes / 1048576);
  bar.start(mib(totalBytes), 0);
  return {
    update: (bytes) => bar.update(mib(bytes)),
    stop: () => bar.stop(),
  };
}
