import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/fake-io.ts';
import { doc } from '../../test/support/yaml-model.ts';
import { MAX_SOURCE_BYTES } from '../model/index.ts';

const created: string[] = [];
const tmp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'whorunsit-cli-'));
  created.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })));
});
const ORG = doc('Organization', 'dev', 'type: development');
const BAD = doc('Team', 'web', 'type: development\norganization: devs');

describe('whorunsit validate', () => {
  it('exits 0 and summarizes a valid model', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'org.yaml'), ORG);
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid: 1 organizations');
  });

  it('prints the JSON contract for an invalid model and exits 1', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'a.yaml'), `${ORG}---\n${BAD}`);
    const r = await runCli(['validate', join(dir, 'a.yaml'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      valid: false,
      errors: [
        {
          code: 'unknown-reference',
          file: join(dir, 'a.yaml'),
          line: 14,
          column: 17,
          path: 'spec.organization',
          message: expect.stringContaining('did you mean "dev"?'),
        },
      ],
    });
  });

  it('prints {"valid": true, "errors": []} for a valid model', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'a.yml'), ORG);
    const r = await runCli(['validate', dir, '--json']);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, errors: [] });
  });

  it('reads folders recursively, only *.yaml and *.yml', async () => {
    const dir = await tmp();
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(join(dir, 'teams', 'deep'), { recursive: true }),
    );
    await writeFile(join(dir, 'org.yaml'), ORG);
    await writeFile(
      join(dir, 'teams', 'deep', 'web.yml'),
      doc('Team', 'web', 'type: development\norganization: dev'),
    );
    await writeFile(join(dir, 'teams', 'notes.txt'), 'not yaml: [');
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(0);
  });

  it('reads stdin when the path is -', async () => {
    const r = await runCli(['validate', '-', '--json'], { stdin: BAD });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ file: '-', code: 'unknown-reference' });
  });

  it('prints located problems for people, coloured only on a terminal without NO_COLOR', async () => {
    const plain = await runCli(['validate', '-'], { stdin: BAD, isTty: false });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^-:7:17 {2}unknown-reference {2}expected the name/m);
    expect(plain.stderr).not.toContain('\u001b[');
    const tty = await runCli(['validate', '-'], { stdin: BAD, isTty: true });
    expect(tty.stderr).toContain('\u001b[31munknown-reference');
    const noColor = await runCli(['validate', '-'], {
      stdin: BAD,
      isTty: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stderr).not.toContain('\u001b[');
  });

  it('exits 2 for a missing file, with one line and no stack trace', async () => {
    const r = await runCli(['validate', '/nonexistent/whorunsit.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'whorunsit: error[not-found]: /nonexistent/whorunsit.yaml: no such file or folder\n',
    );
  });

  it('exits 2 for usage errors, each with its code and where to read the usage', async () => {
    expect(await runCli(['validate'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        "whorunsit: error[missing-argument]: missing required argument 'paths'\n(run with --help for usage)\n",
    });
    expect((await runCli(['validate', 'x', '--nope'])).stderr).toBe(
      "whorunsit: error[unknown-option]: unknown option '--nope'\n(run with --help for usage)\n",
    );
    const typo = await runCli(['valdate', 'x']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      "whorunsit: error[unknown-command]: unknown command 'valdate'\n(Did you mean validate?)\n(run with --help for usage)\n",
    );
    expect((await runCli(['validate', 'x', '--format', 'xml'])).stderr).toMatch(
      /^whorunsit: error\[bad-argument\]: option '--format <format>' argument 'xml' is invalid\./,
    );
  });

  it('prints the error as JSON on stderr when JSON was asked for, with the same exit code', async () => {
    for (const json of [['--json'], ['--format', 'json'], ['--format=json']]) {
      const missing = await runCli(['validate', '/nonexistent/whorunsit.yaml', ...json]);
      expect(missing, json.join(' ')).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `${JSON.stringify({
          error: {
            code: 'not-found',
            message: '/nonexistent/whorunsit.yaml: no such file or folder',
            details: null,
          },
        })}\n`,
      });
    }
    const usage = await runCli(['validate', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stderr).error.code).toBe('missing-argument');
    // After `--`, `--json` is an argument, not a flag.
    const text = await runCli(['validate', '--', '--json']);
    expect(text.stderr).toMatch(/^whorunsit: error\[not-found\]: --json: no such file/);
  });

  it('prints help without an error line: on stdout for --help, on stderr for a bare command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('docs/reference/errors.md');
    expect(help.stderr).toBe('');
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: whorunsit');
    expect(bare.stderr).not.toMatch(/^whorunsit: error/m);
  });

  it('reports binary and oversized files as problems, not crashes', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'bin.yaml'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]));
    await writeFile(join(dir, 'big.yaml'), Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61));
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors.map((e: { code: string }) => e.code)).toEqual([
      'input-too-large',
      'not-text',
    ]);
  });
});

describe('whorunsit schema', () => {
  it('prints a JSON Schema that covers every kind and forbids unknown fields', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    const kinds = (
      schema.anyOf as { properties: { kind: { const: string } }; additionalProperties: boolean }[]
    ).map((s) => s.properties.kind.const);
    expect(kinds).toEqual([
      'Organization',
      'Team',
      'Person',
      'Service',
      'ErrorBudgetPolicy',
      'Rotation',
      'CompensationPolicy',
      'TransferPrice',
      'Offering',
      'SalaryBand',
    ]);
    for (const s of schema.anyOf) expect(s.additionalProperties).toBe(false);
  });
});

describe('whorunsit init', () => {
  it('writes a starter model that validates', async () => {
    const dir = join(await tmp(), 'my-org');
    const init = await runCli(['init', dir]);
    expect(init.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'money.yaml',
      'organizations.yaml',
      'people.yaml',
      'policies.yaml',
      'rotations.yaml',
      'salaries.yaml',
      'services.yaml',
      'teams.yaml',
    ]);
    expect((await runCli(['validate', dir])).code).toBe(0);
  });

  it('refuses to overwrite and writes nothing when any file exists', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'teams.yaml'), 'mine');
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(await readdir(dir)).toEqual(['teams.yaml']);
    expect(await readFile(join(dir, 'teams.yaml'), 'utf8')).toBe('mine');
  });
});

describe('every command', () => {
  it('has --help with an example and accepts --json', async () => {
    const { Command } = await import('commander');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const names = [...help.stdout.matchAll(/^ {2}([a-z][a-z-]*)/gm)]
      .map((m) => m[1] as string)
      .filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const r = await runCli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Examples?:\n {2}\$ whorunsit /);
      expect(r.stdout, name).toContain('--json');
    }
    expect(Command).toBeDefined();
  });
});
