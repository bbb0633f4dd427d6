/**
 * A located problem in the input. Validation returns these; it never throws for bad input.
 * The `code` is stable: scripts and the HTTP API rely on it.
 */
export const PROBLEM_CODES = [
  'yaml-syntax',
  'unknown-kind',
  'unknown-field',
  'missing-field',
  'invalid-value',
  'duplicate-name',
  'unknown-reference',
  'reporting-cycle',
  'parent-cycle',
  'input-too-large',
  'not-text',
  'too-deeply-nested',
  'too-many-aliases',
  'unknown-alias',
  /** A Backstage Location target that leaves the catalog's folder; it is not read. */
  'outside-catalog',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What each code means, for the reference (docs/reference/problems.md is generated from it). */
export const PROBLEM_MEANINGS: Readonly<Record<ProblemCode, string>> = {
  'yaml-syntax': 'the text is not valid YAML (including duplicated keys)',
  'unknown-kind': 'a `kind` or `apiVersion` whorunsit does not read; suggests the closest kind',
  'unknown-field': 'a field the kind does not have; suggests the closest field',
  'missing-field': 'a required field is absent; says what it expects',
  'invalid-value':
    'a value of the wrong type or outside the allowed set; says what was expected and found',
  'duplicate-name': 'a second document of the same kind and name; points at the first',
  'unknown-reference':
    'a name that no document of the referenced kind has; suggests the closest name',
  'reporting-cycle': '`reportsTo` forms a loop; lists the loop',
  'parent-cycle': 'organization `parent` forms a loop; lists the loop',
  'input-too-large': 'a source above 8 MiB',
  'not-text': 'binary data or invalid UTF-8',
  'too-deeply-nested': 'YAML nested more than 64 levels deep',
  'too-many-aliases': 'more than 100 alias expansions in a document (a "billion laughs" bomb)',
  'unknown-alias': 'a YAML alias (`*name`) with no anchor (`&name`) before it in its document',
  'outside-catalog': "a Backstage `Location` target outside the catalog's folder; it is not read",
};

export interface Problem {
  readonly code: ProblemCode;
  /** The file name as given by the caller (`-` for stdin). */
  readonly file: string;
  /** 1-based, as editors show it. */
  readonly line: number;
  /** 1-based, as editors show it. */
  readonly column: number;
  /** The field path inside the document, e.g. `spec.members[2]`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

/** Formats a path of keys and indexes as `spec.members[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Orders problems by file, then position, so output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
