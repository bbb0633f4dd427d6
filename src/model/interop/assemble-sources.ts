import { type ParsedDocument, parseDocuments } from '../parse-documents.ts';
import type { Problem } from '../problem.ts';
import type { Source } from '../source.ts';
import { type Assembled, assembleDocuments } from './assemble-documents.ts';
import type { RawEntity } from './completeness/field-needs.ts';
import { isRecord, whorunsitName } from './given.ts';

/**
 * Parses sources and assembles them as the loader does, for reports that look at the merged
 * entities whether or not they validate (the completeness report of `whorunsit import`).
 */
export function assembleSources(
  sources: readonly Source[],
): Assembled & { readonly parseProblems: readonly Problem[] } {
  const documents: ParsedDocument[] = [];
  const parseProblems: Problem[] = [];
  for (const source of sources) {
    const parsed = parseDocuments(source);
    documents.push(...parsed.documents);
    parseProblems.push(...parsed.problems);
  }
  return { ...assembleDocuments(documents), parseProblems };
}

/** The merged entities of assembled documents, as written, whether valid or not. */
export function rawEntitiesOf(documents: readonly ParsedDocument[]): RawEntity[] {
  const out: RawEntity[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    const named = whorunsitName(doc);
    if (!named) continue;
    const key = `${named.kind}\u0000${named.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spec = (doc.data as { spec?: unknown }).spec;
    out.push({ ...named, spec: isRecord(spec) ? spec : {} });
  }
  return out;
}
