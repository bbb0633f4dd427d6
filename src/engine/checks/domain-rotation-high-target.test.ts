import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { domainRotationHighTarget } from './domain-rotation-high-target.ts';

const domainOnly = () =>
  patch(tinyOrg(), 'Rotation', 'shop-oncall', {
    type: 'domain',
    covers: { domain: 'payments' },
  });

describe('domain-rotation-high-target (§12.6)', () => {
  it('reports a high-tier service covered only by a domain rotation', () => {
    expect(findingsOf(domainRotationHighTarget, domainOnly())).toEqual([
      {
        code: 'domain-rotation-high-target',
        severity: 'warning',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('only the domain rotation(s) shop-oncall cover it'),
        section: '§12.6',
      },
    ]);
  });

  it('reports a service without a target but with high demand, saying its tier comes from demand', () => {
    const docs = patch(domainOnly(), 'Service', 'cart', {
      availabilityTarget: undefined,
      demand: 'high',
    });
    const [f] = findingsOf(domainRotationHighTarget, docs);
    expect(f?.message).toContain(
      'Service cart has high demand and no availability target (high tier until a target is set) but only the domain rotation(s) shop-oncall cover it',
    );
  });

  it('does not count a thin layer as the team rotation', () => {
    const docs = [
      ...domainOnly(),
      {
        kind: 'Rotation',
        name: 'noc',
        spec: {
          type: 'thin-layer',
          coverage: '24x7',
          members: ['dan'],
          covers: { services: ['cart'] },
          forwardsTo: ['shop-oncall'],
        },
      },
    ];
    expect(findingsOf(domainRotationHighTarget, docs)).toHaveLength(1);
  });

  it('accepts a high-tier service with a team rotation next to the domain one', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'Rotation',
        name: 'payments',
        spec: { type: 'domain', coverage: '8x7', members: ['dan'], covers: { domain: 'payments' } },
      },
    ];
    expect(findingsOf(domainRotationHighTarget, docs)).toEqual([]);
  });

  it('accepts a medium-tier service on a domain rotation', () => {
    const docs = patch(domainOnly(), 'Service', 'cart', { availabilityTarget: 99.5 });
    expect(findingsOf(domainRotationHighTarget, docs)).toEqual([]);
  });
});
