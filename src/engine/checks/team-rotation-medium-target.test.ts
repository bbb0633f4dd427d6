import { describe, expect, it } from 'vitest';
import { patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { teamRotationMediumTarget } from './team-rotation-medium-target.ts';

/** The tiny organization with cart at a medium target and a second team of its domain. */
function withNeighbourTeam(zone: string): TestDoc[] {
  const docs = patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 });
  return [
    ...docs.map((d) =>
      d.kind === 'Person' && d.spec.team === 'shop'
        ? { ...d, spec: { ...d.spec, timezone: 'Europe/Berlin' } }
        : d,
    ),
    {
      kind: 'Team',
      name: 'checkout',
      spec: { type: 'development', organization: 'dev', domain: 'payments' },
    },
    ...[0, 1, 2].map((i) => ({
      kind: 'Person',
      name: `checkout-dev-${i}`,
      spec: { team: 'checkout', role: 'developer', timezone: zone },
    })),
  ];
}

describe('team-rotation-medium-target (§12.6)', () => {
  it('suggests a domain rotation for a team rotation protecting only a medium target', () => {
    expect(findingsOf(teamRotationMediumTarget, withNeighbourTeam('Europe/London'))).toEqual([
      {
        code: 'team-rotation-medium-target',
        severity: 'info',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message:
          'Team rotation shop-oncall protects only medium or low tiers (cart): a domain rotation shared with checkout (the same domain, the same working hours) would cost less.',
        section: '§12.6',
      },
    ]);
  });

  it('says nothing for a team alone in its domain: there is nobody to share with', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
    const noDomain = patch(patch(docs, 'Team', 'shop', { domain: undefined }), 'Service', 'cart', {
      domain: undefined,
    });
    expect(findingsOf(teamRotationMediumTarget, noDomain)).toEqual([]);
  });

  it('says nothing when SRE runs every service of the other team alone: its developers are on call for nothing', () => {
    // streaming-media: ad insights' 8x5 rotation beside ad serving, whose services the ads
    // SREs run alone; "a domain rotation shared with ad-serving would cost less" was untrue.
    const docs: TestDoc[] = [
      ...withNeighbourTeam('Europe/London'),
      { kind: 'Team', name: 'sre', spec: { type: 'sre', organization: 'dev' } },
      { kind: 'Person', name: 'sre-1', spec: { team: 'sre', role: 'sre', level: 'senior' } },
      {
        kind: 'ErrorBudgetPolicy',
        name: 'run',
        spec: { handback: { depletedPeriods: 2, outOf: 3 } },
      },
      {
        kind: 'Service',
        name: 'payment-api',
        spec: {
          owner: 'checkout',
          runModel: 'sre-runs-it',
          sreTeam: 'sre',
          errorBudgetPolicy: 'run',
        },
      },
    ];
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
    const shared = patch(docs, 'Service', 'payment-api', { runModel: 'you-run-it' });
    expect(findingsOf(teamRotationMediumTarget, shared).map((f) => f.subject.name)).toEqual([
      'shop-oncall',
    ]);
  });

  it('says nothing when the other team of the domain works on another continent', () => {
    expect(findingsOf(teamRotationMediumTarget, withNeighbourTeam('Australia/Sydney'))).toEqual([]);
  });

  it('accepts a team rotation protecting a high target', () => {
    expect(findingsOf(teamRotationMediumTarget, tinyOrg())).toEqual([]);
  });

  it('says nothing for a service without a target but with high demand: its tier is high', () => {
    const docs = patch(withNeighbourTeam('Europe/London'), 'Service', 'cart', {
      availabilityTarget: undefined,
      demand: 'high',
    });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
  });

  it('judges a service without a target by its demand, else as medium, and says so', () => {
    const byDemand = patch(withNeighbourTeam('Europe/London'), 'Service', 'cart', {
      availabilityTarget: undefined,
      demand: 'medium',
    });
    expect(findingsOf(teamRotationMediumTarget, byDemand).map((f) => f.message)).toEqual([
      'Team rotation shop-oncall protects only medium or low tiers (cart): a domain rotation shared with checkout (the same domain, the same working hours) would cost less. cart states no availability target: its tier comes from its demand until one is set.',
    ]);
    const byDefault = patch(byDemand, 'Service', 'cart', { demand: undefined });
    expect(findingsOf(teamRotationMediumTarget, byDefault).map((f) => f.message)).toEqual([
      'Team rotation shop-oncall protects only medium or low tiers (cart): a domain rotation shared with checkout (the same domain, the same working hours) would cost less. cart states neither an availability target nor demand: medium by default until a target is set.',
    ]);
  });

  it('leaves an operations rotation for ops-run services alone', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'ops-runs-it',
      sreTeam: undefined,
      availabilityTarget: 99,
    });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
  });
});
