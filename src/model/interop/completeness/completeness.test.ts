import { describe, expect, it } from 'vitest';
import type { Inference } from '../inference.ts';
import { completeness } from './completeness.ts';
import type { RawEntity } from './field-needs.ts';

const entity = (
  kind: RawEntity['kind'],
  name: string,
  spec: Record<string, unknown>,
): RawEntity => ({ kind, name, spec });
const inferred = (kind: string, name: string, field: string): Inference => ({
  code: 'inferred',
  file: 'c.yaml',
  line: 1,
  column: 1,
  path: '',
  message: 'm',
  subject: { kind, name },
  field,
});

describe('completeness', () => {
  it('lists missing required fields first, then what blocks the most analyses', () => {
    const items = completeness(
      [
        entity('Organization', 'dev', { type: 'development' }),
        entity('Team', 'web', {
          type: 'development',
          organization: 'dev',
          setup: 'developers-on-rotation',
          manager: 'ann',
        }),
        entity('Service', 'shop', { owner: 'web' }),
        entity('Service', 'cart', {
          owner: 'web',
          runModel: 'you-run-it',
          availabilityTarget: 99.9,
          errorBudgetPolicy: 'p',
          demand: 'high',
          revenuePerHour: { amount: 1, currency: 'EUR' },
        }),
        entity('ErrorBudgetPolicy', 'p', {
          takeover: { withinBudgetPeriods: 2 },
          handback: { depletedPeriods: 1, outOf: 2 },
        }),
        entity('Rotation', 'r', {}),
        entity('CompensationPolicy', 'c', {}),
      ],
      [],
    );
    expect(items.map((i) => `${i.kind}.${i.field} ${i.status} ${i.entities.join(',')}`)).toEqual([
      'Service.runModel missing shop',
      'Service.availabilityTarget missing shop',
      'Service.errorBudgetPolicy missing shop',
      'Organization.costCenter missing dev',
      'Organization.head missing dev',
      'Service.demand missing shop',
      'Service.revenuePerHour missing shop',
    ]);
    expect(items[0]?.blocks).toEqual(['loading the model at all (a required field)']);
  });

  it('asks to confirm inferred values, ranked by what a wrong guess misleads', () => {
    const items = completeness(
      [
        entity('Team', 'web', {
          type: 'development',
          organization: 'dev',
          setup: 'dedicated-sre',
          manager: 'ann',
        }),
      ],
      [inferred('Team', 'web', 'type')],
    );
    expect(items[0]).toMatchObject({
      kind: 'Team',
      field: 'type',
      status: 'inferred',
      entities: ['web'],
    });
    expect(items[0]?.blocks).toContain('reporting lines (§12.7.1)');
  });

  it('applies fields only where they mean something: SRE levels for SREs, sreTeam with SRE run models', () => {
    const items = completeness(
      [
        entity('Person', 'ann', { role: 'developer', timezone: 'UTC', reportsTo: 'bob' }),
        entity('Person', 'bob', { role: 'sre', timezone: 'UTC', reportsTo: 'ann' }),
        entity('Service', 'a', {
          owner: 'w',
          runModel: 'you-run-it',
          availabilityTarget: 99,
          errorBudgetPolicy: 'p',
          demand: 'low',
          revenuePerHour: {},
        }),
        entity('Service', 'b', {
          owner: 'w',
          runModel: 'sre-runs-it',
          availabilityTarget: 99,
          errorBudgetPolicy: 'p',
          demand: 'low',
          revenuePerHour: {},
        }),
      ],
      [],
    );
    expect(
      items
        .filter((i) => i.field !== '*')
        .map((i) => `${i.kind}.${i.field} ${i.entities.join(',')}`),
    ).toEqual(['Service.sreTeam b', 'Person.level bob']);
  });

  it('lists services SLOs measure that nothing defines, and kinds with no entity', () => {
    const unattached: Inference = {
      code: 'unattached',
      file: 's.yaml',
      line: 1,
      column: 1,
      path: '',
      message: 'm',
      subject: { kind: 'Service', name: 'web-shop' },
    };
    const items = completeness(
      [entity('Organization', 'sre', { type: 'sre', head: 'a', costCenter: 'x' })],
      [unattached],
    );
    expect(items.map((i) => `${i.kind}.${i.field} ${i.status} ${i.entities.join(',')}`)).toEqual([
      'ErrorBudgetPolicy.* missing ',
      'Rotation.* missing ',
      'Service.* undefined web-shop',
      'CompensationPolicy.* missing ',
      'TransferPrice.* missing ',
    ]);
  });
});
