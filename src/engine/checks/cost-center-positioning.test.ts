import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { costCenterPositioning } from './cost-center-positioning.ts';

describe('cost-center-positioning (§12.8.4)', () => {
  it('reports SRE positioned as a cost center', () => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', { positioning: 'cost-center' });
    expect(findingsOf(costCenterPositioning, docs)).toEqual([
      {
        code: 'cost-center-positioning',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'sre' },
        message: expect.stringContaining('reposition it as an asset, partner or enabler'),
        section: '§12.8.4',
      },
    ]);
  });

  it.each(['asset', 'partner', 'enabler'])('accepts SRE as %s', (positioning) => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', { positioning });
    expect(findingsOf(costCenterPositioning, docs)).toEqual([]);
  });
});
