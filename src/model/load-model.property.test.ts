import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { doc } from '../../test/support/yaml-model.ts';
import { loadModel } from './load-model.ts';

/** A small valid model touching every kind. */
const VALID = [
  doc('Organization', 'pd', 'type: product-delivery\nhead: ann'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'web', 'type: development\norganization: dev\nmanager: ann\ndomain: shop'),
  doc(
    'Team',
    'sre',
    'type: sre\norganization: dev\nsupports: [web, { team: web, hoursPerMonth: 8 }]',
  ),
  doc('Person', 'ann', 'role: manager\ntimezone: Europe/Berlin'),
  doc('Person', 'bob', 'team: sre\nrole: sre\nlevel: senior\nreportsTo: ann\nmentors: [ann]'),
  doc(
    'Service',
    'api',
    'owner: web\nrunModel: sre-runs-it\nsreTeam: sre\nerrorBudgetPolicy: std\navailabilityTarget: 99.9\nrevenuePerHour: { amount: 100, currency: EUR }',
  ),
  doc(
    'ErrorBudgetPolicy',
    'std',
    'window: 28d\nhandback: { depletedPeriods: 2, outOf: 3 }\nescalateTo: ann',
  ),
  doc('Rotation', 'r', 'type: team\ncoverage: 24x7\nmembers: [bob]\ncovers: { services: [api] }'),
  doc('CompensationPolicy', 'pay', 'currency: EUR\nstandbyPerHour: 5'),
  doc('TransferPrice', 'tp', 'provider: dev\nconsumer: pd\nhourlyRate: 90'),
  doc('Offering', 'o', 'type: advisory\npriceModel: project\nprovider: dev'),
  doc(
    'SalaryBand',
    'sb',
    'role: sre\nlevel: senior\nlocation: Berlin\nannual: 110000\ncurrency: EUR',
  ),
];

/** Replacement values of every type a mutation can put anywhere in a document. */
const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'ann',
    'ghost',
    'Bad Name',
    '24x7',
    'you-run-it',
    'Europe/Berlin',
    '../../etc/passwd',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

type Mutation =
  | { kind: 'set'; doc: number; path: number[]; value: unknown }
  | { kind: 'delete'; doc: number; path: number[] }
  | { kind: 'rename'; doc: number; path: number[]; to: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    doc: fc.nat(),
    path: fc.array(fc.nat(), { maxLength: 4 }),
    value: anyValue,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    doc: fc.nat(),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    doc: fc.nat(),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    to: fc.string({ maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom('*x', '&a', ': :', '[', '{', '---', '\t', '"', '- - -'),
    ),
  }),
);

/** Walks `indexes` through the document: each index picks a key (maps) or item (lists). */
function resolvePath(data: unknown, indexes: readonly number[]): (string | number)[] {
  const path: (string | number)[] = [];
  let node = data;
  for (const i of indexes) {
    if (Array.isArray(node) && node.length > 0) {
      const k = i % node.length;
      path.push(k);
      node = node[k];
    } else if (node && typeof node === 'object' && Object.keys(node).length > 0) {
      const keys = Object.keys(node);
      const k = keys[i % keys.length] as string;
      path.push(k);
      node = (node as Record<string, unknown>)[k];
    } else break;
  }
  return path;
}

function apply(docs: readonly string[], m: Mutation): string[] {
  const out = [...docs];
  if (m.kind === 'truncate' || m.kind === 'insert') {
    const all = out.join('---\n');
    const at = m.at % (all.length + 1);
    return [m.kind === 'truncate' ? all.slice(0, at) : all.slice(0, at) + m.text + all.slice(at)];
  }
  const index = m.doc % out.length;
  const parsed = parseDocument(out[index] as string);
  // Structural mutations need a parseable document; text mutations already broke this one.
  if (parsed.errors.length > 0) return out;
  // An alias without its anchor (`*x`) parses but has no value: no structure to mutate either.
  let value: unknown;
  try {
    value = parsed.toJS();
  } catch {
    return out;
  }
  const path = resolvePath(value, m.path);
  if (m.kind === 'set') parsed.setIn(path, m.value);
  else if (path.length > 0 && m.kind === 'delete') parsed.deleteIn(path);
  else if (path.length > 0 && m.kind === 'rename') {
    const value = parsed.getIn(path);
    parsed.deleteIn(path);
    const parentPath = path.slice(0, -1);
    if (typeof path.at(-1) === 'string') parsed.setIn([...parentPath, m.to], value);
  }
  out[index] = parsed.toString();
  return out;
}

describe('loadModel under random mutation', () => {
  it('loads the unmutated model', () => {
    expect(loadModel([{ name: 'm.yaml', text: VALID.join('---\n') }]).ok).toBe(true);
  });

  it('never throws: it returns a model or located problems', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const docs = mutations.reduce<string[]>((acc, m) => apply(acc, m), [...VALID]);
        const text = docs.join('---\n');
        const lines = text.split('\n').length;
        const result = loadModel([{ name: 'm.yaml', text }]);
        if (result.ok) {
          expect(result.problems).toEqual([]);
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.file).toBe('m.yaml');
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines + 1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.code).toMatch(/^[a-z-]+$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
