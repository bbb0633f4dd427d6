import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.ts';

const API_VERSIONS = [
  'backstage.io/v1alpha1',
  'openslo/v1',
  'openslo/v1alpha',
  'openslo.com/v2alpha',
  'sloth.slok.dev/v1',
  'sre.google.com/v2',
  'whorunsit/v1',
];
const KINDS = [
  'Group',
  'User',
  'Component',
  'System',
  'Domain',
  'Location',
  'API',
  'SLO',
  'SLI',
  'Service',
  'PrometheusServiceLevel',
  'AlertWindows',
  'ServiceLevelObjective',
  'Team',
  'Organization',
  'ErrorBudgetPolicy',
];
const NAMES = ['a', 'team-a', 'Team_A', 'b.c', 'guest', 'x y', '', 'acme'];
const FIELDS = [
  'type',
  'parent',
  'children',
  'members',
  'memberOf',
  'owner',
  'system',
  'domain',
  'subcomponentOf',
  'service',
  'slos',
  'objective',
  'objectives',
  'timeWindow',
  'timeWindows',
  'budgetingMethod',
  'target',
  'targets',
  'sloPeriod',
  'page',
  'ticket',
  'goal',
  'steps',
  'runModel',
  'organization',
  'profile',
  'ratioMetric',
];

/** Values of every shape the readers might meet where they expect something else. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(
      ...NAMES,
      'team',
      'organization',
      'library',
      '28d',
      '1M',
      'Occurrences',
      0.999,
      99.9,
      100,
      0,
      -1,
      true,
      null,
    ),
    fc.string({ maxLength: 8 }),
    fc.double(),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        ...FIELDS,
        'name',
        'namespace',
        'annotations',
        'whorunsit.dev/runModel',
        'duration',
        'isRolling',
        'count',
        'unit',
      ),
      tie('node'),
      { maxKeys: 4 },
    ),
  ),
})).node;

const document = fc.record(
  {
    apiVersion: fc.constantFrom(...API_VERSIONS),
    kind: fc.constantFrom(...KINDS),
    metadata: fc.oneof(
      fc.record(
        { name: fc.constantFrom(...NAMES), annotations: value },
        { requiredKeys: ['name'] },
      ),
      value,
    ),
    spec: fc.oneof(fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }), value),
  },
  { requiredKeys: ['apiVersion', 'kind'] },
);

describe('reading other tools’ documents of any shape', () => {
  it('never throws: it returns a model or located problems, and inferences either way', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 8 }), (docs) => {
        const text = docs.map((d) => JSON.stringify(d)).join('\n---\n');
        const result = loadModel([{ name: 'fuzz.yaml', text }]);
        expect(Array.isArray(result.inferences)).toBe(true);
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(0);
        }
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
