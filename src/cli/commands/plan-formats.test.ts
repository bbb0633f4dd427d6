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
