import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIo, runCli } from '../../test/support/fake-io.ts';
import { buildProgram } from './program.ts';

/** Every command that runs (a leaf of the tree), by its path: `token create`, `plan`. */
function leaves(command: Command, path: string[] = []): { path: string; command: Command }[] {
  const visible = command.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
  if (visible.length === 0) return [{ path: path.join(' '), command }];
  return visible.flatMap((c) => leaves(c, [...path, c.name()]));
}

const program = await buildProgram({ io: fakeIo(), exit: () => {} });
const commands = leaves(program);

/**
 * The same thing has the same option everywhere: these are the names for them (with their value
 * placeholder), and the names people might reach for instead, which no command may use.
 */
const SHARED: Readonly<Record<string, string>> = {
  '--format': '--format <format>',
  '--json': '--json',
  '--at': '--at <time>',
  '--from': '--from <time>',
  '--to': '--to <time>',
  '--month': '--month <YYYY-MM>',
  '--data': '--data <dir>',
  '--database-url': '--database-url <url>',
  '--model': '--model <paths...>',
  '--policy': '--policy <name>',
  '--rotation': '--rotation <name>',
  '--person': '--person <name>',
  '--team': '--team <name>',
  '--absences': '--absences <file>',
  '--overrides': '--overrides <file>',
  '--skip-bad-rows': '--skip-bad-rows',
  '--sli': '--sli <file>',
  '--incidents': '--incidents <file>',
};
const SYNONYMS = [
  '--as-of',
  '--asof',
  '--time',
  '--date',
  '--when',
  '--now',
  '--since',
  '--start',
  '--end',
  '--period-start',
  '--output',
  '--out',
  '--format-json',
  '--md',
  '--csv',
  '--html',
  '--data-dir',
  '--db',
  '--database',
  '--db-url',
  '--models',
  '--path',
  '--dir',
];

