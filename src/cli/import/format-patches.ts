import { Document, stringify } from 'yaml';
import type { BackstagePatch } from '../../model/interop/backstage/export-annotations.ts';

/** Annotation values are strings in Backstage: lists and maps as YAML flow, numbers as text. */
export function annotationText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return stringify(value, { collectionStyle: 'flow' }).trim();
}

/**
 * The patches as multi-document YAML, each headed by a comment that says which catalog entity
 * it patches: merge each `metadata.annotations` into that entity's catalog file.
 */
export function formatPatches(patches: readonly BackstagePatch[]): string {
  return patches
    .map((patch) => {
      const annotations = Object.fromEntries(
        Object.entries(patch.metadata.annotations).map(([k, v]) => [k, annotationText(v)]),
      );
      const doc = new Document({
        apiVersion: patch.apiVersion,
        kind: patch.kind,
        metadata: {
          name: patch.metadata.name,
          ...(patch.metadata.namespace === 'default'
            ? {}
            : { namespace: patch.metadata.namespace }),
          annotations,
        },
      });
      const where = patch.inCatalog
        ? ` Merge into the catalog file of ${patch.ref}`
        : ` ${patch.ref} is not in the catalog: add the entity, or leave this out`;
      const confirm =
        patch.inferred.length > 0
          ? `\n ${patch.inferred.join(', ')} inferred, not written anywhere: confirm before merging`
          : '';
      doc.commentBefore = `${where}${confirm}`;
      return doc.toString({ lineWidth: 0 });
    })
    .join('---\n');
}

/** The patches as JSON, with annotation values as the strings the catalog holds. */
export function patchesJson(patches: readonly BackstagePatch[]): unknown[] {
  return patches.map((p) => ({
    ...p,
    metadata: {
      ...p.metadata,
      annotations: Object.fromEntries(
        Object.entries(p.metadata.annotations).map(([k, v]) => [k, annotationText(v)]),
      ),
    },
  }));
}
