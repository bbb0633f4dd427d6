import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * §12.6: a thin layer the optimized design proposes is people on call around the clock. The
 * design said who staffs migration's ("staffed by operations team platform-ops (6 people who can
 * be on call, 8 needed; 2 short, to hire)") but priced only their on-call pay: the two hires'
 * salaries were in no total, so a design that costs more once they are paid could be called a
 * saving. The comparison with today now counts their salaries, with their basis, and the plan's
 * target cost pays them.
 */
interface Money {
  readonly amount: string;
  readonly currency: string;
}
interface OnCallCost {
  readonly current: { readonly monthlyCost: Money };
  readonly optimized: {
    readonly monthlyCost: Money;
    readonly rotations: readonly {
      readonly name: string;
      readonly type: string;
      readonly keeps: string | null;
      readonly peopleNeeded: number;
      readonly staffedFrom: { readonly people: number } | null;
    }[];
  };
  readonly savingVsCurrent: Money & { readonly percent: number };
  readonly vsCurrent: { readonly people: number };
  readonly thinLayerHires: {
    readonly rotations: readonly string[];
    readonly people: number;
    readonly role: string;
    readonly location: string | null;
    readonly annualEach: Money;
    readonly basis: string;
    readonly perMonth: Money | null;
  } | null;
}

const cents = (m: Money) => Math.round(Number(m.amount) * 100);

describe('the salaries of the thin layer’s hires are in the design’s comparison with today', () => {
  it('migration: two operations engineers at Madrid, counted in the saving and the target', async () => {
    const cost = await runJson<OnCallCost>(['oncall-cost', orgPath('migration'), '--json']);
    expect(cost.thinLayerHires).toMatchObject({
      rotations: ['thin-layer'],
      people: 2,
      role: 'ops-engineer',
      location: 'Madrid',
      annualEach: { amount: '70000.00', currency: 'EUR' },
      basis: 'default',
      perMonth: { amount: '11666.67', currency: 'EUR' },
    });
    // Same on-call pay as today: the hires' salaries are what the design costs more.
    expect(cents(cost.savingVsCurrent)).toBe(-1166667);
    const text = (await run(['oncall-cost', orgPath('migration')])).stdout;
    expect(text).toContain(
      'The optimized design costs 11,666.67 EUR more per month than today’s rotations (168 %) once its thin layer is staffed',
    );
    expect(text).toContain(
      '2 operations engineers at Madrid, 70,000.00 EUR a year each, the default salary',
    );
    const plan = await runJson<{
      readonly cost: {
        readonly target: {
          readonly lines: readonly { id: string; people: number; perYear: Money }[];
        };
      };
      readonly summary: { readonly decisions: readonly { id: string; proposal: string }[] };
    }>(['plan', orgPath('migration'), '--json']);
    expect(plan.cost.target.lines.find((l) => l.id === 'thin-layer-hires')).toMatchObject({
      people: 2,
      perYear: { amount: '140000.00', currency: 'EUR' },
    });
    const decision = plan.summary.decisions.find((d) => d.id === 'oncall-design')?.proposal;
    expect(decision).toContain(
      'It costs 11,666.67 EUR more per month (counting 11,666.67 EUR of salaries for the 2 people it must hire to staff thin-layer)',
    );
  });

  it.each(CORPUS)(
    '%s: a short thin layer’s hires are priced, and the saving counts them',
    async (name) => {
      const result = await run(['oncall-cost', orgPath(name), '--json']);
      if (result.code !== 0) return;
      const cost = JSON.parse(result.stdout) as OnCallCost;
      const short = cost.optimized.rotations.filter(
        (r) =>
          r.type === 'thin-layer' &&
          r.keeps === null &&
          r.staffedFrom !== null &&
          r.staffedFrom.people < r.peopleNeeded,
      );
      const missing = short.reduce((n, r) => n + r.peopleNeeded - (r.staffedFrom?.people ?? 0), 0);
      expect(cost.thinLayerHires?.people ?? 0).toBe(missing);
      const hires = cost.thinLayerHires?.perMonth ? cents(cost.thinLayerHires.perMonth) : 0;
      const net = cents(cost.current.monthlyCost) - cents(cost.optimized.monthlyCost) - hires;
      // Never more saved than what is left once the hires are paid.
      expect(cents(cost.savingVsCurrent)).toBeLessThanOrEqual(Math.max(net, 0));
      if (net < 0) expect(cents(cost.savingVsCurrent)).toBe(net);
    },
  );
});
