import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sharedOnCallCapacity } from './shared-on-call-capacity.ts';

const devTeamDoc = (name: string) => ({
  kind: 'Team',
  name,
  spec: { type: 'development', organization: 'dev' },
});
/** A service of a dev team whose on-call the developers share with sre-core (§12.4). */
const sharedDoc = (owner: string) => ({
  kind: 'Service',
  name: `${owner}-api`,
  spec: {
    owner,
    runModel: 'you-and-sre-run-it',
    sreTeam: 'sre-core',
    errorBudgetPolicy: 'standard',
  },
});
/** A service its developers run alone (§12.3): an SRE team that supports its team consults. */
const ownRunDoc = (owner: string) => ({
  kind: 'Service',
  name: `${owner}-app`,
  spec: { owner, runModel: 'you-run-it' },
});
const teams = ['a', 'b'].map(devTeamDoc);
const shared = ['a', 'b'].map(sharedDoc);

describe('shared-on-call-capacity (§12.4.1)', () => {
  it('names the dev teams that fall back to you-run-it', () => {
    const docs = patch([...tinyOrg(), ...teams, ...shared], 'Team', 'sre-core', {
      supports: ['shop', 'a', { team: 'b', hoursPerMonth: 10 }],
    });
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([
      {
        code: 'shared-on-call-capacity',
        severity: 'warning',
        subject: { kind: 'Team', name: 'sre-core' },
        message:
          'SRE team sre-core has 1 SRE(s) for the 3 dev teams it shares on-call with: a and b fall(s) back to "you build it, you run it".',
        section: '§12.4.1',
      },
    ]);
  });

  it('counts the SREs of services the SRE team runs alone, with that load, but not those teams (§12.5)', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', { supports: ['shop', 'a', 'b'] }),
      sharedDoc('a'),
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
    const twoMore = [...docs, ...['c', 'd'].map(devTeamDoc), ...['c', 'd'].map(sharedDoc)];
    const model = patch(twoMore, 'Team', 'sre-core', { supports: ['shop', 'a', 'b', 'c', 'd'] });
    expect(findingsOf(sharedOnCallCapacity, model).map((f) => f.message)).toEqual([
      'SRE team sre-core has 2 SRE(s) for the 4 dev teams it shares on-call with: c and d fall(s) back to "you build it, you run it".',
    ]);
  });

  it('names the open positions and SRE titles without practice it does not count (§12.4.6, §12.9.4)', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams, ...shared], 'Team', 'sre-core', {
        supports: ['shop', 'a', 'b'],
      }),
      { kind: 'Person', name: 'ola', spec: { team: 'sre-core', role: 'sre', openPosition: true } },
      {
        kind: 'Person',
        name: 'ron',
        spec: { team: 'sre-core', role: 'application-sre', srePracticeMonths: 0 },
      },
      { kind: 'Person', name: 'mia', spec: { team: 'sre-core', role: 'manager' } },
    ];
    expect(findingsOf(sharedOnCallCapacity, docs).map((f) => f.message)).toEqual([
      'SRE team sre-core has 1 SRE(s) for the 3 dev teams it shares on-call with, not counting ola (an open position) and ron (an SRE title without SRE practice): a and b fall(s) back to "you build it, you run it".',
    ]);
  });

  it('does not count a team it only consults for: its developers run its services alone (§12.3, §12.4.7)', () => {
    // hospital-group: three SREs share integration's pager and give patient-app, scheduling and
    // clinical-apps consulting hours; nobody falls back, there is no pager to fall back from.
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', {
        supports: ['shop', { team: 'a', hoursPerMonth: 30 }, { team: 'b', hoursPerMonth: 20 }],
      }),
      ownRunDoc('a'),
      { kind: 'Service', name: 'b-desk', spec: { owner: 'b', runModel: 'ops-runs-it' } },
    ];
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([]);
  });

  it('does not count a team whose shared service names another SRE team', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', { supports: ['shop', 'a'] }),
      { kind: 'Team', name: 'sre-edge', spec: { type: 'sre', organization: 'sre' } },
      { ...sharedDoc('a'), spec: { ...sharedDoc('a').spec, sreTeam: 'sre-edge' } },
    ];
    expect(findingsOf(sharedOnCallCapacity, docs)).toEqual([]);
  });

  it('names the teams it only consults for apart when teams it shares on-call with fall back', () => {
    const docs = [
      ...patch([...tinyOrg(), ...teams], 'Team', 'sre-core', { supports: ['shop', 'a', 'b'] }),
      sharedDoc('a'),
      ownRunDoc('b'),
    ];
    expect(findingsOf(sharedOnCallCapacity, docs).map((f) => f.message)).toEqual([
      'SRE team sre-core has 1 SRE(s) for the 2 dev teams it shares on-call with: a fall(s) back to "you build it, you run it". It only consults for b (on call for none of its services): support hours, not shared on-call, and not counted (§12.4.7).',
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
