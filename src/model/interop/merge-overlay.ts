import type { ParsedDocument } from '../parse-documents.ts';
import type { Draft, Origin } from './draft.ts';
import { isRecord } from './given.ts';
import type { Inference } from './inference.ts';
import { inferenceAt } from './report.ts';

const ENVELOPE: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'spec']);

/**
 * A whorunsit document of the same kind and name as an entity read from another tool adds and
 * overrides fields: its spec fields replace the imported ones, its labels and annotations are
 * added. Each replaced value the other tool stated is reported, so an override is never silent.
 */
export function mergeOverlay(
  draft: Draft,
  overlay: ParsedDocument,
  inferences: Inference[],
): Draft {
  const data = overlay.data as Record<string, unknown>;
  const origins = new Map<string, Origin>(draft.origins);
  const at = (path: readonly PropertyKey[]): Origin => ({ doc: overlay, path });

  const overlayMetadata = isRecord(data.metadata) ? data.metadata : {};
  const metadata: Record<string, unknown> = { ...draft.metadata, ...overlayMetadata };
  // The entity stays defined where it was read: its name locates it, not the overlay's.
  for (const key of Object.keys(overlayMetadata)) {
    if (key !== 'name') origins.set(`metadata.${key}`, at(['metadata', key]));
  }
  for (const key of ['labels', 'annotations'] as const) {
    const imported = draft.metadata[key];
    const own = overlayMetadata[key];
    if (isRecord(imported) && isRecord(own)) metadata[key] = { ...imported, ...own };
  }

  let spec: unknown = draft.spec;
  const subject = { kind: draft.kind, name: draft.name };
  const added: string[] = [];
  if (isRecord(data.spec)) {
    spec = { ...draft.spec, ...data.spec };
    for (const [field, value] of Object.entries(data.spec)) {
      const before = draft.spec[field];
      origins.set(`spec.${field}`, at(['spec', field]));
      if (before === undefined) {
        added.push(field);
      } else if (draft.origins.has(`spec.${field}`) && !sameValue(before, value)) {
        const from = draft.origins.get(`spec.${field}`) as Origin;
        const position = from.doc.locate(from.path);
        inferences.push(
          inferenceAt(
            overlay,
            ['spec', field],
            'overridden',
            `${draft.kind} ${draft.name}: ${field} ${show(before)} (${position.file ?? from.doc.file}:${position.line}) replaced by ${show(value)}`,
            { subject, field },
          ),
        );
      }
    }
  } else if (data.spec !== undefined) {
    spec = data.spec; // not a mapping: validation reports it where the overlay wrote it
    origins.set('spec', at(['spec']));
  }

  const extra: Record<string, unknown> = { ...draft.extra };
  for (const [key, value] of Object.entries(data)) {
    if (ENVELOPE.has(key)) continue;
    extra[key] = value;
    origins.set(key, at([key]));
  }
  if (!draft.supplement && added.length > 0) {
    inferences.push(
      inferenceAt(
        overlay,
        ['metadata', 'name'],
        'merged',
        `${draft.kind} ${draft.name}: ${added.join(', ')} added to the ${draft.format === 'backstage' ? 'catalog entity' : `${draft.format} entity`} of the same name`,
        { subject },
      ),
    );
  }
  return {
    ...draft,
    metadata,
    spec: spec as Record<string, unknown>,
    origins,
    extra,
    anchor: draft.supplement ? at(['metadata', 'name']) : draft.anchor,
    supplement: false,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
