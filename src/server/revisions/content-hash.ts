import { createHash } from 'node:crypto';
import type { RevisionSource } from '../../store/index.ts';

/** Identifies the exact documents of a revision: same files, same names, same hash. */
export function contentHash(sources: readonly RevisionSource[]): string {
  const canonical = JSON.stringify(sources.map((s) => [s.name, s.text]));
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
