import { describe, expect, it } from 'vitest';
import { modelOf, patch, type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreTeamScaling } from '../staffing/sre-team-scaling.ts';
import { sreTeamsBelowScale } from './sre-teams-below-scale.ts';

/**
 * The tiny organization with `count` dev teams in SRE scope: its shop and `count - 1` more, each
 * with a service whose on-call its developers share with the SRE team (§12.4.1: supporting a team
 * is a shared on-call rotation; consulting alone needs no SRE seat).
 */
function supporting(count: number, sreTeams = 1): TestDoc[] {
  const names = Array.from({ length: count - 1 }, (_, i) => `dev-${i + 1}`);
  const docs: TestDoc[] = [
    ...tinyOrg(),
    ...names.flatMap((name): TestDoc[] => [
      { kind: 'Team', name, spec: { type: 'development', organization: 'dev' } },
      {
        kind: 'Service',
        name: `${name}-api`,
        spec: { owner: name, runModel: 'you-and-sre-run-it' },
      },
    ]),
  ];
  for (let i = 1; i < sreTeams; i++) {
    docs.push({ kind: 'Team', name: `sre-${i}`, spec: { type: 'sre', organization: 'sre' } });
  }
  return patch(docs, 'Team', 'sre-core', { supports: ['shop', ...names] });
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
        message: expect.stringContaining('9 dev teams are served by 1 SRE team(s)'),
        section: '§12.4.1',
      },
    ]);
  });

  it('is quiet on the tiny organization', () => {
    expect(findingsOf(sreTeamsBelowScale, tinyOrg())).toEqual([]);
  });

  it('counts the dev teams staffing counts, so check and staffing agree (§12.4.1)', () => {
    // Eight supported teams and the shop, which is not supported but owns a service run with SRE.
    const docs = patch(supporting(9), 'Team', 'sre-core', {
      supports: Array.from({ length: 8 }, (_, i) => `dev-${i + 1}`),
    });
    const model = modelOf(docs);
    expect(sreTeamScaling(model)).toMatchObject({ needed: 2, current: 1 });
    expect(findingsOf(sreTeamsBelowScale, docs)).toHaveLength(1);
  });
});
