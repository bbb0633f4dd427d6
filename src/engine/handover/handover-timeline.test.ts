import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetsFrom } from '../../../test/support/budget-pattern.ts';
import type { ErrorBudgetPolicySpec } from '../../model/index.ts';
import { handoverTimeline } from './handover-timeline.ts';

const policy: ErrorBudgetPolicySpec = {
  window: 'calendar-month',
  handback: { depletedPeriods: 2, outOf: 3 },
  takeover: { withinBudgetPeriods: 2 },
};

const run = (pattern: string, spec: ErrorBudgetPolicySpec = policy) =>
  handoverTimeline({
    agreed: 'sre-runs-it',
    policyName: 'standard',
    policy: spec,
    budgets: budgetsFrom(pattern),
  });

const events = (pattern: string, spec?: ErrorBudgetPolicySpec) =>
  run(pattern, spec).timeline.map(
    (e) => `${e.event}@${new Date(e.at * 1000).toISOString().slice(0, 7)}`,
  );

describe('handoverTimeline', () => {
  it('hands back exactly when the count of depleted periods reaches the threshold', () => {
    // D W D: two depleted of the last three at the end of March → handback on 1 April.
    expect(events('DWD')).toEqual(['handback@2025-04']);
    const entry = run('DWD').timeline[0];
    expect(entry).toMatchObject({ from: 'sre-runs-it', to: 'you-run-it' });
    expect(entry?.reason).toBe(
      'error budget depleted in 2 of the last 3 periods (2025-01, 2025-03); policy standard hands the service back to its developers after 2 of 3 (§12.5)',
    );
  });

  it('keeps running a service one depleted period below the threshold', () => {
    expect(events('DWWDWWD')).toEqual([]);
    expect(run('DWWDWWD').current).toBe('sre-runs-it');
  });

  it('returns the service after exactly the agreed number of periods within budget', () => {
    expect(events('DDW')).toEqual(['handback@2025-03']);
    expect(events('DDWW')).toEqual(['handback@2025-03', 'return@2025-05']);
    const back = run('DDWW');
    expect(back.current).toBe('sre-runs-it');
    expect(back.timeline[1]?.reason).toMatch(
      /within error budget for 2 consecutive periods \(2025-03, 2025-04\)/,
    );
  });

  it('records who ran the service in every period', () => {
    expect(run('DDWWW').periods.map((p) => p.runModel)).toEqual([
      'sre-runs-it',
      'sre-runs-it',
      'you-run-it',
      'you-run-it',
      'sre-runs-it',
    ]);
  });

  it('starts a returned service with a clean record', () => {
    // The depleted periods before the handback do not count again after the return.
    expect(events('DDWWD')).toEqual(['handback@2025-03', 'return@2025-05']);
    expect(events('DDWWDD')).toEqual(['handback@2025-03', 'return@2025-05', 'handback@2025-07']);
  });

  it('moves nothing on periods without data', () => {
    expect(events('NNNNNN')).toEqual([]);
    // No data breaks a streak within budget: the service stays with its developers.
    expect(events('DDWNW')).toEqual(['handback@2025-03']);
    expect(events('DDWNWW')).toEqual(['handback@2025-03', 'return@2025-07']);
    // ... and does not count as depleted either.
    expect(events('DNNDN')).toEqual([]);
  });

  it('decides nothing on an incomplete period', () => {
    expect(events('DD…')).toEqual([]);
    expect(events('DDW…')).toEqual(['handback@2025-03']);
  });

  it('never hands back or returns without the policy rules for it', () => {
    expect(events('DDDD', { window: '28d' })).toEqual([]);
    expect(events('DDWWWW', { window: '28d', handback: { depletedPeriods: 1, outOf: 1 } })).toEqual(
      ['handback@2025-02'],
    );
  });

  it('hands back on every depleted period when the policy says 1 of 1', () => {
    const strict = {
      window: 'calendar-month',
      handback: { depletedPeriods: 1, outOf: 1 },
      takeover: { withinBudgetPeriods: 1 },
    } as const;
    expect(events('DWDW', strict)).toEqual([
      'handback@2025-02',
      'return@2025-03',
      'handback@2025-04',
      'return@2025-05',
    ]);
  });

  it('obeys the policy for any sequence of periods', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('W', 'D', 'N'), { maxLength: 24 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (letters, depletedPeriods, extra, withinBudgetPeriods) => {
          const spec: ErrorBudgetPolicySpec = {
            window: 'calendar-month',
            handback: { depletedPeriods, outOf: depletedPeriods + extra },
            takeover: { withinBudgetPeriods },
          };
          const pattern = letters.join('');
          const result = run(pattern, spec);
          // Handbacks and returns alternate, starting with a handback.
          result.timeline.forEach((e, i) => {
            expect(e.event).toBe(i % 2 === 0 ? 'handback' : 'return');
          });
          // A handback follows a depleted period; a return follows a period within budget.
          for (const e of result.timeline) {
            const k = result.periods.findIndex((p) => p.budget.period.end === e.at);
            expect(result.periods[k]?.budget.status).toBe(
              e.event === 'handback' ? 'depleted' : 'within',
            );
          }
          // Without depleted periods nothing ever changes.
          if (!pattern.includes('D')) expect(result.timeline).toEqual([]);
          expect(result.current).toBe(result.timeline.at(-1)?.to ?? 'sre-runs-it');
        },
      ),
    );
  });
});
