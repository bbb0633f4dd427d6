import type { CliIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/program.ts';

export interface FakeRun {
  readonly code: number;
  readonly stdout: string;
  /** What was printed as bytes (a PDF). */
  readonly bytes: Buffer;
  readonly stderr: string;
}

export interface FakeIoOptions {
  stdin?: string | Buffer;
  isTty?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
  cwd?: string;
  now?: Date;
}

/** A CliIo that collects what is printed, in `out` and `err`, instead of writing it. */
export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly bytes: Uint8Array[];
}

/** A CliIo for tests: nothing on stdin, not a terminal, no environment, a fixed clock. */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  return {
    out,
    err,
    bytes,
    stdoutBytes: (b) => {
      bytes.push(b);
    },
    stdout: (t) => {
      out.push(t);
    },
    stdoutUtf8: (t) => {
      out.push(Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8'));
    },
    stderr: (t) => {
      err.push(t);
    },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    isTty: options.isTty ?? false,
    columns: options.columns,
    rows: options.rows,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-01-15T12:00:00Z'),
  };
}

/** Runs the CLI in-process with collected output. */
export async function runCli(
  argv: readonly string[],
  options: FakeIoOptions = {},
): Promise<FakeRun> {
  const io = fakeIo(options);
  const code = await run(argv, io);
  return {
    code,
    stdout: io.out.join(''),
    stderr: io.err.join(''),
    bytes: Buffer.concat(io.bytes),
  };
}
