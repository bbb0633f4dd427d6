import type { Serving } from './model-cache.ts';

/**
 * What the server says when the latest revision cannot be used: which one is latest and which
 * older one serves in its place. Null when the latest serves (or nothing is stored).
 */
export function degradedOf(serving: Serving): { latest: number; message: string } | null {
  if (serving.unusable.length === 0) return null;
  const newest = serving.unusable[0];
  const count = serving.unusable.length;
  const using = serving.model
    ? `revision ${serving.model.revision}, the newest that does, serves instead`
    : 'no revision near it does either, so alerts are stored and their routing is retried';
  return {
    latest: serving.latest,
    message: `revision ${newest?.revision} does not validate with this version of whorunsit (${count === 1 ? 'it' : `it and ${count - 1} before it`}); ${using}: push a corrected model`,
  };
}
