import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Source } from '../../src/model/index.ts';

/** The folder of the third-party fixtures copied into the repository (see its NOTICE.md). */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * The YAML files at fixture paths (files or folders, recursively, in name order) as sources
 * named by their path below test/fixtures, so messages in tests are stable.
 */
export function fixtureSources(...paths: string[]): Source[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else if (/\.ya?ml$/i.test(path)) files.push(path);
  };
  for (const path of paths) walk(join(FIXTURES, path));
  return files.map((file) => ({
    name: relative(FIXTURES, file),
    text: readFileSync(file, 'utf8'),
  }));
}
