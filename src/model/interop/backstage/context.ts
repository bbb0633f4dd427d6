import type { Given } from '../given.ts';
import type { Findings } from '../report.ts';
import type { Catalog, CatalogEntity } from './catalog.ts';
import { formatRef } from './entity-ref.ts';

/** What the Backstage readers share: the catalog, the user's whorunsit documents, findings. */
export interface BackstageContext {
  readonly catalog: Catalog;
  readonly given: Given;
  readonly findings: Findings;
}

/** How an entity is named in messages: `Group team-a`, `User development/guest`. */
export function describeEntity(entity: CatalogEntity): string {
  const ref = formatRef(entity.ref);
  return `${entity.kind} ${ref.slice(ref.indexOf(':') + 1)}`;
}
