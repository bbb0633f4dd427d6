import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { serviceWithoutRotation } from './service-without-rotation.ts';

describe('service-without-rotation (§12.6)', () => {
  it('reports a service no rotation covers', () => {
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { covers: { services: [] } });
    expect(findingsOf(serviceWithoutRotation, docs)).toEqual([
      {
        code: 'service-without-rotation',
        severity: 'error',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('No rotation covers service cart'),
        section: '§12.6',
      },
    ]);
  });

  it.each([
    ['its owner team', { teams: ['shop'] }],
    ['its name', { services: ['cart'] }],
    ['its domain', { domain: 'payments' }],
  ])('accepts a service covered by %s', (_how, covers) => {
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { covers });
    expect(findingsOf(serviceWithoutRotation, docs)).toEqual([]);
  });
});
