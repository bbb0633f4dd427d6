import { describe, expect, it } from 'vitest';
import { type TestDoc, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreTeamsHome } from './sre-teams-home.ts';

const sreTeamsInDev = (count: number): TestDoc[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'Team',
    name: `dev-sre-${i + 1}`,
    spec: { type: 'sre', organization: 'dev' },
  }));

describe('sre-teams-home (§12.4.1)', () => {
  it('suggests discussing the home of a third SRE team in the development organization', () => {
    expect(findingsOf(sreTeamsHome, [...tinyOrg(), ...sreTeamsInDev(3)])).toEqual([
      {
        code: 'sre-teams-home',
        severity: 'info',
        subject: { kind: 'Organization', name: 'dev' },
        message: expect.stringContaining('holds 3 SRE teams'),
        section: '§12.4.1',
      },
    ]);
  });

  it('accepts two SRE teams in the development organization', () => {
    expect(findingsOf(sreTeamsHome, [...tinyOrg(), ...sreTeamsInDev(2)])).toEqual([]);
  });
});
