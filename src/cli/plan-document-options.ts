import { createHash } from 'node:crypto';
import type { PlanDocumentOptions } from '../engine/plan/document/build-plan-document.ts';
import type { Source } from '../model/index.ts';

/**
 * What the plan document says about where it comes from, at the edge where files and the clock
 * are: the date (UTC), the source files and a digest of their contents as the model revision,
 * so two documents from the same files carry the same revision.
 */
export function planDocumentOptions(
  sources: readonly Source[],
  now: Date,
): Pick<PlanDocumentOptions, 'generatedOn' | 'revision' | 'sources'> {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(`${s.name}\0${s.text}\0`);
  return {
    generatedOn: now.toISOString().slice(0, 10),
    revision: `sha256:${hash.digest('hex').slice(0, 12)}`,
    sources: sources.map((s) => s.name),
  };
}