describe('the command tree', () => {
  it('has the commands the issue asks for', () => {
    const names = commands.map((c) => c.path);
    for (const name of [
      'validate',
      'check',
      'plan',
      'serve',
      'get',
      'describe',
      'completion',
      'init',
    ]) {
      expect(names).toContain(name);
    }
    expect(commands.length).toBeGreaterThan(25);
  });

  it.each(commands.map((c) => [c.path, c.command] as const))(
    '%s: --format (with json among its choices) and --json, and no other name for a shared thing',
    (_path, command) => {
      const format = command.options.find((o) => o.long === '--format');
      expect(format?.flags).toBe('--format <format>');
      expect(format?.argChoices).toContain('json');
      expect(command.options.find((o) => o.long === '--json')?.flags).toBe('--json');
      for (const option of command.options) {
        const long = option.long ?? '';
        expect(SYNONYMS, `${long} names something that has a shared option`).not.toContain(long);
        const shared = SHARED[long];
        if (shared)
          expect(
            option.flags.replace(/ <(\w+)\.\.\.>$/, (m, n) => (long === '--model' ? m : ` <${n}>`)),
          ).toBe(shared);
      }
    },
  );

  it('uses each option name with one value placeholder across all commands', () => {
    const flags = new Map<string, Set<string>>();
    for (const { command } of commands) {
      for (const option of command.options) {
        const long = option.long ?? '';
        const set = flags.get(long) ?? new Set();
        set.add(option.flags.replace(/^-\w, /, '').replace(/\.\.\.>/, '>'));
        flags.set(long, set);
      }
    }
    const mixed = [...flags]
      .filter(([, set]) => set.size > 1)
      .map(([long, set]) => `${long}: ${[...set].join(' | ')}`);
    expect(mixed).toEqual([]);
  });

  it('lists the shared options in every --help with the same flags', async () => {
    for (const { path } of commands) {
      const help = await runCli([...path.split(' '), '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/--format <format>/);
      expect(help.stdout).toMatch(/--json/);
    }
  });
});

describe('every command accepts --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whorunsit-tree-'));
  // push talks to a server: this one stores every upload as revision 7.
  const server = { url: '' };
  const http = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const gate = request.url?.endsWith('/gate');
      response.writeHead(gate ? 200 : 201, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          gate
            ? { service: 'checkout-api', decision: 'allowed', reason: 'within its error budget' }
            : {
                revision: { id: 7, summary: { added: ['Team/web'], changed: [], removed: [] } },
                created: true,
              },
        ),
      );
    });
  });
  beforeAll(async () => {
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    http.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const bad = join(dir, 'bad.yaml');
  writeFileSync(
    bad,
    'apiVersion: whorunsit/v1\nkind: Team\nmetadata: {name: t}\nspec: {type: nope}\n',
  );
  const sli = ['--sli', 'examples/acme/data/sli.csv', '--at', '2025-07-01'];
  const incidents = ['--incidents', 'examples/acme/data/incidents.csv', '--at', '2025-07-01'];
  const week = ['--from', '2026-01-05', '--to', '2026-01-12'];
  const data = ['--data', join(dir, 'data')];
  /** How to run each command; a command missing here fails the test until it is added. */
  const RUNS: Readonly<Record<string, readonly string[]>> = {
    validate: ['examples/acme'],
    get: ['services', '--model', 'examples/acme'],
    describe: [
      'service',
      'checkout-api',
      '--model',
      'examples/acme',
      '--at',
      '2026-03-02T03:00:00Z',
    ],
    import: ['examples/acme'],
    check: ['examples/acme'],
    plan: ['examples/acme'],
    schema: [],
    init: [join(dir, 'new-model')],
    careers: ['examples/startup-target'],
    diff: ['examples/startup', '--target', 'examples/startup-target'],
    compare: ['examples/startup', 'examples/startup-target'],
    budgets: ['examples/acme', ...sli],
    alerts: ['examples/acme', ...sli],
    handover: ['examples/acme', ...sli],
    kpis: ['examples/acme', ...incidents],
    value: ['examples/acme', ...incidents],
    staffing: ['examples/acme'],
    'oncall-cost': ['examples/acme', '--month', '2026-03'],
    schedule: ['examples/acme', ...week],
    oncall: ['examples/acme', 'checkout-api', '--at', '2026-03-02T03:00:00Z'],
    hours: ['examples/acme', ...week],
    chargeback: ['examples/acme', '--month', '2026-03'],
    // Servers and uploads answer in JSON before they get far: an invalid model stops both.
    serve: ['--model', bad, ...data],
    push: ['examples/startup', '--server', 'SERVER', '--token', 'none'],
    'token create': ['--role', 'viewer', ...data],
    'token list': [...data],
    'token revoke': ['TOKEN', ...data],
    backup: ['BACKUP', ...data],
    restore: ['BACKUP', '--data', join(dir, 'restored')],
    completion: ['bash'],
    rules: ['examples/acme'],
    gate: ['checkout-api', '--server', 'SERVER', '--token', 'none'],
  };

  it('has a run for every command', () => {
    expect(commands.map((c) => c.path).sort()).toEqual(Object.keys(RUNS).sort());
  });

  it.each(commands.map((c) => [c.path] as const))(
    '%s --format json prints JSON',
    async (path) => {
      let args = [...(RUNS[path] ?? [])];
      if (path === 'token revoke') {
        const created = await runCli(['token', 'create', '--role', 'viewer', ...data, '--json']);
        args = args.map((a) =>
          a === 'TOKEN' ? (JSON.parse(created.stdout) as { id: string }).id : a,
        );
      }
      if (path === 'backup' || path === 'restore') {
        // A data folder to back up (token list opens, and so creates, it), and for restore a backup.
        await runCli(['token', 'list', ...data]);
        const file = join(dir, `${path}.sqlite`);
        if (path === 'restore') await runCli(['backup', file, ...data]);
        args = args.map((a) => (a === 'BACKUP' ? file : a));
      }
      if (path === 'push' || path === 'gate')
        args = args.map((a) => (a === 'SERVER' ? server.url : a));
      const r = await runCli([...path.split(' '), ...args, '--format', 'json']);
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      expect(r.stdout.trim(), `${path}: ${r.stderr}`).not.toBe('');
      expect(
        () => JSON.parse(r.stdout),
        `${path} printed:\n${r.stdout.slice(0, 300)}`,
      ).not.toThrow();
      const alias = await runCli([
        ...path.split(' '),
        ...(path === 'init' ? [join(dir, 'again')] : args),
        '--json',
      ]);
      // Each of these does something once: run again, it makes another token or refuses to
      // overwrite what the first run wrote.
      if (!['token create', 'token revoke', 'init', 'backup', 'restore'].includes(path)) {
        expect(alias.stdout).toBe(r.stdout);
      }
    },
    120_000,
  );
});
