import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../../test/support/fake-io.ts';
import { buildProgram } from './program.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'whorunsit-lazy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Preloaded into the command: writes the URL of every module it loaded to BENCH_MODULES_LIST. */
const LIST_MODULES = `data:text/javascript,${encodeURIComponent(`
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.MODULES_LIST, loaded.join('\\n')));
`)}`;

/** The project's files and packages a real `whorunsit …` process loads, relative to the repo. */
function modulesLoadedBy(args: readonly string[]): string[] {
  const list = join(scratch, `${args.join('-').replace(/\W/g, '_')}.txt`);
  const child = spawnSync(
    process.execPath,
    ['--import', LIST_MODULES, 'bin/whorunsit.js', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, MODULES_LIST: list },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(child.status, child.stderr).toBe(0);
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => new URL(url).pathname.replace(ROOT, ''));
}

const heavy = (modules: readonly string[], prefixes: readonly string[]) =>
  modules.filter((m) => prefixes.some((p) => m.startsWith(p)));

describe('the commands load only what the command line needs', () => {
  it('lists every command for --help as the whole command tree does', async () => {
    const program = await buildProgram({ io: fakeIo(), exit: () => {} });
    let full = '';
    program.configureOutput({ writeOut: (s) => (full += s) });
    program.outputHelp();
    const lazy = await runCli(['--help']);
    expect(lazy.code).toBe(0);
    expect(lazy.stdout).toBe(full);
    expect(lazy.stdout).toContain('  plan [options] <paths...>');
    expect(lazy.stdout).toContain('  token  ');
  });

  it('loads no command for --help, and only its own for completion and check --help', () => {
    const everyStack = [
      'src/model/',
      'src/engine/',
      'src/report/',
      'src/server/',
      'src/store/',
      'src/cli/commands/',
      'node_modules/',
    ];
    const help = modulesLoadedBy(['--help']);
    expect(
      heavy(
        help,
        everyStack.filter((p) => p !== 'node_modules/'),
      ),
    ).toEqual([]);
    expect(
      heavy(help, ['node_modules/']).every((m) => m.startsWith('node_modules/commander/')),
    ).toBe(true);
    // Printing a completion script reads no model.
    const completion = modulesLoadedBy(['completion', 'bash']);
    expect(heavy(completion, ['src/cli/commands/'])).toEqual(['src/cli/commands/completion.ts']);
    expect(heavy(completion, everyStack.slice(0, 5))).toEqual([]);
    // check needs the model and the checks, not the server, the plan or the PDF printer.
    const check = modulesLoadedBy(['check', '--help']);
    expect(heavy(check, ['src/cli/commands/'])).toEqual(['src/cli/commands/check.ts']);
    expect(
      heavy(check, [
        'src/server/',
        'src/store/',
        'src/engine/plan/',
        'src/cli/pdf/',
        'src/report/plan/',
      ]),
    ).toEqual([]);
  });

  it('still completes commands and the options of the command being completed', async () => {
    const commands = await runCli(['__complete', 'ch']);
    expect(commands.stdout.split('\n')).toEqual(['chargeback', 'check', '']);
    // As the shells' scripts ask: the words after `--`.
    const options = await runCli(['__complete', '--', 'check', 'examples/acme', '--f']);
    expect(options.stdout.split('\n')).toEqual(['--fail-on', '--format', '']);
    const values = await runCli(['__complete', '--', 'check', '.', '--fail-on', '']);
    expect(values.stdout.split('\n')).toEqual(['error', 'warning', '']);
  });

  it('runs `help <command>` with that command loaded', async () => {
    const help = await runCli(['help', 'check']);
    expect(help.stdout).toContain('Usage: whorunsit check [options] <paths...>');
    expect(help.stdout).toContain('--fail-on <severity>');
  });
});
