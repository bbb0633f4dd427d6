import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { sreRoleWithoutPractice } from './sre-role-without-practice.ts';

describe('sre-role-without-practice (§12.9.4)', () => {
  it('reports an SRE role assigned with no months of practice', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { srePracticeMonths: 0 });
    expect(findingsOf(sreRoleWithoutPractice, docs)).toEqual([
      {
        code: 'sre-role-without-practice',
        severity: 'warning',
        subject: { kind: 'Person', name: 'sam' },
        message: expect.stringContaining('holds the sre role with no months of SRE practice'),
        section: '§12.9.4',
      },
    ]);
  });

  it('accepts months of practice, and unstated practice', () => {
    expect(findingsOf(sreRoleWithoutPractice, tinyOrg())).toEqual([]);
    const docs = patch(tinyOrg(), 'Person', 'sam', { srePracticeMonths: undefined });
    expect(findingsOf(sreRoleWithoutPractice, docs)).toEqual([]);
  });

  it('asks nothing of developers', () => {
    const docs = patch(tinyOrg(), 'Person', 'dan', { srePracticeMonths: 0 });
    expect(findingsOf(sreRoleWithoutPractice, docs)).toEqual([]);
  });
});
