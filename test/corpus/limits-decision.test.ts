import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.4.6: a head count limit binds in addition to the budget. retail-peak's hiring list takes
 * `sre` to 13 people against a limit of 8 and to 978,000 EUR against a budget of 820,000: the
 * funding table said "breaks the head count limit and the budget", the risk register "over its
 * head count limit and budget", and the decision asked the VP only "May sre exceed its head count
 * limit?". The decision now asks about every limit the funding table says breaks, with its
 * figures, from the same rule as the risk.
 */
interface Plan {
  readonly staffing: {
    readonly funding: readonly {
      readonly organization: string;
      readonly breaksHeadcount: boolean;
      readonly breaksBudget: boolean;
    }[];
  };
  readonly risks: readonly { readonly source: string; readonly about: string; title: string }[];
  readonly summary: PlanJson['summary'];
}

describe('the limits decision asks about every limit the plan breaks', () => {
  // retail-peak hired 6 SREs for the six teams its SREs only consult for, breaking both; with
  // seats from shared pagers it hires nobody (§12.4.1, §12.4.7), and energy-utility shows both.
  it('energy-utility: sre’s head count limit and its budget, with both figures', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('energy-utility'), '--json']);
    const sre = plan.summary.decisions.find((d) => d.id === 'limits-sre');
    expect(sre?.question).toBe('May sre exceed its head count limit and its budget?');
    expect(sre?.proposal).toContain('raise its head count limit from 8 to 12');
    expect(sre?.proposal).toContain('its budget from 1,650,000.00 USD to 1,839,000.00 USD a year');
    expect(sre?.proposal).toContain('7,200,000.00 INR');
    expect(sre?.proposal).toContain('which hires to give up');
    // The hiring decision's trade-off says the budget too.
    const hiring = plan.summary.decisions.find((d) => d.id === 'hiring');
    expect(hiring?.tradeOff).toContain('against its budget of 1,650,000.00 USD');
  });

  it.each(CORPUS)(
    '%s: the decision, the risk and the funding row name the same limits',
    async (name) => {
      const plan = await runJson<Plan>(['plan', orgPath(name), '--json']);
      for (const f of plan.staffing.funding) {
        const decision = plan.summary.decisions.find((d) => d.id === `limits-${f.organization}`);
        const risk = plan.risks.find(
          (r) => r.source === 'headcount-breach' && r.about === `Organization ${f.organization}`,
        );
        expect(decision === undefined, f.organization).toBe(risk === undefined);
        if (decision === undefined || risk === undefined) continue;
        expect(decision.question.includes('head count limit'), decision.question).toBe(
          f.breaksHeadcount,
        );
        expect(decision.question.includes('budget'), decision.question).toBe(f.breaksBudget);
        expect(risk.title.includes('head count limit'), risk.title).toBe(f.breaksHeadcount);
        expect(risk.title.includes('budget'), risk.title).toBe(f.breaksBudget);
      }
    },
  );
});
