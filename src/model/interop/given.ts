import type { ParsedDocument } from '../parse-documents.ts';
import { API_VERSION, KINDS, type Kind } from '../vocabulary.ts';

/**
 * The specs of the whorunsit documents in the input, by kind and name, as written. Readers of
 * other formats consult them so that a value the user wrote is never inferred, and inferences
 * that depend on it (an organization's type from its teams' types) use the user's value.
 */
export type Given = ReadonlyMap<Kind, ReadonlyMap<string, Readonly<Record<string, unknown>>>>;

export function givenOf(docs: readonly ParsedDocument[]): Given {
  const given = new Map<Kind, Map<string, Record<string, unknown>>>(
    KINDS.map((k) => [k, new Map()]),
  );
  for (const doc of docs) {
    const named = whorunsitName(doc);
    if (!named) continue;
    const spec = (doc.data as { spec?: unknown }).spec;
    const byName = given.get(named.kind) as Map<string, Record<string, unknown>>;
    if (!byName.has(named.name)) byName.set(named.name, isRecord(spec) ? spec : {});
  }
  return given;
}

/** The kind and name of a whorunsit/v1 document, when it has both. */
export function whorunsitName(doc: ParsedDocument): { kind: Kind; name: string } | undefined {
  if (!isRecord(doc.data) || doc.data.apiVersion !== API_VERSION) return undefined;
  const kind = doc.data.kind;
  const metadata = doc.data.metadata;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return undefined;
  if (!isRecord(metadata) || typeof metadata.name !== 'string') return undefined;
  return { kind: kind as Kind, name: metadata.name };
}

export function givenSpec(
  given: Given,
  kind: Kind,
  name: string,
): Readonly<Record<string, unknown>> | undefined {
  return given.get(kind)?.get(name);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  );
}
