import { API_VERSION } from '../vocabulary.ts';
import { isRecord } from './given.ts';
import { READERS, type ReaderFormat } from './readers.ts';

/** The formats whorunsit reads: its own and each reader's. */
export type Format = 'whorunsit' | ReaderFormat | 'unknown';

/** The apiVersions of other tools that whorunsit reads, for messages. */
export const FOREIGN_API_VERSIONS: readonly string[] = READERS.flatMap((r) => r.apiVersions);

/**
 * Which tool a YAML document belongs to: whorunsit's by its `apiVersion`, else the first reader
 * that recognises it (by `apiVersion`, or by shape for formats without one), else unknown.
 */
export function formatOf(data: unknown): Format {
  if (isRecord(data) && data.apiVersion === API_VERSION) return 'whorunsit';
  return READERS.find((reader) => reader.detects(data))?.format ?? 'unknown';
}

/**
 * Whether a top-level list holds documents of another tool (OpenSLO's `oslo` accepts a list of
 * documents in one YAML document); whorunsit documents are never read from a list.
 */
export function isForeignDocumentList(data: unknown): data is readonly unknown[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((item) => {
      const format = formatOf(item);
      return (
        format !== 'whorunsit' && format !== 'unknown' && isRecord(item) && 'apiVersion' in item
      );
    })
  );
}
