import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../../../test/support/fake-io.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';
import { KINDS } from '../../model/index.ts';
import { TEMPLATES, type TemplateName } from './templates.ts';

const NAMES = Object.keys(TEMPLATES) as TemplateName[];

/**
 * Kinds a template may leave out, and why. A startup has no SRE organization yet, so nobody sells
 * SRE support at a transfer price or offers SRE services (§12.4.3, §12.4.7); the scale-up and the
 * enterprise show those. Every other kind, including any kind added later, is in every template.
 */
const LEFT_OUT: Partial<Record<TemplateName, readonly string[]>> = {
  startup: ['TransferPrice', 'Offering'],
};

describe('whorunsit init --template', () => {
  const { dir } = tempFiles();

  // When a new check flags a template and its finding is right, fix the template (AREAS.md).
  it.each(NAMES)('%s writes a model that passes check with no finding', async (name) => {
    const folder = join(dir, name);
    const init = await runCli(['init', folder, '--template', name]);
    expect(init.code, init.stderr).toBe(0);
    const check = await runCli(['check', folder, '--json']);
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout).checks).toEqual([]);
    expect(check.code).toBe(0);
  });

  it.each(NAMES)('%s shows every kind of document', async (name) => {
    const folder = join(dir, `${name}-kinds`);
    expect((await runCli(['init', folder, '--template', name])).code).toBe(0);
    const kinds = new Set<unknown>();
    for (const file of await readdir(folder)) {
      for (const doc of parseAllDocuments(await readFile(join(folder, file), 'utf8'))) {
        kinds.add(doc.get('kind'));
      }
    }
    const expected = KINDS.filter((k) => !LEFT_OUT[name]?.includes(k));
    expect([...kinds].sort()).toEqual([...expected].sort());
  });

  it('leaves a kind out only where the others show it', () => {
    const everywhere = new Set(
      NAMES.flatMap((n) => KINDS.filter((k) => !LEFT_OUT[n]?.includes(k))),
    );
    expect([...everywhere].sort()).toEqual([...KINDS].sort());
  });

  it('writes the startup without --template, and refuses a template it does not have', async () => {
    const plain = join(dir, 'plain');
    const init = await runCli(['init', plain, '--json']);
    expect(JSON.parse(init.stdout).template).toBe('startup');
    const startup = join(dir, 'startup');
    for (const file of await readdir(startup)) {
      expect(await readFile(join(plain, file), 'utf8')).toBe(
        await readFile(join(startup, file), 'utf8'),
      );
    }
    const unknown = await runCli(['init', join(dir, 'none'), '--template', 'huge']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Allowed choices are startup, scale-up, enterprise');
    await expect(readdir(join(dir, 'none'))).rejects.toThrow();
  });
});
