import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { sreCapacities, sreTeamsRunningAlone } from './sre-capacity.ts';

const devTeam = (name: string): TestDoc => ({
  kind: 'Team',
  name,
  spec: { type: 'development', organization: 'dev' },
});

/** A service whose on-call its developers share with sre-core (§12.4). */
const shared = (owner: string, sreTeam = 'sre-core'): TestDoc => ({
  kind: 'Service',
  name: `${owner}-api`,
  spec: { owner, runModel: 'you-and-sre-run-it', sreTeam, errorBudgetPolicy: 'standard' },
});

describe('sreCapacity (§12.4.1)', () => {
  it('dedicates one SRE per supported dev team, in the order of supports', () => {
    const docs = [
      ...patch([...tinyOrg(), devTeam('a'), devTeam('b')], 'Team', 'sre-core', {
        supports: ['shop', { team: 'a', hoursPerMonth: 40 }, 'b'],
      }),
      shared('a'),
      shared('b'),
    ];
    expect(sreCapacities(modelOf(docs))).toEqual([
      {
        team: 'sre-core',
        sres: ['sam'],
        supported: ['shop', 'a', 'b'],
        consulting: [],
        covered: ['shop'],
        fallback: ['a', 'b'],
        spare: 0,
        spareSres: [],
      },
    ]);
  });

  it('counts as free only SREs beyond the places of their level, not every SRE no team has (freeSres)', () => {
    // sue shares no team's on-call, but has no level: the §12.10.2 table does not count her, so
    // staffing cannot let her go, and nor does this table.
    const docs = [
      ...tinyOrg(),
      { kind: 'Person', name: 'sue', spec: { team: 'sre-core', role: 'platform-sre' } },
      { kind: 'Person', name: 'max', spec: { team: 'sre-core', role: 'manager' } },
    ];
    const [capacity] = sreCapacities(modelOf(docs));
    expect(capacity).toMatchObject({ sres: ['sam', 'sue'], fallback: [], spare: 0, spareSres: [] });
    // Three more juniors for one team's junior place: beyond the places, on no rotation, free.
    const junior = (name: string): TestDoc => ({
      kind: 'Person',
      name,
      spec: {
        team: 'sre-core',
        role: 'sre',
        level: 'junior',
        experienceYears: 1,
        srePracticeMonths: 6,
      },
    });
    const [more] = sreCapacities(
      modelOf([...tinyOrg(), junior('ann'), junior('bo'), junior('cy')]),
    );
    expect(more?.sres).toEqual(['sam', 'ann', 'bo', 'cy']);
    expect(more?.spare).toBeGreaterThan(0);
    expect(more?.spareSres).not.toContain('sam');
  });

  it('leaves every supported team to fall back when the SRE team has no SREs', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { role: 'ops-engineer' });
    expect(sreCapacities(modelOf(docs))[0]).toMatchObject({ covered: [], fallback: ['shop'] });
  });

  it('lists an SRE team that only runs services alone apart, with no spare SREs (§12.5)', () => {
    const docs = [
      ...patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it' }),
      { kind: 'Person', name: 'sue', spec: { team: 'sre-core', role: 'sre' } },
    ];
    const model = modelOf(docs);
    expect(sreCapacities(model)).toEqual([]);
    expect(sreTeamsRunningAlone(model)).toEqual([
      {
        team: 'sre-core',
        sres: ['sam', 'sue'],
        teams: ['shop'],
        services: ['cart'],
        rotations: ['shop-oncall'],
      },
    ]);
  });

  it('counts the SREs on an SRE-alone rotation as people with that load, not zero, and only the teams of shared on-call (§12.4.1, §12.5)', () => {
    const docs: TestDoc[] = [
      ...patch([...tinyOrg(), devTeam('pay')], 'Team', 'sre-core', {
        supports: ['pay', 'shop', { team: 'a', hoursPerMonth: 40 }],
      }),
      devTeam('a'),
      shared('a'),
      { kind: 'Person', name: 'sue', spec: { team: 'sre-core', role: 'sre' } },
      { kind: 'Person', name: 'lou', spec: { team: 'sre-core', role: 'sre' } },
      {
        kind: 'Service',
        name: 'pay-api',
        spec: { owner: 'pay', runModel: 'sre-runs-it', sreTeam: 'sre-core' },
      },
      {
        kind: 'Rotation',
        name: 'pay-oncall',
        spec: {
          type: 'team',
          coverage: '8x5',
          members: ['sue', 'lou'],
          covers: { services: ['pay-api'] },
        },
      },
    ];
    const model = modelOf(docs);
    expect(sreCapacities(model)).toEqual([
      {
        team: 'sre-core',
        sres: ['sam', 'sue', 'lou'],
        supported: ['shop', 'a'],
        consulting: [],
        covered: ['shop', 'a'],
        fallback: [],
        // lou is dedicated to no team, but pay-oncall needs both its members (and neither sue
        // nor lou has a level): not free for another team (freeSres).
        spare: 0,
        spareSres: [],
      },
    ]);
    expect(sreTeamsRunningAlone(model)).toMatchObject([
      { team: 'sre-core', sres: ['sue', 'lou'], teams: ['pay'], rotations: ['pay-oncall'] },
    ]);
  });

  it('counts only the teams it is on call with, not those it consults for (§12.3, §12.4.1, §12.4.7)', () => {
    // retail-peak: six SREs share checkout's pager and give five other teams consulting hours;
    // those teams' developers run their services alone, so none of them takes an SRE.
    const docs: TestDoc[] = [
      ...patch(
        [...tinyOrg(), devTeam('a'), devTeam('b'), devTeam('c'), devTeam('d')],
        'Team',
        'sre-core',
        {
          supports: [
            'shop',
            { team: 'a', hoursPerMonth: 30 },
            { team: 'b', hoursPerMonth: 20 },
            'c',
            'd',
          ],
        },
      ),
      // a: developers alone; b: operations; c: nothing yet; d: shared, but with another SRE team.
      { kind: 'Service', name: 'a-app', spec: { owner: 'a', runModel: 'you-run-it' } },
      { kind: 'Service', name: 'b-desk', spec: { owner: 'b', runModel: 'ops-runs-it' } },
      { kind: 'Team', name: 'sre-edge', spec: { type: 'sre', organization: 'sre' } },
      shared('d', 'sre-edge'),
    ];
    const [capacity] = sreCapacities(modelOf(docs));
    expect(capacity).toEqual({
      team: 'sre-core',
      sres: ['sam'],
      supported: ['shop'],
      consulting: ['a', 'b', 'c', 'd'],
      covered: ['shop'],
      fallback: [],
      spare: 0,
      spareSres: [],
    });
  });

  it('looks only at teams of type sre', () => {
    const docs = patch(tinyOrg(), 'Team', 'sre-core', {
      type: 'sre-infrastructure',
      supports: undefined,
    });
    const model = modelOf(
      patch(docs, 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined }),
    );
    expect(sreCapacities(model)).toEqual([]);
  });
});
