import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * An SRE's month is on-call duty, shared support hours and project work (#12 item 4). The plan
 * must not hand a new team to an SRE team as "a spare SRE" while its own staffing says every SRE
 * of that team is on call more than a quarter of their time (bank: sre-payments' four SREs at
 * 84 h a week, R7 of the same plan, and "SRE team sre-payments has a spare SRE: add lending to its
 * supports" for core-ledger). (A26)
 */

describe.each(CORPUS)('spare SRE capacity in the plan of %s', (name) => {
  it('is never found in an SRE team whose every SRE the plan calls overloaded', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const overloaded = new Set((plan.staffing?.overloaded ?? []).map((o) => o.person));
    for (const s of plan.services) {
      const spare = s.recommendation.reasons
        .join(' ')
        .match(/SRE team ([a-z0-9-]+) has a spare SRE/);
      if (spare === null) continue;
      const sres = plan.capacities.find((c) => c.team === spare[1])?.sres ?? [];
      expect(
        sres.filter((p) => !overloaded.has(p)),
        `${s.name}: ${spare[0]}, but ${sres.join(', ')} are all on call more than a quarter of their time`,
      ).not.toEqual([]);
    }
  });
});
