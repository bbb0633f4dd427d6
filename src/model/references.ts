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
  { from: 'Person', path: ['team'], to: 'Team' },
  { from: 'Person', path: ['reportsTo'], to: 'Person' },
  { from: 'Person', path: ['mentors', '*'], to: 'Person' },
  { from: 'Person', path: ['careerEvidence', 'mentees', '*', 'person'], to: 'Person' },
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

/** The string values at `path` inside `spec`, with their concrete paths. */
export function valuesAt(
  spec: unknown,
  path: readonly string[],
): { value: string; path: (string | number)[] }[] {
  const out: { value: string; path: (string | number)[] }[] = [];
  const walk = (node: unknown, rest: readonly string[], at: (string | number)[]): void => {
    if (rest.length === 0) {
      if (typeof node === 'string') out.push({ value: node, path: at });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) walk(item, tail, [...at, i]);
      }
    } else if (head !== undefined && node !== null && typeof node === 'object') {
      walk((node as Record<string, unknown>)[head], tail, [...at, head]);
    }
  };
  walk(spec, path, []);
  return out;
}
