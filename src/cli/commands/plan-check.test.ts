import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { runCli } from '../../../test/support/fake-io.ts';
import { yamlOf } from '../../../test/support/yaml-model.ts';

const withError = () => patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 0 });
const withWarning = () => patch(tinyOrg(), 'Organization', 'sre', { positioning: 'cost-center' });

describe('whorunsit check', () => {
  it('exits 0 and says so when nothing is found', async () => {
    const run = await runCli(['check', '-'], { stdin: yamlOf(tinyOrg()) });
    expect(run).toEqual({ code: 0, stdout: 'no findings\n', stderr: '', bytes: Buffer.alloc(0) });
  });

  it('exits 0 on warnings, listing each finding at its file, line and column', async () => {
    const run = await runCli(['check', '-'], { stdin: yamlOf(withWarning()) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^-:\d+:\d+ {2}warning {2}cost-center-positioning {2}sre is positioned as a cost center.* \(§12\.8\.4\)\n1 finding: 0 error\(s\), 1 warning\(s\), 0 info\(s\)\n$/,
    );
  });

  it('exits 1 when any finding is an error', async () => {
    const run = await runCli(['check', '-'], { stdin: yamlOf(withError()) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error    over-headcount-limit');
  });

  it('prints {"checks": [...]} with --json', async () => {
    const run = await runCli(['check', '-', '--json'], { stdin: yamlOf(withError()) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      checks: [
        {
          code: 'over-headcount-limit',
          severity: 'error',
          subject: { kind: 'Organization', name: 'dev' },
          message: expect.any(String),
          section: '§12.4.6',
        },
      ],
    });
  });

  it('honours whorunsit/ignore', async () => {
    const docs = withError().map((d) =>
      d.kind === 'Organization' && d.name === 'dev'
        ? { ...d, annotations: { 'whorunsit/ignore': 'over-headcount-limit' } }
        : d,
    );
    const run = await runCli(['check', '-', '--json'], { stdin: yamlOf(docs) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ checks: [] });
  });

  it('reports an invalid model as problems with exit 1, like validate', async () => {
    const run = await runCli(['check', '-'], { stdin: 'apiVersion: whorunsit/v1\nkind: Nope\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown-kind');
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a missing file', async () => {
    const run = await runCli(['check', 'no/such/place.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('    at ');
  });
});

describe('whorunsit plan', () => {
  it('prints the Markdown plan by default', async () => {
    const run = await runCli(['plan', '-'], { stdin: yamlOf(tinyOrg()) });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Operating model plan: pd\n')).toBe(true);
    expect(run.stdout).toContain('## Recommendation per service');
  });

  it('prints the JSON contract with --format json and with --json', async () => {
    for (const flags of [['--format', 'json'], ['--json']]) {
      const run = await runCli(['plan', '-', ...flags], { stdin: yamlOf(withError()) });
      expect(run.code).toBe(0);
      const plan = JSON.parse(run.stdout);
      expect(Object.keys(plan)).toEqual(
        expect.arrayContaining([
          'services',
          'placements',
          'reportingLines',
          'transitions',
          'checks',
        ]),
      );
      expect(plan.services[0]).toMatchObject({
        name: 'cart',
        runModel: 'you-and-sre-run-it',
        recommendation: {
          runModel: 'you-and-sre-run-it',
          rotation: 'team',
          reasons: expect.any(Array),
        },
      });
      expect(plan.checks[0]).toEqual({
        code: 'over-headcount-limit',
        severity: 'error',
        subject: { kind: 'Organization', name: 'dev' },
        message: expect.any(String),
        section: '§12.4.6',
      });
    }
  });

  it('prints a standalone HTML page with --format html', async () => {
    const run = await runCli(['plan', '-', '--format', 'html'], { stdin: yamlOf(tinyOrg()) });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('refuses an unknown format with exit 2', async () => {
    const run = await runCli(['plan', '-', '--format', 'docx'], { stdin: yamlOf(tinyOrg()) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('docx');
    expect(run.stdout).toBe('');
  });

  it('shows an example in --help', async () => {
    const run = await runCli(['plan', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('whorunsit plan examples/acme');
  });
});
