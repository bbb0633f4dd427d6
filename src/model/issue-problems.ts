import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { describeValue } from './describe-value.ts';
import { PROBLEM_CODES, type ProblemCode } from './problem.ts';

/** A schema issue in whorunsit's terms: a problem code, where, and what was expected and found. */
export interface IssueProblem {
  readonly code: ProblemCode;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** Whether the problem is the key itself (an unknown field) or its value. */
  readonly at: 'key' | 'value';
}

/**
 * Turns one Zod issue into whorunsit's problem codes and messages (`missing-field`,
 * `unknown-field` with the closest known name, `invalid-value` with what was found), so every
 * edge — model files, data files, HTTP bodies — reports the same codes and never Zod's own.
 */
export function issueProblems(
  issue: z.core.$ZodIssue,
  data: unknown,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[] = () => [],
): IssueProblem[] {
  const path = issue.path;
  // A field parser's issue already says what was expected and found, with its problem code.
  const own = issue.code === 'custom' ? ownProblemCode(issue.params) : undefined;
  if (own) return [{ code: own, path, message: issue.message, at: 'value' }];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = closestName(key, knownKeys(path));
      return {
        code: 'unknown-field',
        path: [...path, key],
        message: `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        at: 'key',
      };
    });
  }
  if (!hasPath(data, path)) {
    const field = String(path.at(-1) ?? 'value');
    return [
      {
        code: 'missing-field',
        path,
        message: `missing required field "${field}"; ${expectation(issue)}`,
        at: 'value',
      },
    ];
  }
  const found = valueAt(data, path);
  return [
    {
      code: 'invalid-value',
      path,
      message: `${expectation(issue)}, found ${describeValue(found)}`,
      at: 'value',
    },
  ];
}

function ownProblemCode(params: unknown): ProblemCode | undefined {
  const code = (params as { problemCode?: unknown } | undefined)?.problemCode;
  return (PROBLEM_CODES as readonly unknown[]).includes(code) ? (code as ProblemCode) : undefined;
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

/**
 * The field names a Zod object schema allows at a path (through arrays, optionals, defaults and
 * transforms): what an unknown field is compared with to suggest the closest name.
 */
export function shapeKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let node = unwrapSchema(schema);
  for (const key of path) {
    const shape = (node as { shape?: Record<string, unknown> } | undefined)?.shape;
    const element = (node as { element?: unknown } | undefined)?.element;
    if (shape && typeof key === 'string') node = unwrapSchema(shape[key]);
    else if (element && typeof key === 'number') node = unwrapSchema(element);
    else return [];
  }
  const shape = (node as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The schema inside optionals, nullables, defaults and pipes (the input side of a transform). */
export function unwrapSchema(schema: unknown): unknown {
  let s = schema as { def?: { innerType?: unknown; in?: unknown } } | undefined;
  for (let i = 0; i < 10; i++) {
    if (s?.def?.innerType) s = s.def.innerType as typeof s;
    else if (s?.def?.in) s = s.def.in as typeof s;
    else break;
  }
  return s;
}
