import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreRunNeedsPolicy } from './sre-run-needs-policy.ts';

describe('sre-run-needs-policy (§12.5)', () => {
  it('reports an SRE-run service without an error budget policy', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'sre-runs-it',
      errorBudgetPolicy: undefined,
    });
    expect(findingsOf(sreRunNeedsPolicy, docs)).toEqual([
      {
        code: 'sre-run-needs-policy',
        severity: 'error',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('no error budget policy'),
        section: '§12.5',
      },
    ]);
  });

  it('accepts an SRE-run service with a policy', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' });
    expect(findingsOf(sreRunNeedsPolicy, docs)).toEqual([]);
  });

  it('does not ask a shared on-call service for a policy', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { errorBudgetPolicy: undefined });
    expect(findingsOf(sreRunNeedsPolicy, docs)).toEqual([]);
  });
});
