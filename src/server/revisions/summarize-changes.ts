import { type CompiledModel, entitiesOf, KINDS } from '../../model/index.ts';
import type { ChangeSummary } from '../../store/index.ts';

/**
 * What changed from one model to the next, entity by entity (`Kind/name`). An entity counts as
 * changed when its metadata or spec differ; where it is defined (file, line) does not count.
 */
export function summarizeChanges(
  before: CompiledModel | undefined,
  after: CompiledModel,
): ChangeSummary {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const kind of KINDS) {
    const old = before ? entitiesOf(before, kind) : new Map();
    const now = entitiesOf(after, kind);
    for (const [name, entity] of now) {
      const previous = old.get(name);
      if (!previous) added.push(`${kind}/${name}`);
      else if (canonical(previous) !== canonical(entity)) changed.push(`${kind}/${name}`);
    }
    for (const name of old.keys()) if (!now.has(name)) removed.push(`${kind}/${name}`);
  }
  return { added, removed, changed };
}

function canonical(entity: { readonly metadata: unknown; readonly spec: unknown }): string {
  return JSON.stringify({ metadata: entity.metadata, spec: entity.spec }, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  }
  return value;
}
