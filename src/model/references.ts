import type { Kind } from './vocabulary.ts';

/**
 * Every field that refers to another document by name, and the kind it refers to.
 * `path` uses `*` for "each item of the list". One table, so a new reference field cannot be
 * forgotten by the resolver.
 */
export interface ReferenceField {
  readonly from: Kind;
  readonly path: readonly string[];
  readonly to: Kind | 'SLO';
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { from: 'Organization', path: ['parent'], to: 'Organization' },
  { from: 'Organization', path: ['head'], to: 'Person' },
  { from: 'Team', path: ['organization'], to: 'Organization' },
  { from: 'Team', path: ['manager'], to: 'Person' },
  { from: 'Team', path: ['supports', '*'], to: 'Team' },
  { from: 'Team', path: ['supports', '*', 'team'], to: 'Team' },
  { from: 'Team', path: ['compensationPolicy'], to: 'CompensationPolicy' },
  { from: 'Person', path: ['team'], to: 'Team' },
  { from: 'Person', path: ['reportsTo'], to: 'Person' },
  { from: 'Person', path: ['mentors', '*'], to: 'Person' },
  { from: 'Person', path: ['careerEvidence', 'mentees', '*', 'person'], to: 'Person' },
  { from: 'Person', path: ['compensationPolicy'], to: 'CompensationPolicy' },
  { from: 'Service', path: ['owner'], to: 'Team' },
  { from: 'Service', path: ['sreTeam'], to: 'Team' },
  { from: 'Service', path: ['errorBudgetPolicy'], to: 'ErrorBudgetPolicy' },
  { from: 'Service', path: ['slo'], to: 'SLO' },
  { from: 'ErrorBudgetPolicy', path: ['escalateTo'], to: 'Person' },
  { from: 'Rotation', path: ['members', '*'], to: 'Person' },
  { from: 'Rotation', path: ['covers', 'teams', '*'], to: 'Team' },
  { from: 'Rotation', path: ['covers', 'services', '*'], to: 'Service' },
  { from: 'Rotation', path: ['forwardsTo', '*'], to: 'Rotation' },
  { from: 'TransferPrice', path: ['provider'], to: 'Organization' },
  { from: 'TransferPrice', path: ['consumer'], to: 'Organization' },
  { from: 'Offering', path: ['provider'], to: 'Organization' },
];

/**
 * Calls `visit` with each string value at `path` inside `spec` and its concrete path. The path
 * is only valid during the call (it is reused): a visitor that keeps it copies it. Loading a
 * large organization walks every reference of every entity, nearly all of which resolve, so the
 * walk allocates nothing per value.
 */
export function forEachValueAt(
  spec: unknown,
  path: readonly string[],
  visit: (value: string, at: readonly (string | number)[]) => void,
): void {
  walk(spec, path, 0, [], visit);
}

function walk(
  node: unknown,
  path: readonly string[],
  depth: number,
  at: (string | number)[],
  visit: (value: string, at: readonly (string | number)[]) => void,
): void {
  if (depth === path.length) {
    if (typeof node === 'string') visit(node, at);
    return;
  }
  const head = path[depth] as string;
  if (head === '*') {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        at.push(i);
        walk(node[i], path, depth + 1, at, visit);
        at.pop();
      }
    }
  } else if (node !== null && typeof node === 'object') {
    at.push(head);
    walk((node as Record<string, unknown>)[head], path, depth + 1, at, visit);
    at.pop();
  }
}
