import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/io.ts';
import { run } from '../src/cli/program.ts';

/** The repository root: the example paths in the plan are relative to it. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the committed example change plan lives, relative to the root. */
export const CHANGE_PLAN_EXAMPLE = 'examples/startup-target/change-plan.md';

/**
 * Renders the example change plan exactly as `whorunsit diff examples/startup --target
 * examples/startup-target` prints it. Throws when the command fails: a broken example must
 * not be written or compared.
 */
export async function renderChangePlanExample(): Promise<string> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => Buffer.alloc(0),
    isTty: false,
    env: {},
    cwd: ROOT,
    now: () => new Date(0),
  };
  const code = await run(['diff', 'examples/startup', '--target', 'examples/startup-target'], io);
  if (code !== 0) throw new Error(`whorunsit diff exited ${code}:\n${err}`);
  return out;
}
