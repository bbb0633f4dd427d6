import { parse } from 'yaml';
import type { z } from 'zod';
import { closestName } from '../../closest-name.ts';
import { SPEC_SCHEMAS } from '../../kinds/index.ts';
import type { Kind } from '../../vocabulary.ts';
import type { Origin } from '../draft.ts';
import { isRecord } from '../given.ts';
import { type Findings, problemIn } from '../report.ts';
import type { CatalogEntity } from './catalog.ts';

/** Annotations under this prefix give whorunsit fields a Backstage entity lacks. */
export const ANNOTATION_PREFIX = 'whorunsit.dev/';

/** Written by `whorunsit import --backstage-patches` for people to read; ignored when read back. */
export const EXPORT_ONLY_ANNOTATIONS = ['run-by', 'rotations', 'backstage-ref'] as const;

/** Annotations that steer the import instead of giving a spec field. */
export const CONTROL_ANNOTATIONS: Readonly<Record<string, readonly string[]>> = {
  Group: ['kind'],
  Component: ['service'],
};

export interface AnnotationValue {
  readonly value: unknown;
  readonly origin: Origin;
}

export interface Annotations {
  /** Spec fields of the whorunsit kind, by field name. */
  readonly fields: ReadonlyMap<string, AnnotationValue>;
  /** Control annotations (`whorunsit.dev/kind`, `whorunsit.dev/service`) as written. */
  readonly controls: ReadonlyMap<string, AnnotationValue & { readonly value: string }>;
}

/**
 * Reads the `whorunsit.dev/<field>` annotations of an entity that becomes a whorunsit `kind`.
 * Annotation values are strings; a value is taken as the string when that is valid for the
 * field, and otherwise read as YAML (`"99.95"` → 99.95, `"[a, b]"` → a list), so validation
 * reports what is wrong with it at the annotation. An unknown field is an error, with the
 * closest field name: a typo must not pass silently.
 */
export function readAnnotations(
  entity: CatalogEntity,
  kind: Kind | undefined,
  findings: Findings,
): Annotations {
  const fields = new Map<string, AnnotationValue>();
  const controls = new Map<string, AnnotationValue & { value: string }>();
  const annotations = entity.metadata.annotations;
  if (!isRecord(annotations)) return { fields, controls };
  const shape = kind
    ? (SPEC_SCHEMAS[kind] as unknown as { shape: Record<string, z.ZodType> }).shape
    : {};
  const controlNames = CONTROL_ANNOTATIONS[entity.kind] ?? [];
  for (const [key, raw] of Object.entries(annotations)) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const field = key.slice(ANNOTATION_PREFIX.length);
    const origin: Origin = { doc: entity.doc, path: ['metadata', 'annotations', key] };
    if ((EXPORT_ONLY_ANNOTATIONS as readonly string[]).includes(field)) continue;
    if (controlNames.includes(field)) {
      controls.set(field, { value: String(raw), origin });
      continue;
    }
    const schema = shape[field];
    if (!schema) {
      const known = [...Object.keys(shape), ...controlNames];
      const suggestion = closestName(field, known);
      findings.problems.push(
        problemIn(
          entity.doc,
          origin.path,
          'unknown-field',
          kind
            ? `unknown annotation "${key}": ${kind} has no field "${field}"${suggestion ? `; did you mean "${ANNOTATION_PREFIX}${suggestion}"?` : ''}`
            : `unknown annotation "${key}": a Backstage ${entity.kind} gives no whorunsit fields`,
          'key',
        ),
      );
      continue;
    }
    fields.set(field, { value: annotationValue(raw, schema), origin });
  }
  return { fields, controls };
}

function annotationValue(raw: unknown, schema: z.ZodType): unknown {
  if (typeof raw !== 'string' || schema.safeParse(raw).success) return raw;
  let parsed: unknown;
  try {
    parsed = parse(raw, { maxAliasCount: 0 });
  } catch {
    return raw;
  }
  return parsed === null || parsed === undefined ? raw : parsed;
}
