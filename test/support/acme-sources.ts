import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RevisionSource } from '../../src/store/index.ts';

/** The bundled examples/acme model as revision sources, file by file. */
export function acmeSources(): RevisionSource[] {
  const folder = new URL('../../examples/acme/', import.meta.url).pathname;
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `examples/acme/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
}
