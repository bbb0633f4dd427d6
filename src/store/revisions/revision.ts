import type { Selectable } from 'kysely';
import type { RevisionsTable } from '../database.ts';

/** One uploaded file of a model, as the loader takes it. */
export interface RevisionSource {
  readonly name: string;
  readonly text: string;
}

/** What a revision changed against the one before it, as `Kind/name` references. */
export interface ChangeSummary {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** A revision without its documents: what the history lists. */
export interface RevisionInfo {
  readonly id: number;
  readonly createdAt: string;
  readonly author: string;
  readonly message: string;
  readonly summary: ChangeSummary;
  readonly contentHash: string;
  readonly restoredFrom: number | null;
}

/** An immutable revision of the organization's model. */
export interface Revision extends RevisionInfo {
  readonly sources: readonly RevisionSource[];
}

export type NewRevision = Omit<Revision, 'id'>;

export function toRevisionInfo(row: Omit<Selectable<RevisionsTable>, 'sources'>): RevisionInfo {
  return {
    id: Number(row.id),
    createdAt: row.created_at,
    author: row.author,
    message: row.message,
    summary: JSON.parse(row.summary) as ChangeSummary,
    contentHash: row.content_hash,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
  };
}

export function toRevision(row: Selectable<RevisionsTable>): Revision {
  return { ...toRevisionInfo(row), sources: JSON.parse(row.sources) as RevisionSource[] };
}

/** The columns of the history (everything but the documents). */
export const REVISION_INFO_COLUMNS = [
  'id',
  'created_at',
  'author',
  'message',
  'summary',
  'content_hash',
  'restored_from',
] as const;
