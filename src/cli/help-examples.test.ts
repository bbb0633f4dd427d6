import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../../test/support/fake-io.ts';
import { buildProgram } from './program.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function all(command: Command): Command[] {
  return [command, ...command.commands.flatMap(all)];
}

/** The `$ whorunsit …` lines of every command's --help. */
async function helpExamples(): Promise<string[]> {
  const program = await buildProgram({ io: fakeIo(), exit: () => {} });
  return all(program).flatMap((command) => {
    let text = '';
    command.configureOutput({ writeOut: (s) => (text += s), getOutHasColors: () => false });
    command.outputHelp();
    return [...text.matchAll(/^ {2}\$ (.*)$/gm)].map((m) => m[1] ?? '');
  });
}

/** The arguments of the whorunsit command an example starts with (pipes and redirects aside). */
function argvOf(example: string): string[] {
  const command = example.split(/\s(?:\||>|&&|\|\||#)\s/)[0] ?? '';
  const words = command.trim().split(/\s+/);
  return words.slice(words.indexOf('whorunsit') + 1);
}

const examples = await helpExamples();

describe('the examples of every --help', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it('name only files that ship in examples/ (or stand for the reader’s own)', () => {
    const missing = examples.flatMap((example) =>
      argvOf(example)
        .filter((word) => word.startsWith('examples/'))
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${path} in: ${example}`),
    );
    expect(missing).toEqual([]);
  });

  // The sample data (SLI, incidents, absences, overrides) is what these examples read: they
  // must run as shown.
  const withData = examples.filter((e) => e.includes('examples/acme/data/'));
  it.each(withData)(
    'runs: %s',
    async (example) => {
      const r = await runCli(argvOf(example), { cwd: ROOT });
      expect(r.stderr).not.toMatch(/error|invalid|problem/i);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    },
    120_000,
  );
});
