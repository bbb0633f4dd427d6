import { describe, expect, it } from 'vitest';
import { orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, StaffingJson } from './support/outputs.ts';

/**
 * one-sre: eight people, one team, its one senior SRE embedded (§12.3 option 3), nothing run
 * with SRE (EXPECTED.md). A company that writes no domain is one domain, as it is one business
 * line (§12.10: "the entire business in the case of a smaller company"), so its one senior SRE
 * is what §12.10.2 asks, not "1 more than needed" (A25); and with nothing run with SRE no SRE team
 * is needed (A5), nor a junior SRE to hire beside a senior who already serves the one team (A16).
 */

const dir = orgPath('one-sre');

describe('one-sre (EXPECTED.md)', () => {
  it('counts the company as one domain: its one senior SRE is not more than needed', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', dir, '--json']);
    expect(staffing.roles.senior.current).toBe(1);
    expect(staffing.roles.senior.needed).toBe(1);
  });

  it('asks for no SRE team and no SRE hire', async () => {
    const [staffing, check] = await Promise.all([
      runJson<StaffingJson>(['staffing', dir, '--json']),
      runJson<CheckJson>(['check', dir, '--json']),
    ]);
    expect(staffing.sreTeams.needed).toBe(0);
    expect(staffing.hiring).toEqual([]);
    expect(check.checks.map((c) => c.code)).not.toContain('sre-teams-below-scale');
  });
});
