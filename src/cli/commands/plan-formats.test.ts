import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';

const ORG = [
  'apiVersion: whorunsit/v1',
  'kind: Organization',
  'metadata: { name: pd, displayName: Tiny }',
  'spec: { type: product-delivery }',
  '',
].join('\n');

describe('whorunsit plan --format html|pdf --output', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-formats-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the HTML document to --output', async () => {
    const run = await runCli(['plan', '-', '--format', 'html', '--output', 'plan.html'], {
      stdin: ORG,
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const html = await readFile(join(dir, 'plan.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Operating model plan: Tiny</title>');
  });

  it('asks for --output for a PDF rather than printing binary to the terminal', async () => {
    const run = await runCli(['plan', '-', '--format', 'pdf'], { stdin: ORG, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format pdf writes a file: pass --output plan.pdf');
  });

  it('says how to install Chromium when there is none, and writes nothing', async () => {
    const run = await runCli(['plan', '-', '--format', 'pdf', '-o', 'plan.pdf'], {
      stdin: ORG,
      cwd: dir,
      env: { CHROMIUM_PATH: join(dir, 'no-chromium'), PATH: '' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--format pdf: no Chromium to print with (CHROMIUM_PATH=${join(dir, 'no-chromium')} is not an executable file)`,
    );
    expect(run.stderr).toContain('apt-get install chromium');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a Chromium that fails to print, and writes nothing', async () => {
    const run = await runCli(['plan', '-', '--format', 'pdf', '-o', 'plan.pdf'], {
      stdin: ORG,
      cwd: dir,
      env: { CHROMIUM_PATH: '/bin/false', PATH: '' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format pdf: /bin/false could not print the plan');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports an --output it cannot write, located', async () => {
    const run = await runCli(
      ['plan', '-', '--format', 'html', '-o', join(dir, 'missing', 'plan.html')],
      { stdin: ORG },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--output ${join(dir, 'missing', 'plan.html')}: cannot write (ENOENT)`,
    );
  });
});
