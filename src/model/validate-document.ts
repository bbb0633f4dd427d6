import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { describeValue } from './describe-value.ts';
import { FOREIGN_API_VERSIONS } from './interop/detect-format.ts';
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
    const problems = result.error.issues.flatMap((i) => toProblems(i, record, problem));
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

type MakeProblem = (
  code: ProblemCode,
  path: readonly PropertyKey[],
  message: string,
  at?: 'key' | 'value',
) => Problem;

/** Turns one Zod issue into located problems with whorunsit's codes and messages. */
function toProblems(issue: z.core.$ZodIssue, data: unknown, problem: MakeProblem): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const known = knownKeysAt(issue, data, path);
      const suggestion = closestName(key, known);
      return problem(
        'unknown-field',
        [...path, key],
        `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        'key',
      );
    });
  }
  if (!hasPath(data, path)) {
    const field = String(path.at(-1));
    return [
      problem('missing-field', path, `missing required field "${field}"; ${expectation(issue)}`),
    ];
  }
  const found = valueAt(data, path);
  return [problem('invalid-value', path, `${expectation(issue)}, found ${describeValue(found)}`)];
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union':
      return 'expected one of the accepted forms';
    case 'too_small':
      return `expected ${issue.origin === 'array' ? 'at least' : issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    default:
      return issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
  }
}

// Zod reports unrecognized keys without the allowed ones; the keys present minus the unknown
// ones are what the user got right, which is a poor hint, so we use the schema's shape when we can.
function knownKeysAt(
  _issue: z.core.$ZodIssue,
  data: unknown,
  path: readonly PropertyKey[],
): string[] {
  const kind = (data as { kind?: unknown }).kind as Kind;
  let schema: unknown = documentSchema(kind);
  for (const key of path) {
    schema = unwrap(schema);
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof key === 'string') schema = shape[key];
    else if ((schema as { element?: unknown }).element && typeof key === 'number')
      schema = (schema as { element: unknown }).element;
    else return [];
  }
  schema = unwrap(schema);
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { unwrap?: () => unknown; def?: { innerType?: unknown; in?: unknown } };
  for (let i = 0; i < 10; i++) {
    if (s?.def?.innerType) s = s.def.innerType as typeof s;
    else if (s?.def?.in) s = s.def.in as typeof s;
    else break;
  }
  return s;
}

function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return false;
    if (!Object.hasOwn(node, key as string)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) node = (node as Record<PropertyKey, unknown>)?.[key];
  return node;
}
