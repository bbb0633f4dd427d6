import { closestName } from './closest-name.ts';
import { describeValue } from './describe-value.ts';
import { FOREIGN_API_VERSIONS } from './interop/detect-format.ts';
import { issueProblems, shapeKeysAt } from './issue-problems.ts';
import { documentSchema, type SpecOf } from './kinds/index.ts';
import type { Entity } from './model.ts';
import type { ParsedDocument } from './parse-documents.ts';
import { formatPath, type Problem, type ProblemCode } from './problem.ts';
import { API_VERSION, KINDS, type Kind } from './vocabulary.ts';

export type DocumentResult =
  | { readonly ok: true; readonly entity: Entity }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Kind and name when the document got that far, so references to it do not cascade. */
      readonly named?: { readonly kind: Kind; readonly name: string };
    };

/**
 * Validates one parsed whorunsit/v1 document against the schema of its kind. Documents of other
 * tools reach it already turned into whorunsit documents (src/model/interop); any other
 * apiVersion is an `unknown-kind` problem.
 */
export function validateDocument(doc: ParsedDocument): DocumentResult {
  const problem = (
    code: ProblemCode,
    path: readonly PropertyKey[],
    message: string,
    at: 'key' | 'value' = 'value',
  ): Problem => {
    const { line, column, file } = doc.locate(path, at);
    return { code, file: file ?? doc.file, line, column, path: formatPath(path), message };
  };
  const data = doc.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        problem(
          'invalid-value',
          [],
          `expected a document with apiVersion, kind, metadata and spec, found ${describeValue(data)}`,
        ),
      ],
    };
  }
  const record = data as Record<string, unknown>;
  if (record.apiVersion !== API_VERSION) {
    const found = record.apiVersion;
    return {
      ok: false,
      problems: [
        found === undefined
          ? problem('missing-field', [], `missing apiVersion; expected "${API_VERSION}"`)
          : problem(
              'unknown-kind',
              ['apiVersion'],
              `expected apiVersion "${API_VERSION}" (or one of the formats whorunsit reads: ${FOREIGN_API_VERSIONS.join(', ')}), found ${describeValue(found)}: whorunsit does not read this kind of document`,
            ),
      ],
    };
  }
  const kind = record.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    if (kind === undefined) {
      return {
        ok: false,
        problems: [
          problem('missing-field', [], `missing kind; expected one of ${KINDS.join(', ')}`),
        ],
      };
    }
    const suggestion = typeof kind === 'string' ? closestName(kind, KINDS) : undefined;
    return {
      ok: false,
      problems: [
        problem(
          'unknown-kind',
          ['kind'],
          `expected a kind of ${KINDS.join(', ')}, found ${describeValue(kind)}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
        ),
      ],
    };
  }
  const result = documentSchema(kind as Kind).safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      issueProblems(issue, record, (path) => knownKeysAt(record, path)).map((p) =>
        problem(p.code, p.path, p.message, p.at),
      ),
    );
    const name = (record.metadata as { name?: unknown } | null)?.name;
    return typeof name === 'string'
      ? { ok: false, problems, named: { kind: kind as Kind, name } }
      : { ok: false, problems };
  }
  const parsed = result.data as { kind: Kind; metadata: Entity['metadata']; spec: SpecOf[Kind] };
  const at = doc.locate(['metadata', 'name']);
  return {
    ok: true,
    entity: {
      kind: parsed.kind,
      name: parsed.metadata.name,
      metadata: parsed.metadata,
      spec: parsed.spec,
      source: { file: at.file ?? doc.file, line: at.line, column: at.column },
    },
  };
}

// Zod reports unrecognized keys without the allowed ones; the keys present minus the unknown
// ones are what the user got right, which is a poor hint, so we use the schema's shape.
function knownKeysAt(data: unknown, path: readonly PropertyKey[]): string[] {
  return shapeKeysAt(documentSchema((data as { kind?: unknown }).kind as Kind), path);
}
