import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';

const ORG = [
  'apiVersion: whorunsit/v1',
  'kind: Organization',
  'metadata: { name: pd, displayName: Tiny }',
  'spec: { type: product-delivery }',
  '',
].join('\n');

describe('whorunsit plan --format html|pdf', () => {
  it('prints the HTML document', async () => {
    const run = await runCli(['plan', '-', '--format', 'html'], { stdin: ORG });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(run.stdout).toContain('<title>Operating model plan: Tiny</title>');
  });

  it('refuses to print a PDF to a terminal', async () => {
    const run = await runCli(['plan', '-', '--format', 'pdf'], { stdin: ORG, isTty: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--format pdf prints a PDF: redirect it to a file, e.g. > plan.pdf',
    );
    expect(run.bytes.length).toBe(0);
  });

  it('says how to install Chromium when there is none, and prints nothing', async () => {
    const missing = join('/nonexistent', 'no-chromium');
    const run = await runCli(['plan', '-', '--format', 'pdf'], {
      stdin: ORG,
      env: { CHROMIUM_PATH: missing, PATH: '' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--format pdf: no Chromium to print with (CHROMIUM_PATH=${missing} is not an executable file)`,
    );
    expect(run.stderr).toContain('apt-get install chromium');
    expect(run.bytes.length + run.stdout.length).toBe(0);
  });

  it('reports a Chromium that fails to print, and prints nothing', async () => {
    const run = await runCli(['plan', '-', '--format', 'pdf'], {
      stdin: ORG,
      env: { CHROMIUM_PATH: '/bin/false', PATH: '' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format pdf: /bin/false could not print the plan');
    expect(run.bytes.length).toBe(0);
  });
});

describe('whorunsit plan --incidents: revenue protected in the business case (§12.8.5)', () => {
  const value = ['--incidents', 'examples/acme/data/incidents.csv', '--at', '2026-01-01T00:00:00Z'];

  it('sets the revenue SRE protected against its cost, from the same incidents as value', async () => {
    const plan = await runCli([
      'plan',
      'examples/acme',
      ...value,
      '--baseline-downtime',
      '30',
      '--json',
    ]);
    expect(plan.code).toBe(0);
    const doc = JSON.parse(plan.stdout);
    const measured = await runCli([
      'value',
      'examples/acme',
      ...value,
      '--baseline-downtime',
      '30',
      '--json',
    ]);
    const eur = JSON.parse(measured.stdout).currencies.find(
      (c: { currency: string }) => c.currency === 'EUR',
    );
    const protectedInYear = eur.years.reduce(
      (sum: number, y: { protected: { amount: string } }) => sum + Number(y.protected.amount),
      0,
    );
    const r = doc.businessCase.revenueProtected;
    expect(Number(r.protected.amount)).toBe(protectedInYear);
    expect(Number(r.perYear.amount)).toBe((protectedInYear * 12) / r.months);
    expect(doc.summary.figures.map((f: { id: string }) => f.id)).toContain('revenue-protected');
  });

  it('asks for a baseline with --incidents, and for --incidents with a baseline', async () => {
    const noBaseline = await runCli(['plan', 'examples/acme', ...value]);
    expect(noBaseline.code).toBe(2);
    expect(noBaseline.stderr).toContain(
      '--incidents: give --baseline-downtime or --baseline-months',
    );
    expect(noBaseline.stdout).toBe('');
    const noIncidents = await runCli(['plan', 'examples/acme', '--baseline-downtime', '30']);
    expect(noIncidents.code).toBe(2);
    expect(noIncidents.stderr).toContain('a baseline needs --incidents');
  });

  it('reports a missing incidents file and prints no plan', async () => {
    const run = await runCli([
      'plan',
      'examples/acme',
      '--incidents',
      'no-such-incidents.csv',
      '--baseline-downtime',
      '30',
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('no-such-incidents.csv');
    expect(run.stdout).toBe('');
  });
});
