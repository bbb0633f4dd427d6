import { describe, expect, it } from 'vitest';
import { type CorpusName, docNamed, docsOf, orgPath, runJson, yamlOf } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * SRE hands a service it runs alone back only under a rule of its error budget policy (§12.5). A
 * high tier SRE runs alone under a policy that sets no such rule read "SRE team … runs it under
 * error budget policy … and hands it back when the budget is depleted", beside the reason of the
 * same recommendation that asks to agree that rule first: the plan promised a handback nothing
 * could trigger. Copies of game-studio (SRE runs its services alone) and payments (SRE shares the
 * on-call of their owners) whose policy drops the handback rule: the recommendation says what must
 * be agreed, and promises the handback only where the policy has the rule.
 */

const PROMISE = 'hands it back when the budget is depleted';

const CASES: readonly { org: CorpusName; policy: string; service: string; sreTeam: string }[] = [
  { org: 'game-studio', policy: 'live-ops', service: 'matchmaking-api', sreTeam: 'sre-live' },
  { org: 'payments', policy: 'strict', service: 'ledger', sreTeam: 'sre-core-payments' },
];

async function planWithout(org: CorpusName, policy: string): Promise<PlanJson> {
  const docs = docsOf(org);
  delete docNamed(docs, 'ErrorBudgetPolicy', policy).spec.handback;
  return runJson<PlanJson>(['plan', '-', '--json'], yamlOf(docs));
}

function recommendationOf(plan: PlanJson, service: string) {
  const found = plan.services.find((s) => s.name === service)?.recommendation;
  if (found === undefined) throw new Error(`no service ${service}`);
  return found;
}

describe('an SRE-run service is said to be handed back only under a policy with a handback rule (§12.5)', () => {
  for (const { org, policy, service, sreTeam } of CASES) {
    it(`${org}: with its handback rule, ${service} is handed back when the budget is depleted`, async () => {
      const plan = await runJson<PlanJson>(['plan', orgPath(org), '--json']);
      const r = recommendationOf(plan, service);
      expect(r.runModel).toBe('sre-runs-it');
      expect(r.agreeFirst).toBeNull();
      expect(r.reasons).toContain(
        `SRE team ${sreTeam} runs it under error budget policy ${policy} and ${PROMISE} (§12.5).`,
      );
    });

    it(`${org}: without it, ${service} asks for the rule and promises no handback`, async () => {
      const r = recommendationOf(await planWithout(org, policy), service);
      expect(r.runModel).toBe('sre-runs-it');
      expect(r.agreeFirst).toBe('handback-rule');
      const said = r.reasons.join(' ');
      expect(said).not.toContain(PROMISE);
      expect(r.reasons).toContain(
        `SRE team ${sreTeam} runs it under error budget policy ${policy} (§12.5), which sets no rule yet for when SRE hands it back: until one is agreed (below), SRE cannot hand it back when the budget is depleted.`,
      );
      // What must be agreed, with whom, and when: now, as SRE is on its pager already.
      expect(r.reasons).toContain(
        `Its error budget policy ${policy} sets no rule for when SRE hands it back: add one, agreed with SRE team ${sreTeam}, now: SRE is on its pager already; handing back is how the SRE team regulates its workload (§12.1, §12.5).`,
      );
      expect(said).not.toContain('before SRE takes its share');
    });
  }
});
