import { describe, expect, it } from 'vitest';
import { patch, tinyOrg, without } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { standbyUnpaid } from './standby-unpaid.ts';

const unpaid = (extra: Record<string, unknown> = {}) =>
  patch(tinyOrg(), 'CompensationPolicy', 'standby-pay', {
    standbyPerHour: undefined,
    incidentPerHour: 40,
    ...extra,
  });

describe('standby-unpaid (§12.9.5)', () => {
  it('reports a 24x7 rotation whose policy pays incidents but nothing for standby', () => {
    expect(findingsOf(standbyUnpaid, unpaid())).toEqual([
      {
        code: 'standby-unpaid',
        severity: 'warning',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          'Rotation shop-oncall is on call 24x7, outside business hours, but compensation policy standby-pay gives nothing for that standby (no standbyPerHour, no timeOffPerStandbyHour, no baseUpliftPercent): unpaid out-of-hours standby leads to burnout and people leaving; time off in lieu can be granted at once.',
        section: '§12.9.5',
      },
    ]);
  });

  it('reports a policy that states zero for every standby block, and 8x7 weekends too', () => {
    const docs = patch(
      unpaid({ standbyPerHour: 0, timeOffPerStandbyHour: 0, baseUpliftPercent: 0 }),
      'Rotation',
      'shop-oncall',
      { coverage: '8x7' },
    );
    expect(findingsOf(standbyUnpaid, docs).map((f) => f.subject.name)).toEqual(['shop-oncall']);
  });

  it.each([
    ['standby pay', { standbyPerHour: 1 }],
    ['time off in lieu', { timeOffPerStandbyHour: 0.1 }],
    ['a higher base salary', { baseUpliftPercent: 5 }],
  ])('accepts %s as compensation for standby', (_, block) => {
    expect(findingsOf(standbyUnpaid, unpaid(block))).toEqual([]);
  });

  it('leaves business-hours rotations alone, and a model without a policy to another check', () => {
    const office = patch(unpaid(), 'Rotation', 'shop-oncall', { coverage: '8x5' });
    expect(findingsOf(standbyUnpaid, office)).toEqual([]);
    expect(
      findingsOf(standbyUnpaid, without(tinyOrg(), 'CompensationPolicy', 'standby-pay')),
    ).toEqual([]);
  });
});
