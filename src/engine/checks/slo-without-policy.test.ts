import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sloWithoutPolicy } from './slo-without-policy.ts';

const developersRun = () =>
  patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it', errorBudgetPolicy: undefined });

describe('slo-without-policy (§12.1)', () => {
  it('reports a service with a target and no policy: an SLO without consequences', () => {
    expect(findingsOf(sloWithoutPolicy, developersRun())).toEqual([
      {
        code: 'slo-without-policy',
        severity: 'info',
        subject: { kind: 'Service', name: 'cart' },
        message: expect.stringContaining('a target of 99.95% but no error budget policy'),
        section: '§12.1',
      },
    ]);
  });

  it('accepts a service under a policy, and one that states no target', () => {
    expect(
      findingsOf(
        sloWithoutPolicy,
        patch(developersRun(), 'Service', 'cart', { errorBudgetPolicy: 'standard' }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        sloWithoutPolicy,
        patch(developersRun(), 'Service', 'cart', { availabilityTarget: undefined }),
      ),
    ).toEqual([]);
  });

  it('leaves services run with SRE to the checks of their run model', () => {
    expect(
      findingsOf(
        sloWithoutPolicy,
        patch(tinyOrg(), 'Service', 'cart', { errorBudgetPolicy: undefined }),
      ),
    ).toEqual([]);
  });
});
