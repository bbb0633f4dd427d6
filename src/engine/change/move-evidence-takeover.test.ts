import { describe, expect, it } from 'vitest';
import { shopAndSreOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import type { EpochSeconds } from '../../model/index.ts';
import { handover } from '../handover/service-handover.ts';
import { changePlan } from './change-plan.ts';

/**
 * §12.5: "if the services do not meet the reliability criteria from the agreement, they are not
 * taken into operation by the SRE team". A move that puts SRE on call for a service for the
 * first time is checked against the policy's takeover rule (`takeover.withinBudgetPeriods`
 * consecutive periods within budget), the rule `handover` uses for a service SRE does not run,
 * and not only against the handback rule that decides when SRE gives a service back.
 */

// Handback after 2 depleted of 3, takeover after 3 within: one bad month hands nothing back but
// keeps SRE from taking the service over for three months.
const POLICIES = [
  doc(
    'ErrorBudgetPolicy',
    'patient',
    'window: calendar-month\ntakeover: { withinBudgetPeriods: 3 }\nhandback: { depletedPeriods: 2, outOf: 3 }\nfreezeWhenDepleted: false',
  ),
  doc(
    'ErrorBudgetPolicy',
    'handback-only',
    'window: calendar-month\nhandback: { depletedPeriods: 2, outOf: 3 }\nfreezeWhenDepleted: false',
  ),
];

const service = (name: string, runModel: string, policy = 'patient') =>
  doc(
    'Service',
    name,
    `owner: shop\nrunModel: ${runModel}\nsreTeam: sre-core\navailabilityTarget: 99.9\nerrorBudgetPolicy: ${policy}`,
  );

const today = modelFrom(
  ...shopAndSreOrg(),
  ...POLICIES,
  service('billing', 'you-run-it'),
  service('invoices', 'ops-runs-it'),
  service('ledger', 'you-run-it', 'handback-only'),
  service('payouts', 'you-run-it'),
  service('refunds', 'you-and-sre-run-it'),
);
// Billing, invoices, ledger and payouts get SRE on call for the first time; refunds, which SRE
// shares today, goes to SRE alone.
const target = modelFrom(
  ...shopAndSreOrg(),
  ...POLICIES,
  service('billing', 'you-and-sre-run-it'),
  service('invoices', 'sre-runs-it'),
  service('ledger', 'you-and-sre-run-it', 'handback-only'),
  service('payouts', 'sre-runs-it'),
  service('refunds', 'sre-runs-it'),
);

// Hourly samples, January to May 2025: billing and refunds burn February's budget (10 hours of
// errors against 744 × 1000 × 0.1% allowed); payouts has no samples in March.
const OUTAGE = at('2025-02-10T00:00:00Z');
const MARCH = [at('2025-03-01T00:00:00Z'), at('2025-04-01T00:00:00Z')] as const;
const hourly = (name: string, options: { outage?: boolean; noMarch?: boolean } = {}) =>
  regularSeries({
    service: name,
    from: '2025-01-01T00:00:00Z',
    to: '2025-06-01T00:00:00Z',
    step: 3600,
    total: 1000,
    bad: (t) => (options.outage && t > OUTAGE && t <= OUTAGE + 10 * 3600 ? 1000 : 0),
    skip: (t) => options.noMarch === true && t > MARCH[0] && t <= MARCH[1],
  });
const series = seriesMap(
  hourly('billing', { outage: true }),
  hourly('invoices'),
  hourly('ledger'),
  hourly('payouts', { noMarch: true }),
  hourly('refunds', { outage: true }),
);

const checked = (asOf: EpochSeconds) =>
  new Map(
    changePlan(today, target, {
      series,
      incidents: [],
      asOf,
      sli: 'data/sli.csv',
      incidentsFile: null,
    }).moveEvidence.checks.map((c) => [c.service, c]),
  );

describe("a first takeover by SRE checked against the policy's takeover rule (§12.5)", () => {
  const asOf = at('2025-04-15T00:00:00Z');

  it('holds back a first takeover the handback rule alone would let go', () => {
    const billing = checked(asOf).get('billing');
    // One depleted month of three: the handback rule (2 of 3) would keep it with SRE.
    expect(billing?.periods.map((p) => p.status)).toEqual(['within', 'depleted', 'within']);
    expect(billing?.verdict).toBe('not-eligible');
    expect(billing?.takeover).toEqual({
      eligible: false,
      since: null,
      reason:
        'within error budget for 1 consecutive period, policy patient needs 3; 2025-02 was depleted (§12.5)',
    });
    expect(billing?.reason).toMatch(/^SRE would not take it over yet: within error budget for 1/);
    expect(billing?.reason).toContain('2025-02: depleted');
    expect(billing?.reason).toContain('data/sli.csv up to 2025-04-15T00:00:00Z');
    expect(billing?.advice).toBe(
      "Fix reliability first: keep it you-run-it until it is within budget for 3 consecutive periods, as policy patient's takeover rule says (1 so far); then move it to you-and-sre-run-it (§12.5)",
    );
  });

  it('applies the handback rule alone to a service SRE is on call for already', () => {
    // The same samples and policy: refunds is SRE's today, so one bad month does not hold it.
    const refunds = checked(asOf).get('refunds');
    expect(refunds?.verdict).toBe('ready');
    expect(refunds?.takeover).toBeNull();
    expect(refunds?.advice).toMatch(/^At risk: 1 of the last 3 complete periods depleted/);
  });

  it('lets a first takeover go once the takeover rule is met', () => {
    const invoices = checked(asOf).get('invoices');
    expect(invoices?.verdict).toBe('ready');
    expect(invoices?.takeover).toMatchObject({ eligible: true, since: '2025-04-01T00:00:00Z' });
    expect(invoices?.reason).toMatch(
      /^within budget for the last 3 complete periods in a row, so policy patient's takeover rule \(3\) lets SRE take it over; its error budget policy keeps it with SRE/,
    );
    expect(invoices?.advice).toBeNull();
    // Three months within budget after the outage: billing may be taken over in June.
    expect(checked(at('2025-06-01T00:00:00Z')).get('billing')?.verdict).toBe('ready');
  });

  it('says a gap in the samples, not reliability, keeps SRE from taking it over', () => {
    const payouts = checked(asOf).get('payouts');
    expect(payouts?.verdict).toBe('not-eligible');
    expect(payouts?.takeover?.reason).toContain('2025-03 was without data');
    expect(payouts?.advice).toMatch(/^Measure payouts's SLI in every period first: keep it/);
  });

  it('does not call a first takeover fine when the policy has no takeover rule', () => {
    const ledger = checked(asOf).get('ledger');
    expect(ledger?.verdict).toBe('not-checked');
    expect(ledger?.reason).toContain(
      'policy handback-only sets no takeover rule (takeover.withinBudgetPeriods)',
    );
    expect(ledger?.advice).toMatch(/^Add a takeover rule to policy handback-only/);
  });

  it('decides as `handover` decides takeover for a service SRE does not run', () => {
    // Today's model has the same policies: its takeover eligibility is the one definition.
    let compared = 0;
    for (const when of [asOf, at('2025-06-01T00:00:00Z')]) {
      const runs = handover({ model: today, series, incidents: [], asOf: when }).services;
      for (const c of checked(when).values()) {
        const eligible = runs.find((s) => s.name === c.service)?.takeover?.eligible;
        if (eligible === undefined || c.verdict === 'not-checked') continue;
        expect(c.takeover?.eligible, c.service).toBe(eligible);
        expect(c.verdict === 'not-eligible', c.service).toBe(!eligible);
        compared++;
      }
    }
    // billing, invoices and payouts, twice.
    expect(compared).toBe(6);
  });

  it('without samples, says the takeover rule is unchecked too', () => {
    const none = changePlan(today, target).moveEvidence.checks;
    const reason = (name: string) => none.find((c) => c.service === name)?.reason;
    expect(reason('billing')).toContain(
      "whether billing meets its error budget policy's takeover rule, or the policy would hand it straight back, is unknown",
    );
    expect(reason('refunds')).toContain(
      'whether its error budget policy would hand refunds straight back to its developers is unknown',
    );
  });

  it('says in the rollout not to move a service SRE may not take over yet', () => {
    const plan = changePlan(today, target, {
      series,
      incidents: [],
      asOf,
      sli: 'data/sli.csv',
      incidentsFile: null,
    });
    const notes = plan.rollout.find((s) => s.step === 'run-model-changes')?.notes ?? [];
    expect(notes.filter((n) => n.includes('do not move it yet'))).toEqual([
      expect.stringMatching(/^billing: do not move it yet\. Fix reliability first/),
      expect.stringMatching(/^payouts: do not move it yet\. Measure payouts's SLI/),
    ]);
  });
});
