import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/engine/checks/registry.ts';

describe('docs/plan.md', () => {
  it('documents every check of the registry with its severity', async () => {
    const doc = await readFile(new URL('../docs/plan.md', import.meta.url), 'utf8');
    for (const check of CHECKS) {
      expect(doc, `${check.code} is missing from the catalog`).toContain(
        `| \`${check.code}\` | ${check.severity} |`,
      );
    }
  });
});
