import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';

/**
 * A service moving to an SRE model agrees its error budget policy with the SRE team whose SRE
 * takes it on (§12.4.1, §12.4.2). insurer-today's plan puts SRE in it-development and leaves its
 * SRE team in name only, `sre` (re-titled operations engineers, §12.4.6, §12.9.4), in
 * it-operations; yet it told policy-admin-core and claims-intake to "agree one with SRE team sre",
 * and its decision asked the same: their SRE is a hire into the SRE team the plan builds in
 * it-development. No plan names a team it leaves where SRE does not sit as the team to agree with.
 */

interface Plan {
  readonly staffing: { readonly staysInNameOnly: readonly { readonly team: string }[] };
  readonly services: readonly {
    readonly name: string;
    readonly recommendation: { readonly reasons: readonly string[] };
  }[];
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
}

const plans = new Map<string, Promise<Plan>>();
const planOf = (org: (typeof CORPUS)[number]) => {
  const known = plans.get(org) ?? runJson<Plan>(['plan', orgPath(org), '--json']);
  plans.set(org, known);
  return known;
};

describe('the SRE team a policy is agreed with is one the plan keeps where SRE sits (§12.8.2, §12.4.6)', () => {
  for (const org of CORPUS) {
    it(`${org}: no team left in name only is named to agree with`, async () => {
      const plan = await planOf(org);
      const words = plan.services.flatMap((s) => s.recommendation.reasons);
      const decisions = plan.summary.decisions.map((d) => d.proposal);
      for (const { team } of plan.staffing.staysInNameOnly) {
        for (const wrong of [
          `agree one with SRE team ${team},`,
          `agreed with SRE team ${team},`,
          `(with SRE team ${team})`,
        ]) {
          expect(words.filter((w) => w.includes(wrong))).toEqual([]);
          expect(decisions.filter((d) => d.includes(wrong))).toEqual([]);
        }
      }
    });
  }

  it('insurer-today: policy-admin-core and claims-intake agree with the SRE team built in it-development', async () => {
    const plan = await planOf('insurer-today');
    expect(plan.staffing.staysInNameOnly.map((t) => t.team)).toEqual(['sre']);
    const built = 'agree one with the SRE team the plan builds in it-development,';
    for (const name of ['policy-admin-core', 'claims-intake']) {
      const reasons = plan.services.find((s) => s.name === name)?.recommendation.reasons ?? [];
      expect(reasons.filter((r) => r.includes(built))).toHaveLength(1);
    }
    const services = plan.summary.decisions.find((d) => d.id === 'run-models')?.proposal ?? '';
    expect(services).toContain(
      'policy-admin-core (with the SRE team the plan builds in it-development)',
    );
  });
});
