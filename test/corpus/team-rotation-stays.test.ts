import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.6: a medium or low tier with no team of its domain to share a rotation with stays on its
 * team's rotation. migration's invoicing, run by operations on their rotation today, read "it
 * stays on the team's rotation" though team billing has none: the §12.6 design adds one for it.
 * A service "stays" on a team rotation only where its developers or SRE are on call today and a
 * team rotation covers it; else it goes to one of its team's own.
 */
const BUILDERS_ON_CALL = new Set(['you-run-it', 'you-and-sre-run-it', 'sre-runs-it']);

describe('a service stays on its team rotation only where it has one today', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    for (const s of plan.services) {
      const onOneToday =
        BUILDERS_ON_CALL.has(s.runModel) && s.rotations.some((r) => r.type === 'team');
      for (const reason of s.recommendation.reasons) {
        if (/it stays on (team \S+'s|the team's) rotation/.test(reason))
          expect(onOneToday, `${s.name}: ${reason}`).toBe(true);
        if (reason.includes('it goes to a team rotation of team'))
          expect(onOneToday, `${s.name}: ${reason}`).toBe(false);
      }
    }
  });

  it('migration: invoicing, run by operations today, goes to a team rotation of billing', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('migration'), '--json']);
    const invoicing = plan.services.find((s) => s.name === 'invoicing');
    expect(invoicing?.recommendation.reasons.join(' ')).toContain(
      "it goes to a team rotation of team billing's own",
    );
  });
});
