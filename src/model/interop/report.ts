import type { ParsedDocument } from '../parse-documents.ts';
import { formatPath, type Problem, type ProblemCode } from '../problem.ts';
import type { Inference, InferenceCode } from './inference.ts';

/** What a reader found besides entities: inferences to list and problems that fail the load. */
export interface Findings {
  readonly inferences: Inference[];
  readonly problems: Problem[];
}

export function newFindings(): Findings {
  return { inferences: [], problems: [] };
}

/** An inference located at `path` in `doc`. */
export function inferenceAt(
  doc: ParsedDocument,
  path: readonly PropertyKey[],
  code: InferenceCode,
  message: string,
  about?: { readonly subject?: { kind: string; name: string }; readonly field?: string },
): Inference {
  const position = doc.locate(path);
  return {
    code,
    file: position.file ?? doc.file,
    line: position.line,
    column: position.column,
    path: formatPath(path),
    message,
    ...(about?.subject ? { subject: about.subject } : {}),
    ...(about?.field ? { field: about.field } : {}),
  };
}

/** A problem located at `path` in `doc`. */
export function problemIn(
  doc: ParsedDocument,
  path: readonly PropertyKey[],
  code: ProblemCode,
  message: string,
  at: 'key' | 'value' = 'value',
): Problem {
  const position = doc.locate(path, at);
  return {
    code,
    file: position.file ?? doc.file,
    line: position.line,
    column: position.column,
    path: formatPath(path),
    message,
  };
}
