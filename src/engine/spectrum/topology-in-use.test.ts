import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { topologyInUse } from './topology-in-use.ts';

const service = (name: string, spec: Record<string, unknown>): TestDoc => ({
  kind: 'Service',
  name,
  spec: { owner: 'shop', runModel: 'you-run-it', ...spec },
});

describe('topologyInUse (§12.7)', () => {
  it('finds option 3 for shared on-call with an SRE team in a dedicated SRE organization', () => {
    expect(topologyInUse(modelOf(tinyOrg())).models).toEqual([
      {
        runModel: 'you-and-sre-run-it',
        options: [{ option: 3, teams: ['sre-core'], services: ['cart'] }],
      },
    ]);
  });

  it('finds options 1 and 2 for SRE teams in the development and operations organizations', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Organization', name: 'ops', spec: { type: 'operations', parent: 'pd' } },
      { kind: 'Team', name: 'sre-ops', spec: { type: 'sre', organization: 'ops' } },
      { kind: 'Team', name: 'sre-dev', spec: { type: 'sre', organization: 'dev' } },
      service('a', { runModel: 'sre-runs-it', sreTeam: 'sre-dev', errorBudgetPolicy: 'standard' }),
      service('b', { runModel: 'sre-runs-it', sreTeam: 'sre-ops', errorBudgetPolicy: 'standard' }),
    ];
    const sreRun = topologyInUse(modelOf(docs)).models.find((m) => m.runModel === 'sre-runs-it');
    expect(sreRun?.options.map((o) => [o.option, o.services])).toEqual([
      [1, ['a']],
      [2, ['b']],
    ]);
  });

  it('takes the you-run-it option from the owner team’s setup, and says when it is not stated', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Team', name: 'plain', spec: { type: 'development', organization: 'dev' } },
      service('a', {}),
      service('b', { owner: 'plain' }),
    ];
    const youRun = topologyInUse(modelOf(docs)).models.find((m) => m.runModel === 'you-run-it');
    expect(youRun?.options).toEqual([
      { option: 1, teams: ['shop'], services: ['a'] },
      { option: undefined, teams: ['plain'], services: ['b'] },
    ]);
  });

  it('leaves ops-run and unorganized services out: §12.7 has no column for them', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'ops-runs-it',
      sreTeam: undefined,
    });
    expect(topologyInUse(modelOf(docs)).models).toEqual([]);
  });

  it('locates the SRE infrastructure teams', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Team', name: 'infra', spec: { type: 'sre-infrastructure', organization: 'sre' } },
    ];
    expect(topologyInUse(modelOf(docs)).sreInfrastructure).toEqual([
      { team: 'infra', organization: 'sre', home: 'sre' },
    ]);
  });
});
