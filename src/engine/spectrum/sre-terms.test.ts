import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { tierThresholds } from './availability-tier.ts';
import { recommendServices } from './recommend-services.ts';

/** The recommendation for tinyOrg's cart (99.95 %, owner shop, SRE team sre-core has its SRE). */
function cart(docs: readonly TestDoc[]) {
  const model = modelOf(docs);
  const r = recommendServices(model, tierThresholds(model)).get('cart');
  if (!r) throw new Error('no recommendation for cart');
  return r;
}

describe('withSreTerms: the SRE team and the policy an SRE-model recommendation needs', () => {
  it('names the SRE team and asks for nothing when the policy has a handback rule', () => {
    const r = cart(tinyOrg());
    expect(r).toMatchObject({ runModel: 'you-and-sre-run-it', sreTeam: 'sre-core' });
    expect(r.agreeFirst).toBeUndefined();
    expect(r.reasons.join(' ')).not.toMatch(/agree/);
  });

  it('asks for an error budget policy, with the SRE team, when a service moving from ops has none (§12.4.1, §12.4.2)', () => {
    // The organization's target model takes cart off operations to SRE (§12.8.1).
    const r = cart(
      patch(
        patch(tinyOrg(), 'Service', 'cart', {
          runModel: 'ops-runs-it',
          sreTeam: undefined,
          errorBudgetPolicy: undefined,
        }),
        'Organization',
        'pd',
        { targetModel: 'you-and-sre-run-it' },
      ),
    );
    expect(r).toMatchObject({
      runModel: 'you-and-sre-run-it',
      sreTeam: 'sre-core',
      agreeFirst: 'error-budget-policy',
    });
    expect(r.reasons.at(-1)).toMatch(
      /^It has no error budget policy: agree one with SRE team sre-core, with a rule for when SRE hands it back/,
    );
  });

  it('asks for a handback rule when the policy sets none (§12.1, §12.5)', () => {
    const docs = patch(tinyOrg(), 'ErrorBudgetPolicy', 'standard', { handback: undefined });
    const r = cart(docs);
    expect(r.agreeFirst).toBe('handback-rule');
    expect(r.reasons.at(-1)).toContain(
      'Its error budget policy standard sets no rule for when SRE hands it back',
    );
  });

  it('leaves a recommendation without SRE on the pager as it is', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      availabilityTarget: 99,
      demand: 'low',
      runModel: 'you-run-it',
      sreTeam: undefined,
      errorBudgetPolicy: undefined,
    });
    const r = cart(docs);
    expect(r.runModel).not.toMatch(/sre/);
    expect(r.sreTeam).toBeUndefined();
    expect(r.agreeFirst).toBeUndefined();
  });
});
