import { describeValue } from '../../describe-value.ts';
import type { ParsedDocument } from '../../parse-documents.ts';
import { isRecord } from '../given.ts';
import { type Findings, inferenceAt, problemIn } from '../report.ts';
import { toSlug } from '../to-slug.ts';
import { type EntityRef, parseEntityRef, refKey } from './entity-ref.ts';

/** One Backstage catalog entity as read, with its whorunsit name. */
export interface CatalogEntity {
  readonly doc: ParsedDocument;
  /** The kind as written, e.g. `Group`. */
  readonly kind: string;
  readonly namespace: string;
  /** The Backstage name as written, e.g. `breanna.davison`. */
  readonly name: string;
  readonly ref: EntityRef;
  readonly key: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly spec: Readonly<Record<string, unknown>>;
  /**
   * The whorunsit name: the Backstage name as a slug, prefixed with the namespace outside the
   * default one (whorunsit has no namespaces).
   */
  readonly slug: string;
}

export interface Catalog {
  readonly entities: readonly CatalogEntity[];
  readonly byKey: ReadonlyMap<string, CatalogEntity>;
}

/** The kinds whorunsit reads; every other kind is reported as not used, with the reason. */
const USED_KINDS: ReadonlySet<string> = new Set([
  'group',
  'user',
  'component',
  'system',
  'domain',
  'location',
]);

const UNUSED_REASONS: Readonly<Record<string, string>> = {
  api: 'whorunsit models who runs services, not the APIs they provide',
  resource: 'whorunsit models who runs services, not the resources they use',
  template: 'software templates create entities; they are no part of the organization',
};

/** Indexes Backstage documents by entity reference; reports malformed and unused entities. */
export function indexCatalog(docs: readonly ParsedDocument[], findings: Findings): Catalog {
  const entities: CatalogEntity[] = [];
  const byKey = new Map<string, CatalogEntity>();
  for (const doc of docs) {
    const data = doc.data as Record<string, unknown>;
    const kind = data.kind;
    if (typeof kind !== 'string' || kind === '') {
      findings.problems.push(
        problemIn(
          doc,
          kind === undefined ? [] : ['kind'],
          kind === undefined ? 'missing-field' : 'invalid-value',
          `expected the kind of a Backstage entity, found ${describeValue(kind)}`,
        ),
      );
      continue;
    }
    const metadata = data.metadata;
    const name = isRecord(metadata) ? metadata.name : undefined;
    if (!isRecord(metadata) || typeof name !== 'string' || name.trim() === '') {
      findings.problems.push(
        problemIn(
          doc,
          isRecord(metadata) ? ['metadata', 'name'] : ['metadata'],
          name === undefined ? 'missing-field' : 'invalid-value',
          `expected the name of a Backstage ${kind} in metadata.name, found ${describeValue(name)}`,
        ),
      );
      continue;
    }
    const kindKey = kind.toLowerCase();
    if (!USED_KINDS.has(kindKey)) {
      const reason =
        UNUSED_REASONS[kindKey] ??
        `whorunsit reads Group, User, Component, System, Domain and Location entities, not ${kind}`;
      findings.inferences.push(
        inferenceAt(doc, ['kind'], 'ignored', `Backstage ${kind} "${name}" not used: ${reason}`),
      );
      continue;
    }
    const namespace =
      typeof metadata.namespace === 'string' && metadata.namespace !== ''
        ? metadata.namespace
        : 'default';
    const slug = toSlug(namespace.toLowerCase() === 'default' ? name : `${namespace}-${name}`);
    if (slug === undefined) {
      findings.problems.push(
        problemIn(
          doc,
          ['metadata', 'name'],
          'invalid-value',
          `expected a name with letters or digits, found ${describeValue(name)}`,
        ),
      );
      continue;
    }
    const ref: EntityRef = { kind, namespace, name };
    const key = refKey(ref);
    const spec = isRecord(data.spec) ? data.spec : {};
    const entity: CatalogEntity = { doc, kind, namespace, name, ref, key, metadata, spec, slug };
    const first = byKey.get(key);
    if (first) {
      findings.problems.push(
        problemIn(
          doc,
          ['metadata', 'name'],
          'duplicate-name',
          `Backstage ${kind} "${name}" is already defined at ${first.doc.file}:${first.doc.locate(['metadata', 'name']).line}`,
        ),
      );
      continue;
    }
    byKey.set(key, entity);
    entities.push(entity);
  }
  return { entities, byKey };
}

/** The entity a reference points at, or undefined when the catalog has none. */
export function lookup(
  catalog: Catalog,
  ref: string,
  defaults: { readonly kind: string; readonly namespace: string },
): CatalogEntity | undefined {
  const parsed = parseEntityRef(ref, defaults);
  return parsed ? catalog.byKey.get(refKey(parsed)) : undefined;
}

/** The entities of one kind (case-insensitive), in input order. */
export function entitiesOfKind(catalog: Catalog, kind: string): CatalogEntity[] {
  const wanted = kind.toLowerCase();
  return catalog.entities.filter((e) => e.kind.toLowerCase() === wanted);
}

/** A string list field, tolerating a single string where a list is expected. */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}
