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

  it('reports a policy that states only its window: nothing happens when the budget is spent', () => {
    const windowOnly = [
      ...patch(developersRun(), 'Service', 'cart', { errorBudgetPolicy: 'from-slo' }),
      { kind: 'ErrorBudgetPolicy', name: 'from-slo', spec: { window: '30d' } },
    ];
    expect(findingsOf(sloWithoutPolicy, windowOnly).map((f) => f.message)).toEqual([
      'Service cart has a target of 99.95% under error budget policy from-slo, which states only its window (30d): nothing happens when the budget is spent, an SLO without consequences; agree what does (a release freeze, postmortems, who is told).',
    ]);
    // Any one consequence is enough: a freeze, a postmortem rule, someone told.
    for (const consequence of [
      { freezeWhenDepleted: true },
      { postmortemIncidentShare: 0.2 },
      { escalateTo: 'dan' },
      { burnRateAlerts: [{ window: '1h', burnRate: 14.4, severity: 'page' }] },
    ]) {
      const docs = patch(windowOnly, 'ErrorBudgetPolicy', 'from-slo', consequence);
      expect(findingsOf(sloWithoutPolicy, docs), JSON.stringify(consequence)).toEqual([]);
    }
  });
});
