import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { srePolicyWithoutRules } from './sre-policy-without-rules.ts';

const sreRun = () => patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' });

describe('sre-policy-without-rules (§12.5)', () => {
  it('reports an SRE-run service whose policy has neither a takeover nor a handback rule', () => {
    const docs = patch(sreRun(), 'ErrorBudgetPolicy', 'standard', {
      takeover: undefined,
      handback: undefined,
    });
    expect(findingsOf(srePolicyWithoutRules, docs)).toEqual([
      {
        code: 'sre-policy-without-rules',
        severity: 'error',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('neither a takeover nor a handback rule'),
        section: '§12.5',
      },
    ]);
  });

  it('accepts a policy with either rule', () => {
    const handback = patch(sreRun(), 'ErrorBudgetPolicy', 'standard', {
      takeover: undefined,
      handback: { depletedPeriods: 2, outOf: 3 },
    });
    const takeover = patch(sreRun(), 'ErrorBudgetPolicy', 'standard', {
      takeover: { withinBudgetPeriods: 2 },
      handback: undefined,
    });
    expect(findingsOf(srePolicyWithoutRules, handback)).toEqual([]);
    expect(findingsOf(srePolicyWithoutRules, takeover)).toEqual([]);
  });

  it('leaves a service without any policy to sre-run-needs-policy, and shared on-call alone', () => {
    expect(
      findingsOf(
        srePolicyWithoutRules,
        patch(sreRun(), 'Service', 'cart', { errorBudgetPolicy: undefined }),
      ),
    ).toEqual([]);
    const shared = patch(tinyOrg(), 'ErrorBudgetPolicy', 'standard', { handback: undefined });
    expect(findingsOf(srePolicyWithoutRules, shared)).toEqual([]);
  });
});
