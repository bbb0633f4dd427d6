import { describe, expect, it } from 'vitest';
import { shopAndSreOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import type { EpochSeconds } from '../../model/index.ts';
import { GIVE_SLI_SAMPLES } from '../budgets/how-to-give-sli.ts';
import { serviceBudgets } from '../budgets/service-budgets.ts';
import { handover } from '../handover/service-handover.ts';
import { changePlan } from './change-plan.ts';
import { type MoveCheck, moveEvidence } from './move-evidence.ts';

const POLICIES = [
  doc(
    'ErrorBudgetPolicy',
    'strict',
    'window: calendar-month\ntakeover: { withinBudgetPeriods: 2 }\nhandback: { depletedPeriods: 1, outOf: 2 }\nfreezeWhenDepleted: false',
  ),
  doc('ErrorBudgetPolicy', 'lenient', 'window: calendar-month\nfreezeWhenDepleted: false'),
];

const service = (name: string, runModel: string, extra = 'errorBudgetPolicy: strict') =>
  doc(
    'Service',
    name,
    `owner: shop\nrunModel: ${runModel}\nsreTeam: sre-core\navailabilityTarget: 99.9\n${extra}`,
  );

// Today: SRE shares checkout and search; cart and ads run with their developers; back-office
// runs with SRE alone.
const today = modelFrom(
  ...shopAndSreOrg(),
  ...POLICIES,
  service('checkout', 'you-and-sre-run-it'),
  service('search', 'you-and-sre-run-it'),
  service('cart', 'you-run-it'),
  service('ads', 'you-run-it'),
  service('catalog', 'you-and-sre-run-it'),
  service('reports', 'you-and-sre-run-it', 'errorBudgetPolicy: lenient'),
  service('back-office', 'sre-runs-it'),
);
// The target: SRE alone for all but back-office, which goes back to its developers.
const target = modelFrom(
  ...shopAndSreOrg(),
  ...POLICIES,
  service('checkout', 'sre-runs-it'),
  service('search', 'sre-runs-it'),
  service('cart', 'you-and-sre-run-it'),
  service('ads', 'sre-runs-it'),
  service('catalog', 'sre-runs-it', ''),
  service('reports', 'sre-runs-it', 'errorBudgetPolicy: lenient'),
  service('back-office', 'you-run-it'),
);

// Hourly samples, January to May 2025, 1000 events each: checkout and cart burn February's
// budget (10 hours at 100% errors against 672 allowed), the others spend nothing. Ads has none.
const OUTAGE = at('2025-02-10T00:00:00Z');
const hourly = (name: string, outage: boolean) =>
  regularSeries({
    service: name,
    from: '2025-01-01T00:00:00Z',
    to: '2025-06-01T00:00:00Z',
    step: 3600,
    total: 1000,
    bad: (t) => (outage && t > OUTAGE && t <= OUTAGE + 10 * 3600 ? 1000 : 0),
  });
const series = seriesMap(
  hourly('checkout', true),
  hourly('search', false),
  hourly('cart', true),
  hourly('catalog', false),
  hourly('reports', false),
  hourly('back-office', false),
);

const checked = (asOf: EpochSeconds) => {
  const plan = changePlan(today, target, {
    series,
    incidents: [],
    asOf,
    sli: 'data/sli.csv',
    incidentsFile: null,
  });
  return new Map(plan.moveEvidence.checks.map((c) => [c.service, c]));
};
const verdicts = (checks: ReadonlyMap<string, MoveCheck>) =>
  Object.fromEntries([...checks].map(([name, c]) => [name, c.verdict]));

describe('moves to SRE checked against the error budget evidence (§12.5)', () => {
  it('checks only the moves that give SRE more of the on-call', () => {
    const names = [...checked(at('2025-04-15T00:00:00Z')).keys()];
    expect(names).toEqual(['checkout', 'search', 'cart', 'ads', 'catalog', 'reports']);
  });

  it('flags a move its policy would hand straight back, as the handover engine decides it', () => {
    const asOf = at('2025-04-15T00:00:00Z');
    const checks = checked(asOf);
    expect(verdicts(checks)).toMatchObject({
      checkout: 'handed-back',
      search: 'ready',
      cart: 'handed-back',
    });
    // The one definition: the handover engine run on the target says who runs it now.
    const runs = handover({ model: target, series, incidents: [], asOf }).services;
    for (const name of ['checkout', 'search', 'cart']) {
      const run = runs.find((s) => s.name === name);
      expect(checks.get(name)?.verdict === 'handed-back', name).toBe(
        run?.currentRunModel !== run?.agreedRunModel,
      );
    }
    const checkout = checks.get('checkout');
    // Today's agreement has handed checkout back too: its developers run it now.
    expect(checkout?.runsToday).toBe('you-run-it');
    expect(checkout?.reason).toContain('SRE would hand it straight back');
    expect(checkout?.reason).toContain('2025-02: depleted, 1488.1% of the budget used');
    expect(checkout?.reason).toContain('data/sli.csv up to 2025-04-15T00:00:00Z');
    expect(checkout?.reason).toContain('the 99.9% target over calendar-month windows');
    expect(checkout?.advice).toMatch(/^Fix reliability first: keep shared on-call/);
    expect(checkout?.advice).toContain('within budget for 2 consecutive periods');
    // Cart is not SRE's today: it runs with its developers, not handed back.
    expect(checks.get('cart')?.runsToday).toBe('you-run-it');
    expect(checks.get('cart')?.advice).toMatch(/^Fix reliability first: keep it you-run-it/);
    expect(checks.get('search')?.advice).toBeNull();
  });

  it('gives the figures plan --sli gives: the same periods and current budget', () => {
    const asOf = at('2025-04-15T00:00:00Z');
    const budgets = serviceBudgets({ model: target, series, asOf }).services;
    for (const c of checked(asOf).values()) {
      const b = budgets.find((x) => x.name === c.service);
      if (c.budgetNow === null) continue;
      expect(c.budgetNow.status, c.service).toBe(b?.current?.status);
      expect(c.budgetNow.consumedShare, c.service).toBe(b?.current?.consumedShare);
      expect(c.periods.map((p) => p.consumedShare)).toEqual(
        b?.periods.filter((p) => p.period.complete).map((p) => p.consumedShare),
      );
    }
  });

  it('says a move is at risk while the budget is spent but not yet handed back', () => {
    // February so far: the outage spent its budget; the policy decides at the month's end.
    const checkout = checked(at('2025-02-20T00:00:00Z')).get('checkout');
    expect(checkout?.verdict).toBe('ready');
    expect(checkout?.budgetNow?.status).toBe('depleted');
    expect(checkout?.advice).toMatch(
      /^At risk: 0 of the last 1 complete period depleted, and the current window's budget \(2025-02\) is spent/,
    );
    expect(checkout?.advice).toContain(
      '1 more depleted period of 2 hands it back under policy strict',
    );
  });

  it('lets the move go once the policy has returned the service', () => {
    // Within budget in March and April: the policy returned it on 1 May.
    expect(checked(at('2025-06-01T00:00:00Z')).get('checkout')?.verdict).toBe('ready');
  });

  it('says what it could not check: no samples, no policy, no handback rule', () => {
    const checks = checked(at('2025-04-15T00:00:00Z'));
    expect(verdicts(checks)).toMatchObject({
      ads: 'not-checked',
      catalog: 'not-checked',
      reports: 'not-checked',
    });
    expect(checks.get('ads')?.reason).toContain('ads has no SLI samples in data/sli.csv');
    expect(checks.get('catalog')?.reason).toContain('no error budget policy');
    expect(checks.get('reports')?.reason).toContain('policy lenient sets no handback rule');
    for (const c of checks.values()) {
      if (c.verdict === 'not-checked') expect(c.reason).toMatch(/^not checked against evidence/);
    }
  });

  it('without samples, lists every move as not checked rather than fine', () => {
    // How to give the samples is the edge's sentence, carried as it is.
    const howToGive = 'Post the samples to `/samples`';
    const none = moveEvidence({
      today,
      target,
      modelChanges: changePlan(today, target).modelChanges,
      evidence: undefined,
      howToGive,
    });
    expect(none.given).toBe(false);
    expect(none.howToGive).toBe(howToGive);
    expect(none.checks.map((c) => [c.service, c.verdict])).toEqual(
      ['checkout', 'search', 'cart', 'ads', 'catalog', 'reports'].map((s) => [s, 'not-checked']),
    );
    for (const c of none.checks) {
      expect(c.reason).toContain('no SLI samples were given');
      expect(c.advice).not.toContain('--sli');
      // catalog has no error budget policy in the target: samples alone would check nothing.
      if (c.service === 'catalog')
        expect(c.advice).toBe(
          'Sign an error budget policy for catalog first; then post the samples to `/samples` to check the move against it before SRE takes catalog on (§12.5)',
        );
      else
        expect(c.advice).toBe(
          `${howToGive} to check the move against ${c.service}'s error budget before SRE takes it on (§12.5)`,
        );
    }
    // An edge that names no way: a neutral sentence, never a flag of one edge.
    const neutral = changePlan(today, target).moveEvidence;
    expect(neutral.howToGive).toBe(GIVE_SLI_SAMPLES);
    expect(neutral.checks[0]?.advice).toMatch(/^Give the SLI samples \(good and total/);
  });

  it('asks for the error budget policy before the samples of a service that has neither', () => {
    const noPolicy = modelFrom(
      ...shopAndSreOrg(),
      ...POLICIES,
      service('ads', 'sre-runs-it', ''),
      service('checkout', 'sre-runs-it'),
    );
    const plan = changePlan(today, noPolicy, {
      series,
      incidents: [],
      asOf: at('2025-04-15T00:00:00Z'),
      sli: 'data/sli.csv',
      incidentsFile: null,
    });
    const ads = plan.moveEvidence.checks.find((c) => c.service === 'ads');
    expect(ads?.verdict).toBe('not-checked');
    expect(ads?.reason).toContain(
      'ads has no SLI samples in data/sli.csv up to 2025-04-15T00:00:00Z, and no error budget policy in the target',
    );
    expect(ads?.advice).toMatch(
      /^Sign an error budget policy for ads first; then measure ads's SLI before SRE takes it on/,
    );
  });

  it('says in the rollout not to move a service its policy would hand straight back', () => {
    const plan = changePlan(today, target, {
      series,
      incidents: [],
      asOf: at('2025-04-15T00:00:00Z'),
      sli: 'data/sli.csv',
      incidentsFile: null,
    });
    const notes = plan.rollout.find((s) => s.step === 'run-model-changes')?.notes ?? [];
    expect(notes.filter((n) => n.includes('do not move it yet'))).toEqual([
      expect.stringMatching(/^checkout: do not move it yet\. Fix reliability first/),
      expect.stringMatching(/^cart: do not move it yet\. Fix reliability first/),
    ]);
  });
});
