import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const model = ['--model', 'examples/acme'];

describe('whorunsit get', () => {
  it('lists services with filters, as a table and as JSON', async () => {
    const r = await runCli([
      'get',
      'services',
      ...model,
      '--tier',
      'high',
      '--run-model',
      'sre-runs-it',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const services = JSON.parse(r.stdout).services as {
      name: string;
      tier: string;
      runModel: string;
    }[];
    expect(services.map((s) => s.name)).toEqual(['payment-gateway-api', 'fraud-scoring']);
    for (const s of services) expect(s).toMatchObject({ tier: 'high', runModel: 'sre-runs-it' });
    const text = await runCli(['get', 'services', ...model, '--team', 'checkout']);
    expect(text.stdout).toMatch(/│ checkout-api +│ checkout +│ you-and-sre-run-it/);
    expect(text.stdout).not.toContain('payment-gateway-api');
  });

  it('shows one by name, takes singular kinds, and says what it does not know', async () => {
    const one = JSON.parse(
      (await runCli(['get', 'person', 'lena-schulz', ...model, '--json'])).stdout,
    );
    expect(one.people).toEqual([
      expect.objectContaining({ name: 'lena-schulz', team: 'checkout' }),
    ]);
    const typo = await runCli(['get', 'services', 'checkout-apj', ...model]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'whorunsit: error[not-found]: no Service "checkout-apj"; did you mean "checkout-api"?\n',
    );
    const kind = await runCli(['get', 'widgets', ...model]);
    expect(kind).toMatchObject({
      code: 2,
      stderr:
        'whorunsit: error[unknown-kind]: expected one of services, teams, rotations, people, found "widgets"\n',
    });
    const filter = await runCli(['get', 'teams', ...model, '--tier', 'high']);
    expect(filter).toMatchObject({
      code: 2,
      stderr: 'whorunsit: error[bad-filter]: --tier does not apply to teams\n',
    });
  });

  it('reads the model in the current folder by default', async () => {
    const r = await runCli(['get', 'rotations', '--json'], { cwd: join(ROOT, 'examples/acme') });
    expect(JSON.parse(r.stdout).rotations).toHaveLength(9);
  });
});

describe('whorunsit describe service', () => {
  it('puts owner, run model and why, on call, budget, cost and findings on one screen', async () => {
    const r = await runCli([
      'describe',
      'service',
      'checkout-api',
      ...model,
      '--at',
      '2026-03-02T03:00:00Z',
      '--format',
      'md',
    ]);
    expect(r.code).toBe(0);
    for (const heading of [
      '# Service checkout-api',
      '## Run model and why',
      '## On call at 2026-03-02T03:00:00Z',
      '## Error budget',
      '## Cost',
      '## Findings',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('| SRE team | sre-core |');
    expect(r.stdout).toContain('20.2 minutes of downtime per 28d window at 99.95 %');
    expect(r.stdout).toContain(
      'Revenue per hour: 20,000.00 EUR; the allowed downtime per window is 6,733.33 EUR',
    );
    const json = JSON.parse(
      (
        await runCli([
          'describe',
          'service',
          'checkout-api',
          ...model,
          '--at',
          '2026-03-02T03:00:00Z',
          '--json',
        ])
      ).stdout,
    );
    expect(json.onCall.people.map((p: { rotation: string }) => p.rotation)).toContain(
      'noc-thin-layer',
    );
    expect(json.cost.revenuePerHour).toEqual({ amount: '20000.00', currency: 'EUR' });
    const screen = await runCli(
      ['describe', 'service', 'checkout-api', ...model, '--at', '2026-03-02T03:00:00Z'],
      { isTty: true, rows: 50 },
    );
    expect(screen.stdout.split('\n').length).toBeLessThanOrEqual(50);
  });

  it('lists the findings about the service, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whorunsit-describe-'));
    const lonely = join(dir, 'lonely.yaml');
    writeFileSync(
      lonely,
      'apiVersion: whorunsit/v1\nkind: Service\nmetadata: { name: lonely }\nspec:\n  owner: booking\n  runModel: sre-runs-it\n  availabilityTarget: 99.9\n',
    );
    const at = ['--at', '2026-03-02'];
    const r = await runCli([
      'describe',
      'service',
      'lonely',
      '--model',
      'examples/startup',
      lonely,
      '--json',
      ...at,
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const codes = (JSON.parse(r.stdout).findings as { code: string }[]).map((f) => f.code);
    expect(codes).toEqual(['sre-run-needs-policy', 'sre-model-needs-sre-team']);
    const clean = await runCli([
      'describe',
      'service',
      'booking-api',
      '--model',
      'examples/startup',
      '--json',
      ...at,
    ]);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);
    const missing = await runCli(['describe', 'service', 'nope', ...model]);
    expect(missing.code).toBe(2);
  });
});

describe('whorunsit check --format sarif and --fail-on', () => {
  it('prints SARIF 2.1.0 with the rule, file, line, column and the § and reference in its help', async () => {
    const r = await runCli(['check', 'examples/acme', '--format', 'sarif']);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    const [result] = run.results;
    expect(result).toMatchObject({
      ruleId: 'sre-role-without-practice',
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/acme/people.yaml' },
            region: { startLine: 947, startColumn: 19 },
          },
        },
      ],
    });
    const rule = run.tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('sre-role-without-practice');
    // No link to a site that does not exist; the help says what the rule is, its section, how
    // to silence it and where its reference is in the package.
    expect(rule.helpUri).toBeUndefined();
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(rule.help.markdown).toContain('**§12.9.4**');
    expect(rule.help.markdown).toContain('`whorunsit/ignore: "sre-role-without-practice"`');
    expect(rule.help.markdown).toContain('`docs/reference/checks.md#sre-role-without-practice`');
    expect(rule.help.text).toContain('§12.9.4');
    expect(readFileSync(join(ROOT, 'docs/reference/checks.md'), 'utf8')).toContain(
      '\n## sre-role-without-practice\n',
    );
  });

  it('links every rule to its entry where the docs are served, with --docs-url or WHORUNSIT_DOCS_URL', async () => {
    const base = 'https://git.example.com/acme/whorunsit/blob/v1/docs';
    const byOption = await runCli([
      'check',
      'examples/startup',
      '--format',
      'sarif',
      '--docs-url',
      base,
    ]);
    const byEnv = await runCli(['check', 'examples/startup', '--format', 'sarif'], {
      env: { WHORUNSIT_DOCS_URL: `${base}/` },
    });
    for (const r of [byOption, byEnv]) {
      expect(r.code, r.stderr).toBe(0);
      const { driver } = JSON.parse(r.stdout).runs[0].tool;
      expect(driver.informationUri).toBe(`${base}/README.md`);
      expect(driver.rules.length).toBeGreaterThan(10);
      for (const rule of driver.rules) {
        expect(rule.helpUri).toBe(`${base}/reference/checks.md#${rule.id}`);
        expect(rule.help.markdown).toContain(`(${base}/reference/checks.md#${rule.id})`);
      }
    }
    const bad = await runCli([
      'check',
      'examples/startup',
      '--format',
      'sarif',
      '--docs-url',
      'docs/',
    ]);
    expect(bad).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^whorunsit: error\[bad-url\]: --docs-url docs\/: expected an http\(s\) URL/,
      ),
    });
  });

  it('fails on warnings with --fail-on warning', async () => {
    expect((await runCli(['check', 'examples/acme'])).code).toBe(0);
    expect((await runCli(['check', 'examples/acme', '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['check', 'examples/acme', '--fail-on', 'info'])).code).toBe(2);
  });
});

describe('whorunsit completion', () => {
  const bin = mkdtempSync(join(tmpdir(), 'whorunsit-completion-'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  writeFileSync(join(bin, 'whorunsit'), `#!/bin/sh\nexec "${process.execPath}" "${MAIN}" "$@"\n`);
  chmodSync(join(bin, 'whorunsit'), 0o755);

  /** Completes the last word of `line` in a real bash with the script loaded. */
  async function bash(words: string[]): Promise<string[]> {
    const script = (await runCli(['completion', 'bash'])).stdout;
    const cmd = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _whorunsit; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const { stdout } = await promisify(execFile)('bash', ['-c', cmd], {
      cwd: join(ROOT, 'examples/acme'),
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    return stdout.split('\n').filter((l) => l !== '');
  }

  it('completes commands, options, choices and names from the model in the current folder (bash)', async () => {
    // Each completion starts the command once: a few through bash, the rest in-process.
    expect(await bash(['whorunsit', 'sch'])).toEqual(['schedule', 'schema']);
    expect(await bash(['whorunsit', 'get', 'services', 'checkout-'])).toEqual([
      'checkout-api',
      'checkout-web',
    ]);
    expect(await bash(['whorunsit', 'schedule', '.', '--rotation', 'sre-'])).toEqual([
      'sre-payments',
    ]);
    const complete = async (...words: string[]) =>
      (await runCli(['__complete', '--', ...words], { cwd: join(ROOT, 'examples/acme') })).stdout;
    expect(await complete('describe', 'service', 'fraud-s')).toBe('fraud-scoring\n');
    expect(await complete('get', 'people', '--team', 'sre-c')).toBe('sre-core\n');
    expect(await complete('plan', '.', '--format', '')).toBe('html\njson\nmd\npdf\ntext\n');
    expect(await complete('get', 'services', '--run-model', 'sre-')).toBe('sre-runs-it\n');
    expect(await complete('oncall', '.', 'checkout-w')).toBe('checkout-web\n');
  }, 300_000);

  /** Runs `script` in a real shell from examples/acme with `whorunsit` on PATH. */
  async function shell(name: 'zsh' | 'fish', script: string): Promise<string[]> {
    const { stdout } = await promisify(execFile)(name, ['-c', script], {
      cwd: join(ROOT, 'examples/acme'),
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    return stdout.split('\n').filter((l) => l !== '');
  }

  it('completes the same words in a real zsh', async () => {
    const script = (await runCli(['completion', 'zsh'])).stdout;
    // Outside an interactive session zsh has no completion widgets: compadd and _files stand in
    // for them and print what the function offers; the rest is the script as a user loads it.
    const zsh = (words: string[]) =>
      shell(
        'zsh',
        `compadd() { [[ $1 == -- ]] && shift; print -l -- "$@"; }\n_files() { print -- '<files>'; }\n${script}\nwords=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _whorunsit`,
      );
    expect(await zsh(['whorunsit', 'get', 'services', 'checkout-'])).toEqual([
      'checkout-api',
      'checkout-web',
    ]);
    // Nothing to offer from the model: zsh falls back to file names.
    expect(await zsh(['whorunsit', 'validate', ''])).toEqual(['<files>']);
  }, 300_000);

  it('completes the same words in a real fish', async () => {
    const script = (await runCli(['completion', 'fish'])).stdout;
    // Each completion starts whorunsit once, slow on a loaded machine: two lines per shell.
    // `complete -C` asks fish's own completion machinery what it would offer for a command line.
    const fish = async (line: string) =>
      (await shell('fish', `${script}\ncomplete -C '${line}'`)).map((l) => l.split('\t')[0]);
    expect(await fish('whorunsit sch')).toEqual(['schedule', 'schema']);
    expect(await fish('whorunsit get people --team sre-c')).toEqual(['sre-core']);
  }, 300_000);

  it('refuses a shell it has no script for', async () => {
    const r = await runCli(['completion', 'powershell']);
    expect(r.code).toBe(2);
  });
});
