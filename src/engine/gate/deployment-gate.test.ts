import { describe, expect, it } from 'vitest';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { deploymentGate } from './deployment-gate.ts';

const model = modelFrom(
  ...shopOrg(),
  doc('ErrorBudgetPolicy', 'strict', 'window: calendar-month\nfreezeWhenDepleted: true'),
  doc('ErrorBudgetPolicy', 'lenient', 'window: calendar-month'),
  doc(
    'Service',
    'cart',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99\nerrorBudgetPolicy: strict',
  ),
  doc(
    'Service',
    'shelf',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99\nerrorBudgetPolicy: lenient',
  ),
  doc('Service', 'attic', 'owner: shop\nrunModel: you-run-it'),
);

/**
 * Hourly samples of 1000 events from March 1st, each at the end of its hour; from the 10th on,
 * 5% fail (1% allowed).
 */
function march(service: string) {
  return regularSeries({
    service,
    from: '2026-03-01T00:00:00Z',
    to: '2026-03-20T00:00:00Z',
    step: 3600,
    total: 1000,
    bad: (t) => (t > at('2026-03-10T00:00:00Z') ? 50 : 0),
  });
}

describe('deploymentGate (§12.5 release freeze)', () => {
  it('allows a release while the period keeps budget, with the figures', () => {
    const gate = deploymentGate({
      model,
      service: 'cart',
      series: march('cart'),
      asOf: at('2026-03-10T12:00:00Z'),
    });
    expect(gate.decision).toBe('allowed');
    // 228 hours of 1000 events allow 2280 bad ones; 12 hours of 50 spent 600.
    expect(gate.budget).toMatchObject({
      status: 'within',
      allowed: 2280,
      bad: 600,
      remaining: 1680,
    });
    expect(gate.reason).toBe(
      '73.7% of the error budget of 2026-03 left (1680 of 2280 bad events): policy strict freezes releases only once it is spent (§12.5)',
    );
  });

  it('freezes from the moment the budget ran out until the period ends', () => {
    const gate = deploymentGate({
      model,
      service: 'cart',
      series: march('cart'),
      asOf: at('2026-03-19T00:00:00Z'),
    });
    expect(gate.decision).toBe('frozen');
    expect(gate.budget.status).toBe('depleted');
    expect(gate.freeze?.until).toBe(at('2026-04-01T00:00:00Z'));
    expect(gate.reason).toMatch(
      /^error budget of 2026-03 exhausted at 2026-03-1\d.*policy strict freezes changes while the budget is depleted \(§12\.5\); frozen until 2026-04-01T00:00:00Z$/,
    );
    // A new month brings a new budget: no data yet in April, nothing frozen.
    const april = deploymentGate({
      model,
      service: 'cart',
      series: march('cart'),
      asOf: at('2026-04-01T00:00:00Z'),
    });
    expect(april).toMatchObject({ decision: 'allowed', freeze: null });
    expect(april.budget.status).toBe('no-data');
  });

  it('does not freeze under a policy without freezeWhenDepleted, nor without data or target', () => {
    const shelf = deploymentGate({
      model,
      service: 'shelf',
      series: march('shelf'),
      asOf: at('2026-03-19T00:00:00Z'),
    });
    expect(shelf.decision).toBe('allowed');
    expect(shelf.reason).toBe(
      'budget depleted, and policy lenient does not freeze releases (freezeWhenDepleted is off)',
    );
    const empty = deploymentGate({
      model,
      service: 'cart',
      series: undefined,
      asOf: at('2026-03-19T00:00:00Z'),
    });
    expect(empty).toMatchObject({
      decision: 'allowed',
      budget: { status: 'no-data', consumedShare: null },
    });
    const attic = deploymentGate({
      model,
      service: 'attic',
      series: undefined,
      asOf: at('2026-03-19T00:00:00Z'),
    });
    expect(attic.budget.status).toBe('no-target');
  });

  it('follows an override in force, says who and why, and keeps what the policy alone decides', () => {
    const override = {
      id: 7,
      decision: 'allowed' as const,
      reason: 'fix for the outage',
      author: 'ci (alice)',
      expiresAt: at('2026-03-19T06:00:00Z'),
    };
    const gate = deploymentGate({
      model,
      service: 'cart',
      series: march('cart'),
      asOf: at('2026-03-19T00:00:00Z'),
      override,
    });
    expect(gate).toMatchObject({ decision: 'allowed', policyDecision: 'frozen', override });
    expect(gate.reason).toBe(
      'allowed by override of ci (alice) until 2026-03-19T06:00:00Z: fix for the outage (the policy alone: frozen)',
    );
    const expired = deploymentGate({
      model,
      service: 'cart',
      series: march('cart'),
      asOf: at('2026-03-19T07:00:00Z'),
      override,
    });
    expect(expired).toMatchObject({ decision: 'frozen', override: null });
  });
});
