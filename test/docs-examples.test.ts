import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documents, examplesOf, normalize, ROOT, runDocument } from '../scripts/docs-examples.ts';

const byDocument = documents()
  .map((file) => ({ file, examples: examplesOf(file, readFileSync(join(ROOT, file), 'utf8')) }))
  .filter((d) => d.examples.length > 0);

describe('the console examples of README.md and docs/', () => {
  it('are there: the README, the tutorial and the guides show sessions', () => {
    const files = byDocument.map((d) => d.file);
    for (const file of ['README.md', 'docs/tutorial.md', 'docs/how-to/ci.md']) {
      expect(files).toContain(file);
    }
  });

  // A document's blocks run in order in one folder, as a reader following it would.
  it.each(byDocument.map((d) => [d.file, d.examples] as const))(
    '%s prints what it shows (npm run examples refreshes it)',
    (_file, examples) => {
      const outputs = runDocument(examples);
      examples.forEach((example, i) => {
        example.steps.forEach((step, n) => {
          expect(
            normalize(outputs[i]?.[n] ?? ''),
            `${example.file}:${example.line}: $ ${step.command}`,
          ).toBe(step.expected);
        });
      });
    },
    900_000,
  );
});
