import { isRecord } from '../given.ts';
import { inferenceAt } from '../report.ts';
import type { CatalogEntity } from './catalog.ts';
import type { BackstageContext } from './context.ts';
import { formatRef } from './entity-ref.ts';
import { ANNOTATION_PREFIX } from './read-annotations.ts';

/** Names the catalog entity a whorunsit entity was read from, so exports can patch it. */
export const BACKSTAGE_REF_ANNOTATION = `${ANNOTATION_PREFIX}backstage-ref`;

/** The whorunsit metadata of an entity read from the catalog. */
export function entityMetadata(entity: CatalogEntity): Record<string, unknown> {
  const profile = isRecord(entity.spec.profile) ? entity.spec.profile : {};
  const displayName =
    typeof profile.displayName === 'string' ? profile.displayName : entity.metadata.title;
  const description = entity.metadata.description;
  return {
    name: entity.slug,
    ...(typeof displayName === 'string' && displayName !== '' ? { displayName } : {}),
    ...(typeof description === 'string' && description !== '' ? { description } : {}),
    annotations: { [BACKSTAGE_REF_ANNOTATION]: formatRef(entity.ref) },
  };
}

/** Reports a catalog name that whorunsit writes differently. */
export function noteRenamed(context: BackstageContext, entity: CatalogEntity, kind: string): void {
  if (entity.slug === entity.name) return;
  const inNamespace = entity.namespace.toLowerCase() !== 'default';
  context.findings.inferences.push(
    inferenceAt(
      entity.doc,
      ['metadata', inNamespace ? 'namespace' : 'name'],
      'renamed',
      inNamespace
        ? `${entity.kind} ${entity.namespace}/${entity.name} is the ${kind} ${entity.slug}: whorunsit has no namespaces, so names outside the default namespace start with the namespace`
        : `${entity.kind} ${entity.name} is the ${kind} ${entity.slug}: whorunsit names are lowercase slugs (a-z, 0-9 and -)`,
      { subject: { kind, name: entity.slug } },
    ),
  );
}
