/**
 * Regenerates the committed example outputs (e.g. examples/acme/plan.md) by running the CLI
 * in-process on the example organizations, so the files are exactly what users get.
 *
 *   npm run examples
 *
 * scripts/generate-examples.test.ts fails when a committed file is stale. To commit another
 * generated output, add an entry to GENERATED.
 */
import { rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/io.ts';
import { run } from '../src/cli/program.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The acme plan's business case measures revenue protected from the example's incidents against
 * a baseline of 30 minutes of downtime per service and month, and its error budget status comes
 * from the example's SLI samples (January to June 2025), as of the end of those samples.
 */
const ACME_VALUE = [
  '--incidents',
  'examples/acme/data/incidents.csv',
  '--baseline-downtime',
  '30',
  '--sli',
  'examples/acme/data/sli.csv',
  '--at',
  '2025-07-01T00:00:00Z',
] as const;

/** Each generated file, relative to the repository root, and the CLI arguments that make it. */
export const GENERATED: readonly { readonly output: string; readonly argv: readonly string[] }[] = [
  { output: 'examples/acme/plan.md', argv: ['plan', 'examples/acme', ...ACME_VALUE] },
  {
    output: 'examples/acme/plan.html',
    argv: ['plan', 'examples/acme', ...ACME_VALUE, '--format', 'html'],
  },
  {
    output: 'examples/startup-target/scenarios.md',
    argv: ['compare', 'examples/startup', 'examples/startup-target'],
  },
];

/** Runs the CLI from the repository root and returns what it printed; throws if it failed. */
export async function generate(argv: readonly string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => Buffer.alloc(0),
    isTty: false,
    env: {},
    cwd: ROOT,
    // The outputs do not depend on the time; a fixed one keeps them reproducible if one ever does.
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const code = await run(argv, io);
  if (code !== 0) throw new Error(`whorunsit ${argv.join(' ')} exited ${code}:\n${stderr}`);
  return stdout;
}

async function main(): Promise<void> {
  for (const { output, argv } of GENERATED) {
    const path = join(ROOT, output);
    const content = await generate(argv);
    // Write beside, then rename: a failed run never leaves a half-written file.
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
    process.stdout.write(`wrote ${output}\n`);
  }
}

if (import.meta.main) await main();
