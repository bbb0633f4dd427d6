import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documents, ROOT } from '../scripts/docs-examples.ts';

/** What people read: README.md, docs/ and the examples' READMEs. */
const docs = documents().map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

describe('the user documentation', () => {
  it('speaks of commands, files and the API, not of source paths, tests or benchmarks', () => {
    const found = docs
      // docs/reliability.md records the reliability suite's figures with the commands that
      // replay each check (issue #17 asks for them), so it names the suite's files.
      .filter(({ file }) => file !== 'docs/reliability.md')
      .flatMap(({ file, text }) =>
        text
          .split('\n')
          .map((line, i) => ({ line: i + 1, text: line }))
          // The license note of the README names where third-party fixtures live.
          .filter((l) => !l.text.includes('test fixtures under `test/fixtures/`'))
          .filter((l) =>
            /(^|[\s`(/])(src|bench|scripts|test)\/|\.test\.ts|BENCHMARKS\.md|bench:/.test(l.text),
          )
          .map((l) => `${file}:${l.line}: ${l.text.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('names only files of examples/ that ship', () => {
    const missing = docs.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w/.])examples\/[\w./-]*[\w/]/g)]
        .map((m) => m[0])
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('links only to files that exist', () => {
    const broken = docs.flatMap(({ file, text }) =>
      [...text.matchAll(/\]\(([^)#\s]+)(#[^)\s]*)?\)/g)]
        .map((m) => m[1] ?? '')
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(join(ROOT, dirname(file), target)))
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
