import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreTeamOfRenamedOps } from './sre-team-of-renamed-ops.ts';

describe('sre-team-of-renamed-ops (§12.4.6, §12.9.4)', () => {
  it('reports an SRE team of operations engineers only, whatever its manager', () => {
    const docs = [
      ...patch(tinyOrg(), 'Person', 'sam', { role: 'ops-engineer', level: undefined }),
      { kind: 'Person', name: 'boss', spec: { team: 'sre-core', role: 'manager' } },
    ];
    expect(findingsOf(sreTeamOfRenamedOps, docs)).toEqual([
      {
        code: 'sre-team-of-renamed-ops',
        severity: 'warning',
        subject: { kind: 'Team', name: 'sre-core' },
        message: expect.stringContaining('consists only of operations engineers'),
        section: '§12.4.6, §12.9.4',
      },
    ]);
  });

  it('reports an SRE team of re-titled operations engineers with no SRE practice', () => {
    const docs = [
      ...patch(tinyOrg(), 'Person', 'sam', { srePracticeMonths: 0 }),
      {
        kind: 'Person',
        name: 'olga',
        spec: { team: 'sre-core', role: 'sre', srePracticeMonths: 0 },
      },
      { kind: 'Person', name: 'ivan', spec: { team: 'sre-core', role: 'ops-engineer' } },
    ];
    const [f] = findingsOf(sreTeamOfRenamedOps, docs);
    expect(f?.subject).toEqual({ kind: 'Team', name: 'sre-core' });
    expect(f?.message).toContain(
      'sam and olga hold the SRE title with no months of SRE practice and ivan is an operations engineer',
    );
  });

  it('accepts a team with one SRE who practices, or whose practice is not stated', () => {
    const docs = [
      ...tinyOrg(),
      {
        kind: 'Person',
        name: 'olga',
        spec: { team: 'sre-core', role: 'sre', srePracticeMonths: 0 },
      },
    ];
    expect(findingsOf(sreTeamOfRenamedOps, docs)).toEqual([]);
    const unstated = patch(tinyOrg(), 'Person', 'sam', { srePracticeMonths: undefined });
    expect(findingsOf(sreTeamOfRenamedOps, unstated)).toEqual([]);
  });

  it('accepts an SRE team with at least one SRE', () => {
    const docs = [
      ...tinyOrg(),
      { kind: 'Person', name: 'olga', spec: { team: 'sre-core', role: 'ops-engineer' } },
    ];
    expect(findingsOf(sreTeamOfRenamedOps, docs)).toEqual([]);
  });

  it('says nothing about an SRE team with no people yet', () => {
    const docs = tinyOrg().filter((d) => !(d.kind === 'Person' && d.name === 'sam'));
    expect(
      findingsOf(sreTeamOfRenamedOps, patch(docs, 'Rotation', 'shop-oncall', { members: ['dan'] })),
    ).toEqual([]);
  });
});
