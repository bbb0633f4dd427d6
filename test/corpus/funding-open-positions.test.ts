import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, cents, runJson } from './support/corpus.ts';
import type { PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * Funding counts every open position of the model (§12.4.6): an SRE position as a hire of the
 * hiring list, any other (startup-target's SRE infrastructure product owner, 85,000 EUR) as
 * itself, so the planned head count and cost of its organization are what the plan's total cost
 * prices.
 */

const STARTUP_TARGET = join(CORPUS_DIR, '..', '..', 'examples', 'startup-target');

describe('funding and open positions', () => {
  it('counts startup-target’s open SRE infrastructure product owner in reliability’s head count and cost', async () => {
    const s = await runJson<StaffingJson>(['staffing', STARTUP_TARGET, '--json']);
    const reliability = s.funding.find((f) => f.organization === 'reliability');
    expect(reliability?.openPositions).toEqual([
      {
        name: 'sre-infrastructure-po',
        role: 'sre-infrastructure-po',
        annualCost: { amount: '85000.00', currency: 'EUR' },
      },
    ]);
    // 5 in place, 2 senior hires, the product owner: 8 of 8; 489,000 + 2 × 95,000 + 85,000.
    expect(reliability?.planned.headcount).toBe(8);
    expect(reliability?.planned.annualCost).toEqual({ amount: '764000.00', currency: 'EUR' });
    expect(reliability?.breaksBudget).toBe(true);
  });

  it('reconciles reliability’s planned cost with the salaries of the plan’s target cost', async () => {
    const plan = await runJson<PlanJson>(['plan', STARTUP_TARGET, '--json']);
    // Everyone the operating model pays for sits in reliability: its salaries there are the
    // target's salary lines (on-call pay is in no budget's committed salaries).
    const salaries = (plan.cost?.target.lines ?? [])
      .filter((l) => l.id !== 'oncall-compensation' && l.id !== 'oncall-compensation-sre')
      .reduce((sum, l) => sum + cents(l.perYear), 0);
    const reliability = plan.staffing?.funding.find((f) => f.organization === 'reliability');
    expect(salaries).toBe(reliability && cents(reliability.planned.annualCost));
  });
});
