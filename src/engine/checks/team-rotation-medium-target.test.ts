import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { teamRotationMediumTarget } from './team-rotation-medium-target.ts';

describe('team-rotation-medium-target (§12.6)', () => {
  it('suggests a domain rotation for a team rotation protecting only a medium target', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([
      {
        code: 'team-rotation-medium-target',
        severity: 'info',
        subject: { kind: 'Rotation', name: 'shop-oncall' },
        message: expect.stringContaining('protects only medium or low targets (cart)'),
        section: '§12.6',
      },
    ]);
  });

  it('accepts a team rotation protecting a high target', () => {
    expect(findingsOf(teamRotationMediumTarget, tinyOrg())).toEqual([]);
  });

  it('says nothing when a covered service states no target', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: undefined });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
  });

  it('leaves an operations rotation for ops-run services alone', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'ops-runs-it',
      sreTeam: undefined,
      availabilityTarget: 99,
    });
    expect(findingsOf(teamRotationMediumTarget, docs)).toEqual([]);
  });
});
