import { describe, expect, it } from 'vitest';
import { docsOf, MONTH, orgPath, runJson } from './support/corpus.ts';
import type { ChargebackJson, StaffingJson } from './support/outputs.ts';

/**
 * migration: SRE Delivery has two SREs and two open positions (EXPECTED.md). An open position
 * "has a team, role and level but no one in it": never a person (docs/people.md), so neither a
 * head of the reliability organization, nor an SRE of a level, nor hours of SRE support. (C1)
 */

const dir = orgPath('migration');
const open = docsOf('migration')
  .filter((d) => d.kind === 'Person' && d.spec.openPosition === true)
  .map((d) => d.metadata.name);

describe('migration: the two open SRE positions of SRE Delivery', () => {
  it('are not people of the reliability organization nor SREs of a level in staffing', async () => {
    expect(open).toHaveLength(2);
    const staffing = await runJson<StaffingJson>(['staffing', dir, '--json']);
    // Sara Blanco (head), Clara Vega, Miguel Torres
    expect(staffing.funding.find((f) => f.organization === 'reliability')?.current.headcount).toBe(
      3,
    );
    const counted = [
      ...staffing.roles.junior.people,
      ...staffing.roles.senior.people,
      ...staffing.roles.principal.people,
    ];
    expect(counted.filter((p) => open.includes(p))).toEqual([]);
  });

  it('give no hours of SRE support to the teams SRE Delivery supports', async () => {
    const bill = await runJson<ChargebackJson>(['chargeback', dir, '--month', MONTH, '--json']);
    const hours = [...bill.unpriced, ...bill.internal, ...bill.statements.flatMap((s) => s.lines)]
      .filter((l) => l.sreTeam === 'sre-delivery')
      .reduce((n, l) => n + l.hours, 0);
    // two SREs cannot give more hours in a month than two full-time people work (22 days × 8 h)
    expect(hours).toBeLessThanOrEqual(2 * 22 * 8);
  });
});
