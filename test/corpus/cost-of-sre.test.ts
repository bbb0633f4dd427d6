import { describe, expect, it } from 'vitest';
import { orgPath, runJson } from './support/corpus.ts';

/**
 * §12.4.6, §12.8.5: the cost of SRE is what SRE costs: the people who practise SRE, and the
 * on-call pay of the turns they take. game-studio's business case read "SRE costs 1,490,159 USD",
 * the whole operating cost, because the on-call line (95,159 USD a year) was counted in full:
 * most of it is the store and social developers' pagers. IT's "SRE" team in name only is paid
 * with operations (its people are not in the SRE line), and the cost's lines add up.
 */
interface Money {
  readonly amount: string;
  readonly currency: string;
}
interface Line {
  readonly id: string;
  readonly people: number;
  readonly perYear: Money;
}
interface Side {
  readonly people: number;
  readonly lines: readonly Line[];
  readonly total: Money;
}
interface Rotation {
  readonly name: string;
  readonly standbyCost: Money;
}
interface Plan {
  readonly cost: { readonly today: Side; readonly target: Side };
  readonly businessCase: { readonly sreCostPerYear: Money };
  readonly onCallCost: {
    readonly cost: {
      readonly optimized: { readonly rotations: readonly Rotation[]; monthlyCost: Money };
    };
  };
}

const cents = (m: Money | undefined) => Math.round(Number(m?.amount ?? 0) * 100);

describe('game-studio: the cost of SRE counts only SRE', () => {
  it('counts the SREs’ on-call pay, not the developers’, and the lines add up', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('game-studio'), '--json']);
    for (const side of [plan.cost.today, plan.cost.target])
      expect(side.lines.reduce((n, l) => n + cents(l.perYear), 0)).toBe(cents(side.total));
    const line = (id: string) => plan.cost.target.lines.find((l) => l.id === id);
    const sreOnCall = line('oncall-compensation-sre');
    const othersOnCall = line('oncall-compensation');
    const optimized = plan.onCallCost.cost.optimized;
    expect(cents(sreOnCall?.perYear) + cents(othersOnCall?.perYear)).toBe(
      12 * cents(optimized.monthlyCost),
    );
    const standby = (name: string) =>
      12 * cents(optimized.rotations.find((r) => r.name === name)?.standbyCost);
    // The live-ops pager is all SREs'; the store and social pagers are all developers'.
    expect(cents(sreOnCall?.perYear)).toBeGreaterThanOrEqual(standby('sre-live-oncall'));
    expect(cents(othersOnCall?.perYear)).toBeGreaterThanOrEqual(
      standby('store-oncall') + standby('social-oncall'),
    );
    // Not SRE's: operations (IT's SRE team in name only among them) and the developers' pagers.
    const notSre = ['operations-salaries', 'thin-layer-hires', 'oncall-compensation'].reduce(
      (n, id) => n + cents(line(id)?.perYear),
      0,
    );
    expect(cents(plan.businessCase.sreCostPerYear)).toBe(cents(plan.cost.target.total) - notSre);
    expect(cents(plan.businessCase.sreCostPerYear)).toBeLessThan(cents(plan.cost.target.total));
    expect(line('operations-salaries')?.people).toBe(5);
    expect(line('sre-salaries')?.people).toBe(15);
  });
});
