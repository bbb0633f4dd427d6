import type { CliIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/program.ts';

export interface FakeRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with collected output. */
export async function runCli(
  argv: readonly string[],
  options: {
    stdin?: string | Buffer;
    isTty?: boolean;
    env?: Record<string, string>;
    cwd?: string;
    now?: Date;
  } = {},
): Promise<FakeRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    isTty: options.isTty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-01-15T12:00:00Z'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
