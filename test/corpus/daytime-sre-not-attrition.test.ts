import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * Whom the organization may let go is one answer (§12.10.1, §12.10.2): the SREs staffing's
 * options offer to attrition are those the plan's surplus decision lets attrition absorb. An SRE
 * who takes no on-call outside business hours, left without a seat because the short pagers are
 * round-the-clock, is kept for the SRE work of business hours in both — on-call at night is a
 * matter of fairness, not a reason to let someone go. airline's staffing offered Agnieszka
 * Wiśniewska, a single parent, to attrition while its plan kept her for daytime SRE work.
 */

interface StaffingPlaces {
  readonly surplusPlaces: { readonly noTurns: readonly string[] } | null;
}

interface PlanDecisions {
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
}

/** The names in parentheses of every "let attrition absorb …" clause of a text. */
function offeredToAttrition(text: string): string[] {
  return [...text.matchAll(/let attrition absorb the \d+[^(]*\(([^)]*)\)/g)]
    .flatMap((m) => (m[1] ?? '').split(/, | and /))
    .sort();
}

describe.each(CORPUS)('the SREs %s may let go', (name) => {
  it('are the same in staffing’s options and the plan’s surplus decision', async () => {
    const dir = orgPath(name);
    const { stdout } = await run(['staffing', dir]);
    const plan = await runJson<PlanDecisions>(['plan', dir, '--json']);
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    expect(offeredToAttrition(stdout)).toEqual(offeredToAttrition(surplus));
  });
});

describe('airline: Agnieszka Wiśniewska, a senior SRE who takes no nights', () => {
  it('is kept for SRE work in business hours in staffing’s options, as in the plan', async () => {
    const dir = orgPath('airline');
    const staffing = await runJson<StaffingPlaces>(['staffing', dir, '--json']);
    expect(staffing.surplusPlaces?.noTurns).toEqual(['agnieszka-wisniewska']);
    const { stdout } = await run(['staffing', dir]);
    const options = stdout.split('\n').find((l) => l.includes('Options:')) ?? '';
    expect(offeredToAttrition(options)).toEqual([]);
    expect(options).toContain(
      'keep Agnieszka Wiśniewska for SRE work in business hours, not attrition',
    );
    const plan = await runJson<PlanDecisions>(['plan', dir, '--json']);
    const surplus = plan.summary.decisions.find((d) => d.id === 'surplus')?.proposal ?? '';
    expect(surplus).toContain('keep Agnieszka Wiśniewska for SRE work in business hours');
  });
});
