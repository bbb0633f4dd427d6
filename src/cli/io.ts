/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Binary output (a PDF); commands that print bytes refuse a terminal. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  /**
   * Text already encoded as UTF-8 (a long JSON document, in pieces of whole characters, each
   * the caller's no more), written as it is; without it, the text goes to `stdout` as a string.
   */
  readonly stdoutUtf8?: (text: Uint8Array) => void;
  readonly readStdin: () => Promise<Buffer>;
  /** Whether stdout is a terminal (colour, progress bars). */
  readonly isTty: boolean;
  /** The terminal's size, when stdout is one: tables fit its width, summaries its height. */
  readonly columns?: number | undefined;
  readonly rows?: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The current time; commands pass it into the engine, which never reads the clock. */
  readonly now: () => Date;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stdoutUtf8: (text) => process.stdout.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTty: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    rows: process.stdout.rows,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.isTty && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '');
}
