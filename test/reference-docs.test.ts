import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, ROOT, referenceDocs } from '../scripts/reference-docs.ts';
import { CHECKS } from '../src/engine/checks/registry.ts';
import { ERROR_TABLE, exitCodeOf } from '../src/errors/index.ts';
import { PROBLEM_CODES } from '../src/model/problem.ts';

const generated = await referenceDocs();
const files = await generatedFiles();

describe('the generated reference in docs/reference/', () => {
  it.each(Object.keys(files))(
    '%s is what the code says now (npm run examples refreshes it)',
    (file) => {
      expect(readFileSync(join(ROOT, file), 'utf8')).toBe(files[file]);
    },
  );

  it('has a section for every command, every check, every problem code and every error code', () => {
    const commands = generated['docs/reference/commands.md'] ?? '';
    for (const path of ['validate', 'check', 'plan', 'serve', 'token create', 'completion']) {
      expect(commands).toContain(`\n## whorunsit ${path}\n`);
      expect(commands).toContain(`Usage: whorunsit ${path} `);
    }
    // Help is laid out for a fixed width, not the terminal the generator ran in.
    expect(Math.max(...commands.split('\n').map((l) => l.length))).toBeLessThanOrEqual(200);
    const checks = generated['docs/reference/checks.md'] ?? '';
    for (const check of CHECKS) {
      expect(checks).toContain(`\n## ${check.code}\n\n**${check.severity}** · ${check.section} · `);
    }
    const errors = generated['docs/reference/errors.md'] ?? '';
    for (const code of Object.keys(ERROR_TABLE)) {
      const exit = exitCodeOf(code);
      expect(errors).toMatch(new RegExp(`\\| \`${code}\` \\| (\\d{3}[^|]* \\| )?${exit} \\| \\S`));
    }
    const problems = generated['docs/reference/problems.md'] ?? '';
    for (const code of PROBLEM_CODES)
      expect(problems).toMatch(new RegExp(`\\| \`${code}\` \\| \\S`));
  });

  it('is linked from the docs index', () => {
    const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
    for (const file of Object.keys(generated)) {
      expect(index).toContain(`(${file.replace(/^docs\//, '')})`);
    }
  });
});
