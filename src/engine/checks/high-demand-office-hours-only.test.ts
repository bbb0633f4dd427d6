import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { highDemandOfficeHoursOnly } from './high-demand-office-hours-only.ts';

/** tinyOrg's cart (high demand) at a 99.9 % target on an 8x5 rotation, under tiers {99.95, 99.9}. */
const cart = (service: Record<string, unknown>, coverage = '8x5') =>
  patch(
    patch(
      patch(tinyOrg(), 'Organization', 'pd', {
        availabilityTiers: { high: 99.95, medium: 99.9 },
      }),
      'Service',
      'cart',
      { availabilityTarget: 99.9, ...service },
    ),
    'Rotation',
    'shop-oncall',
    { coverage },
  );

describe('high-demand-office-hours-only (§12.6)', () => {
  it('reports a high-demand service whose lower-tier target leaves it to office hours', () => {
    expect(findingsOf(highDemandOfficeHoursOnly, cart({}))).toEqual([
      {
        code: 'high-demand-office-hours-only',
        severity: 'warning',
        subject: { kind: 'Service', name: 'cart' },
        message:
          'Service cart has high demand and a medium-tier target of 99.9%, and only shop-oncall (team, 8x5) covers it: high demand, office hours only. Its target decides its tier, so nothing requires a round-the-clock rotation; confirm with the business that a breach at night may wait for office hours, or raise the target to the high tier (≥ 99.95%) and put it on a 24x7 team rotation.',
        section: '§12.6',
      },
    ]);
  });

  it.each([
    ['a round-the-clock rotation covers it', {}, '24x7'],
    ['its demand is medium', { demand: 'medium' }, '8x5'],
    // a high tier covered in office hours is high-tier-without-round-the-clock's finding
    ['its target is of the high tier', { availabilityTarget: 99.95 }, '8x7'],
    // without a target, demand is its tier: the same
    ['it has no target', { availabilityTarget: undefined }, '8x5'],
  ])('says nothing when %s', (_, service, coverage) => {
    expect(findingsOf(highDemandOfficeHoursOnly, cart(service, coverage))).toEqual([]);
  });
});
