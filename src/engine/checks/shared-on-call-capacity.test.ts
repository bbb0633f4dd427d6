import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sharedOnCallCapacity } from './shared-on-call-capacity.ts';

const devTeamDoc = (name: string) => ({
  kind: 'Team',
  name,
  spec: { type: 'development', organization: 'dev' },
});
const teams = ['a', 'b'].map(devTeamDoc);

describe('shared-on-call-capacity (§12.4.1)', () => {
  it('names the dev teams that fall back to you-run-it', () => {
    const docs = patch([...tinyOrg(), ...teams], 'Team', 'sre-core', {
      supports: ['shop', 'a', { team: 'b', hoursPerMonth: 10 }],
    });
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([
      {
        code: 'shared-on-call-capacity',
        severity: 'warning',
        subject: { kind: 'Team', name: 'sre-core' },
        message:
          'SRE team sre-core has 1 SRE(s) for 3 dev teams: a and b fall(s) back to "you build it, you run it".',
        section: '§12.4.1',
      },
    ]);
  });

  it('counts the SREs of services the SRE team runs alone, with that load, but not those teams (§12.5)', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', { supports: ['shop', 'a', 'b'] }),
      { kind: 'Person', name: 'sue', spec: { team: 'sre-core', role: 'sre' } },
      { kind: 'Service', name: 'b-api', spec: { owner: 'b', runModel: 'sre-runs-it' } },
      {
        kind: 'Rotation',
        name: 'b-oncall',
        spec: { type: 'team', coverage: '8x5', members: ['sue'], covers: { teams: ['b'] } },
      },
    ];
    // sue runs b-api alone in office hours and is still an SRE of the team: sam and sue for shop and a.
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([]);
    const twoMore = [...docs, ...['c', 'd'].map(devTeamDoc)];
    const model = patch(twoMore, 'Team', 'sre-core', { supports: ['shop', 'a', 'b', 'c', 'd'] });
    expect(findingsOf(sharedOnCallCapacity, model).map((f) => f.message)).toEqual([
      'SRE team sre-core has 2 SRE(s) for 4 dev teams: c and d fall(s) back to "you build it, you run it".',
    ]);
  });

  it('names the open positions and SRE titles without practice it does not count (§12.4.6, §12.9.4)', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', { supports: ['shop', 'a', 'b'] }),
      { kind: 'Person', name: 'ola', spec: { team: 'sre-core', role: 'sre', openPosition: true } },
      {
        kind: 'Person',
        name: 'ron',
        spec: { team: 'sre-core', role: 'application-sre', srePracticeMonths: 0 },
      },
      { kind: 'Person', name: 'mia', spec: { team: 'sre-core', role: 'manager' } },
    ];
    expect(findingsOf(sharedOnCallCapacity, docs).map((f) => f.message)).toEqual([
      'SRE team sre-core has 1 SRE(s) for 3 dev teams, not counting ola (an open position) and ron (an SRE title without SRE practice): a and b fall(s) back to "you build it, you run it".',
    ]);
  });

  it('accepts an SRE team that runs services alone, whatever its number of SREs', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' });
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([]);
  });

  it('accepts one SRE per supported dev team', () => {
    expect(findingsOf(sharedOnCallCapacity, tinyOrg())).toEqual([]);
  });
});
