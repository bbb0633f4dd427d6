import { describe, expect, it } from 'vitest';
import { patch, tinyOrg, without } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { offHoursWithoutCompensation } from './off-hours-without-compensation.ts';

describe('off-hours-without-compensation (§12.9.5)', () => {
  it.each(['24x7', '8x7'])('reports %s coverage without a compensation policy', (coverage) => {
    const docs = patch(
      without(tinyOrg(), 'CompensationPolicy', 'standby-pay'),
      'Rotation',
      'shop-oncall',
      {
        coverage,
      },
    );
    expect(findingsOf(offHoursWithoutCompensation, docs)).toEqual([
      {
        code: 'off-hours-without-compensation',
        severity: 'warning',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message: expect.stringContaining(`covers ${coverage}, outside business hours`),
        section: '§12.9.5',
      },
    ]);
  });

  it('accepts off-hours coverage once a compensation policy exists', () => {
    const docs = [
      ...patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '24x7' }),
      {
        kind: 'CompensationPolicy',
        name: 'standard',
        spec: { currency: 'EUR', standbyPerHour: 5 },
      },
    ];
    expect(findingsOf(offHoursWithoutCompensation, docs)).toEqual([]);
  });

  it('accepts business-hours coverage without compensation', () => {
    const docs = patch(
      without(tinyOrg(), 'CompensationPolicy', 'standby-pay'),
      'Rotation',
      'shop-oncall',
      {
        coverage: '8x5',
      },
    );
    expect(findingsOf(offHoursWithoutCompensation, docs)).toEqual([]);
  });
});
