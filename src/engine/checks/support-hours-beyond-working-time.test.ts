import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { supportHoursBeyondWorkingTime } from './support-hours-beyond-working-time.ts';

// One engineer (sam) works 40 h × 365.25/84 weeks ≈ 173.93 h in an average month.
const agreed = (hoursPerMonth: number) =>
  patch(tinyOrg(), 'Team', 'sre-core', { supports: [{ team: 'shop', hoursPerMonth }] });

describe('support-hours-beyond-working-time (§12.4.7)', () => {
  it('reports an SRE team that agreed more support than its engineers work in a month', () => {
    expect(findingsOf(supportHoursBeyondWorkingTime, agreed(200))).toEqual([
      {
        code: 'support-hours-beyond-working-time',
        severity: 'warning',
        subject: { kind: 'Team', name: 'sre-core' },
        message:
          'SRE team sre-core agreed 200 h of support a month, but its 1 engineer(s) in place work about 174 h in an average month: 26 h a month are billed that nobody can have worked. Agree fewer hours or staff the team.',
        section: '§12.4.7',
      },
    ]);
  });

  it('counts neither open positions nor the manager as working hours', () => {
    const docs = [
      ...agreed(300),
      { kind: 'Person', name: 'ola', spec: { team: 'sre-core', role: 'sre', openPosition: true } },
      { kind: 'Person', name: 'lead', spec: { team: 'sre-core', role: 'manager' } },
    ];
    expect(findingsOf(supportHoursBeyondWorkingTime, docs)[0]?.message).toContain(
      'its 1 engineer(s) in place',
    );
  });

  it('accepts support within working time, and support without agreed hours', () => {
    expect(findingsOf(supportHoursBeyondWorkingTime, agreed(170))).toEqual([]);
    expect(findingsOf(supportHoursBeyondWorkingTime, tinyOrg())).toEqual([]);
  });
});
