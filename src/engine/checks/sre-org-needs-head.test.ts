import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreOrgNeedsHead } from './sre-org-needs-head.ts';

describe('sre-org-needs-head (§12.8.2)', () => {
  it('reports an SRE organization without a head', () => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', { head: undefined });
    expect(findingsOf(sreOrgNeedsHead, docs)).toEqual([
      {
        code: 'sre-org-needs-head',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'sre' },
        message: expect.stringContaining('has no head'),
        section: '§12.8.2',
      },
    ]);
  });

  it('accepts an SRE organization with a head, and other organizations without one', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', { head: undefined });
    expect(
      findingsOf(sreOrgNeedsHead, patch(docs, 'Person', 'dev-head', { reportsTo: undefined })),
    ).toEqual([]);
  });
});
