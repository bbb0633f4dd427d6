import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sharedOnCallWithoutPolicy } from './shared-on-call-without-policy.ts';

describe('shared-on-call-without-policy (§12.4.1, §12.4.2)', () => {
  it('reports a shared on-call service without an error budget policy', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { errorBudgetPolicy: undefined });
    expect(findingsOf(sharedOnCallWithoutPolicy, docs)).toEqual([
      {
        code: 'shared-on-call-without-policy',
        severity: 'warning',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('no error budget policy'),
        section: '§12.4.1, §12.4.2',
      },
    ]);
  });

  it('accepts a shared on-call service with a policy', () => {
    expect(findingsOf(sharedOnCallWithoutPolicy, tinyOrg())).toEqual([]);
  });

  it('leaves services the developers run alone to other checks', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'you-run-it',
      errorBudgetPolicy: undefined,
    });
    expect(findingsOf(sharedOnCallWithoutPolicy, docs)).toEqual([]);
  });
});
