import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { highTierWithoutRoundTheClock } from './high-tier-without-round-the-clock.ts';

const thinLayer = {
  kind: 'Rotation',
  name: 'noc',
  spec: { type: 'thin-layer', coverage: '24x7', members: ['sam'], forwardsTo: ['shop-oncall'] },
};

describe('high-tier-without-round-the-clock (§12.6)', () => {
  it.each(['8x5', '8x7'])('reports a high-tier service covered only %s', (coverage) => {
    const docs = patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage });
    expect(findingsOf(highTierWithoutRoundTheClock, docs)).toEqual([
      {
        code: 'high-tier-without-round-the-clock',
        severity: 'error',
        subject: { kind: 'Service', name: 'cart' },
        message: `Service cart has a high-tier target of 99.95% but only shop-oncall (team, ${coverage}) cover it: nobody who knows it is on call at night or on weekends, so a breach no runbook covers waits for office hours. Put it on a 24x7 team rotation (a thin layer may take the runbook cases in front of it).`,
        section: '§12.6',
      },
    ]);
  });

  it('reports a service without a target but with high demand, saying its tier comes from demand', () => {
    const docs = patch(
      patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '8x5' }),
      'Service',
      'cart',
      { availabilityTarget: undefined, demand: 'high' },
    );
    const [f] = findingsOf(highTierWithoutRoundTheClock, docs);
    expect(f?.message).toContain(
      'Service cart has high demand and no availability target (high tier until a target is set) but only shop-oncall (team, 8x5) cover it',
    );
    const medium = patch(docs, 'Service', 'cart', { demand: 'medium' });
    expect(findingsOf(highTierWithoutRoundTheClock, medium)).toEqual([]);
  });

  it('still reports it with a 24x7 thin layer in front: the thin layer takes runbook cases only', () => {
    const docs = [...patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '8x7' }), thinLayer];
    const [f] = findingsOf(highTierWithoutRoundTheClock, docs);
    expect(f?.message).toContain(
      'only shop-oncall (team, 8x7) and noc (thin-layer, 24x7) cover it',
    );
  });

  it('accepts a round-the-clock team or domain rotation, with or without a thin layer', () => {
    expect(findingsOf(highTierWithoutRoundTheClock, [...tinyOrg(), thinLayer])).toEqual([]);
    const domain = patch(tinyOrg(), 'Rotation', 'shop-oncall', {
      type: 'domain',
      covers: { domain: 'payments' },
    });
    expect(findingsOf(highTierWithoutRoundTheClock, domain)).toEqual([]);
  });

  it('leaves medium and low tiers to office hours, and services with no rotation to another check', () => {
    const medium = patch(
      patch(tinyOrg(), 'Rotation', 'shop-oncall', { coverage: '8x5' }),
      'Service',
      'cart',
      { availabilityTarget: 99.5 },
    );
    expect(findingsOf(highTierWithoutRoundTheClock, medium)).toEqual([]);
    const uncovered = patch(tinyOrg(), 'Rotation', 'shop-oncall', { covers: { services: [] } });
    expect(findingsOf(highTierWithoutRoundTheClock, uncovered)).toEqual([]);
  });
});
