import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreTeamCannotHandBack } from './sre-team-cannot-hand-back.ts';

describe('sre-team-cannot-hand-back (§12.1, §12.5)', () => {
  it('reports an SRE team running a service whose policy has no handback rule', () => {
    const docs = patch(tinyOrg(), 'ErrorBudgetPolicy', 'standard', { handback: undefined });
    expect(findingsOf(sreTeamCannotHandBack, docs)).toEqual([
      {
        code: 'sre-team-cannot-hand-back',
        severity: 'warning',
        subject: { kind: 'Team', name: 'sre-core' },
        message: expect.stringContaining(
          'runs cart without an error budget policy that says when it hands the service back',
        ),
        section: '§12.1, §12.5',
      },
    ]);
  });

  it('reports a service run with SRE under no policy at all', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { errorBudgetPolicy: undefined });
    expect(findingsOf(sreTeamCannotHandBack, docs).map((f) => f.subject.name)).toEqual([
      'sre-core',
    ]);
  });

  it('accepts an SRE team whose every service can be handed back, and ignores services it no longer runs', () => {
    expect(findingsOf(sreTeamCannotHandBack, tinyOrg())).toEqual([]);
    const developers = patch(
      patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it' }),
      'ErrorBudgetPolicy',
      'standard',
      { handback: undefined },
    );
    expect(findingsOf(sreTeamCannotHandBack, developers)).toEqual([]);
  });
});
