import type { CliIo } from '../io.ts';
import { progressBar } from '../progress-bar.ts';

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
  const bar = progressBar(io, {
    format: `${label} [{bar}] {percentage}% | {value}/{total} MiB`,
    fps: 5,
  });
  const mib = (bytes: number) => Math.round(bytes / 1048576);
  bar.start(mib(totalBytes), 0);
  return {
    update: (bytes) => bar.update(mib(bytes)),
    stop: () => bar.stop(),
  };
}
