import cliProgress from 'cli-progress';
import type { CliIo } from './io.ts';

/**
 * A progress bar that draws through `io.stderr`, as on an 80-column terminal: it never touches
 * stdout, so piped output stays clean. Callers decide whether a bar is worth showing at all.
 */
export function progressBar(
  io: CliIo,
  options: { readonly format: string; readonly fps: number },
): cliProgress.SingleBar {
  const stream = {
    isTTY: true,
    columns: 80,
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
  };
  return new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: options.format,
      hideCursor: true,
      clearOnComplete: true,
      fps: options.fps,
    },
    cliProgress.Presets.shades_classic,
  );
}
