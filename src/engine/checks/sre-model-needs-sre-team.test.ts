import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreModelNeedsSreTeam } from './sre-model-needs-sre-team.ts';

describe('sre-model-needs-sre-team (§12.4, §12.5)', () => {
  it('reports shared on-call without an sreTeam', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { sreTeam: undefined });
    const [f] = findingsOf(sreModelNeedsSreTeam, docs);
    expect(f).toMatchObject({ severity: 'error', subject: { kind: 'Service', name: 'cart' } });
    expect(f?.message).toContain('names no sreTeam');
  });

  it('reports an SRE-run service whose sreTeam is not an SRE team', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', { runModel: 'sre-runs-it', sreTeam: 'shop' });
    expect(findingsOf(sreModelNeedsSreTeam, docs)[0]?.message).toContain(
      'shop is a development team',
    );
  });

  it('accepts shared on-call with an SRE team, and developer-run services without one', () => {
    expect(findingsOf(sreModelNeedsSreTeam, tinyOrg())).toEqual([]);
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'you-run-it',
      sreTeam: undefined,
    });
    expect(findingsOf(sreModelNeedsSreTeam, docs)).toEqual([]);
  });
});
