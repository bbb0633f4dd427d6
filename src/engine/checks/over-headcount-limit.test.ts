import { describe, expect, it } from 'vitest';
import { patch, SHOP_DEVELOPERS, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { overHeadcountLimit } from './over-headcount-limit.ts';

describe('over-headcount-limit (§12.4.6)', () => {
  it('reports an organization with more people than its limit, counting its head', () => {
    const docs = patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 1 });
    expect(findingsOf(overHeadcountLimit, docs)).toEqual([
      {
        code: 'over-headcount-limit',
        severity: 'error',
        subject: { kind: 'Organization', name: 'dev' },
        message: expect.stringContaining('has 8 people'),
        section: '§12.4.6',
      },
    ]);
  });

  it('counts the people of organizations below', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', { headcountLimit: 4 });
    expect(findingsOf(overHeadcountLimit, docs)[0]?.message).toContain('has 11 people');
  });

  it('counts a team manager without a team and people placed by their reporting line', () => {
    const docs = [
      ...patch(patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 3 }), 'Team', 'shop', {
        manager: 'mia',
      }),
      { kind: 'Person', name: 'mia', spec: { role: 'manager', reportsTo: 'dev-head' } },
      { kind: 'Person', name: 'arch', spec: { role: 'developer', reportsTo: 'dev-head' } },
    ];
    expect(findingsOf(overHeadcountLimit, docs)[0]?.message).toContain(
      `has ${4 + SHOP_DEVELOPERS.length} people`,
    );
  });

  it('accepts an organization at its limit', () => {
    const docs = patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 8 });
    expect(findingsOf(overHeadcountLimit, docs)).toEqual([]);
  });
});
