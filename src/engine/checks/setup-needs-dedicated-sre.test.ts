import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { setupNeedsDedicatedSre } from './setup-needs-dedicated-sre.ts';

describe('setup-needs-dedicated-sre (§12.3)', () => {
  it.each(['dedicated-sre', 'dedicated-sre-and-developers'])(
    'reports a %s team without an SRE',
    (setup) => {
      const docs = patch(tinyOrg(), 'Team', 'shop', { setup });
      expect(findingsOf(setupNeedsDedicatedSre, docs)).toEqual([
        {
          code: 'setup-needs-dedicated-sre',
          severity: 'error',
          subject: { kind: 'Team', name: 'shop' },
          message: expect.stringContaining(`set up as ${setup}`),
          section: '§12.3',
        },
      ]);
    },
  );

  it('accepts a dedicated-sre team with an application SRE among its people', () => {
    const docs = [
      ...patch(tinyOrg(), 'Team', 'shop', { setup: 'dedicated-sre' }),
      { kind: 'Person', name: 'ida', spec: { team: 'shop', role: 'application-sre' } },
    ];
    expect(findingsOf(setupNeedsDedicatedSre, docs)).toEqual([]);
  });

  it('asks nothing of developers on rotation', () => {
    expect(findingsOf(setupNeedsDedicatedSre, tinyOrg())).toEqual([]);
  });
});
