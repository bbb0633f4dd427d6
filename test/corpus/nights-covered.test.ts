import { describe, expect, it } from 'vitest';
import { MONTH, orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * §12.6: the optimized design may move a medium or low tier off a round-the-clock rotation onto
 * office-hours rotations because a thin layer receives its SLO breaches at night. A thin layer in
 * office hours receives nothing at night: public-agency's design once dropped ops-standby (24x7)
 * and put case-management and document-store "behind service-desk", an 8x5 service desk, so at
 * night nobody was on call for them; its alternative said "behind the thin layer round the
 * clock". The design now extends such a thin layer round the clock and says so. That no
 * organization of the corpus is left with nobody at night is tested with the other properties of
 * the design in test/corpus/optimized-design-honest.test.ts; this file holds public-agency's case.
 */
describe('public-agency: unpaid standby (EXPECTED.md)', () => {
  it('extends the office-hours service desk round the clock for the nights ops-standby carried', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('public-agency'),
      '--month',
      MONTH,
      '--json',
    ]);
    const desk = cost.optimized.rotations.find((r) => r.name === 'service-desk');
    expect(desk?.coverage).toBe('24x7');
    expect(desk?.services).toEqual(expect.arrayContaining(['case-management', 'document-store']));
    expect(cost.optimized.notes.join('\n')).toContain(
      'extend service-desk from 8x5 to 24x7: the thin layer takes the nights of case-management, document-store',
    );
  });

  it('says a cost of nothing is unpaid standby, not free standby (§12.9.5)', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('public-agency'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(cost.current.monthlyCost.amount).toBe('0.00');
    expect(cost.assumptions.join('\n')).toContain(
      'compensation policy standby-arrangement gives nothing for standby',
    );
    const paid = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('saas-global'),
      '--month',
      MONTH,
      '--json',
    ]);
    expect(paid.assumptions.join('\n')).not.toContain('gives nothing for standby');
  });
});
