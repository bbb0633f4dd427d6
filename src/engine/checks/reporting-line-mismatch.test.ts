import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { reportingLineMismatch } from './reporting-line-mismatch.ts';

describe('reporting-line-mismatch (§12.3, §12.7.1)', () => {
  it('reports an SRE of the SRE organization who reports up the development line', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { reportsTo: 'dev-head' });
    expect(findingsOf(reportingLineMismatch, docs)).toEqual([
      {
        code: 'reporting-line-mismatch',
        severity: 'warning',
        subject: { kind: 'Person', name: 'sam' },
        message: expect.stringContaining(
          'is in team sre-core of the sre organization but reports up to the head of dev',
        ),
        section: '§12.3, §12.7.1',
      },
    ]);
  });

  it('accepts people who report up their team’s organization', () => {
    expect(findingsOf(reportingLineMismatch, tinyOrg())).toEqual([]);
  });

  it('accepts a line that reaches the head of an organization above the team’s first', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { reportsTo: 'pd-head' });
    expect(findingsOf(reportingLineMismatch, docs)).toEqual([]);
  });

  it('says nothing about people without reportsTo', () => {
    const docs = patch(tinyOrg(), 'Person', 'sam', { reportsTo: undefined });
    expect(findingsOf(reportingLineMismatch, docs)).toEqual([]);
  });
});
