import type { ParsedDocument, Position } from '../parse-documents.ts';
import { API_VERSION, type Kind } from '../vocabulary.ts';

/** A place in a parsed document: where a value of a draft came from. */
export interface Origin {
  readonly doc: ParsedDocument;
  readonly path: readonly PropertyKey[];
}

export type DraftFormat = 'backstage' | 'openslo' | 'sloth' | 'slo-generator' | 'whorunsit';

/**
 * A whorunsit entity assembled from another tool's documents, before validation. Each value
 * remembers where it came from, so a problem with a merged entity points at the file and line
 * that holds the value, whichever tool's file that is.
 */
export interface Draft {
  readonly format: DraftFormat;
  readonly kind: Kind;
  readonly name: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly spec: Readonly<Record<string, unknown>>;
  /** Where each value came from, keyed `spec.owner` or `metadata.displayName`. */
  readonly origins: ReadonlyMap<string, Origin>;
  /** Where the entity is defined; values without an origin (inferred ones) point here. */
  readonly anchor: Origin;
  /**
   * Fields only, for a whorunsit document of the same name (an SLO's target for a Service
   * written in whorunsit): the merged entity is defined where that document is.
   */
  readonly supplement?: boolean | undefined;
  /** Top-level keys of a merged whorunsit document besides apiVersion, kind, metadata, spec. */
  readonly extra?: Readonly<Record<string, unknown>> | undefined;
}

/** A draft under construction inside a reader. */
export interface DraftBuilder {
  readonly format: DraftFormat;
  readonly kind: Kind;
  readonly name: string;
  readonly metadata: Record<string, unknown>;
  readonly spec: Record<string, unknown>;
  readonly origins: Map<string, Origin>;
  readonly anchor: Origin;
  supplement?: boolean;
}

export function newDraft(
  format: DraftFormat,
  kind: Kind,
  name: string,
  anchor: Origin,
): DraftBuilder {
  return { format, kind, name, metadata: { name }, spec: {}, origins: new Map(), anchor };
}

/** Sets `spec.<field>` (or a metadata field) and remembers where the value came from. */
export function setField(
  draft: DraftBuilder,
  at: { readonly section: 'spec' | 'metadata'; readonly field: string },
  value: unknown,
  origin?: Origin,
): void {
  draft[at.section][at.field] = value;
  if (origin) draft.origins.set(`${at.section}.${at.field}`, origin);
}

/** The origin of the value at `path`, and how many keys of the path it accounts for. */
function originAt(draft: Draft, path: readonly PropertyKey[]): { origin: Origin; used: number } {
  if (path.length >= 2) {
    const exact = draft.origins.get(`${String(path[0])}.${String(path[1])}`);
    if (exact) return { origin: exact, used: 2 };
  }
  if (path.length >= 1) {
    const top = draft.origins.get(String(path[0]));
    if (top) return { origin: top, used: 1 };
  }
  return { origin: draft.anchor, used: path.length };
}

/**
 * The draft as a whorunsit/v1 document that validates like any other, with a `locate` that
 * answers with the file and position of each value's origin.
 */
export function draftDocument(draft: Draft): ParsedDocument {
  return {
    file: draft.anchor.doc.file,
    index: draft.anchor.doc.index,
    data: {
      apiVersion: API_VERSION,
      kind: draft.kind,
      metadata: draft.metadata,
      spec: draft.spec,
      ...draft.extra,
    },
    locate: (path, at) => locateIn(draft, path, at),
  };
}

export function locateIn(
  draft: Draft,
  path: readonly PropertyKey[],
  at?: 'key' | 'value',
): Position {
  const { origin, used } = originAt(draft, path);
  const position = origin.doc.locate([...origin.path, ...path.slice(used)], at);
  return {
    line: position.line,
    column: position.column,
    file: position.file ?? origin.doc.file,
  };
}

/** A document inside another at `prefix` (an item of a top-level list), located through it. */
export function nestedDocument(
  parent: ParsedDocument,
  prefix: number,
  data: unknown,
): ParsedDocument {
  return {
    file: parent.file,
    index: parent.index,
    data,
    locate: (path, at) => parent.locate([prefix, ...path], at),
  };
}
