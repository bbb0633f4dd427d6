import { describe, expect, it } from 'vitest';
import { patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreTeamsBelowScale } from './sre-teams-below-scale.ts';

function supporting(count: number, sreTeams = 1): TestDoc[] {
  const names = Array.from({ length: count }, (_, i) => `dev-${i + 1}`);
  const docs: TestDoc[] = [
    ...tinyOrg(),
    ...names.map((name) => ({
      kind: 'Team',
      name,
      spec: { type: 'development', organization: 'dev' },
    })),
  ];
  for (let i = 1; i < sreTeams; i++) {
    docs.push({ kind: 'Team', name: `sre-${i}`, spec: { type: 'sre', organization: 'sre' } });
  }
  return patch(docs, 'Team', 'sre-core', { supports: names });
}

describe('sre-teams-below-scale (§12.4.1 table)', () => {
  // The chapter's table: 1 dev team → 1 SRE team, 9 → 2, 17 → 3.
  it.each([
    [8, 1, false],
    [9, 1, true],
    [9, 2, false],
    [16, 2, false],
    [17, 2, true],
    [17, 3, false],
  ])('with %i supported dev teams and %i SRE team(s) reports: %s', (devTeams, sreTeams, fires) => {
    const findings = findingsOf(sreTeamsBelowScale, supporting(devTeams, sreTeams));
    expect(findings.length > 0).toBe(fires);
  });

  it('reports on the product delivery organization with the number needed', () => {
    expect(findingsOf(sreTeamsBelowScale, supporting(9))).toEqual([
      {
        code: 'sre-teams-below-scale',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'pd' },
        message: expect.stringContaining('9 dev teams are supported by 1 SRE team(s)'),
        section: '§12.4.1',
      },
    ]);
  });

  it('is quiet on the tiny organization', () => {
    expect(findingsOf(sreTeamsBelowScale, tinyOrg())).toEqual([]);
  });
});
