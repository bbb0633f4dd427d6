import { describe, expect, it } from 'vitest';
import { docsOf, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * An open position "has a team, role and level but no one in it": it is counted as an open
 * position, never as a person (docs/people.md). The SRE roles and the people of a team are defined
 * once (#12 item 1): staffing, plan and check must all leave it out of SRE capacity.
 */

const dir = orgPath('insurer-target');
const open = docsOf('insurer-target')
  .filter((d) => d.kind === 'Person' && d.spec.openPosition === true)
  .map((d) => d.metadata.name);

describe('insurer-target: the open SRE position in Porto (EXPECTED.md)', () => {
  it('is not an SRE in staffing, nor a person of the SRE organization', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', dir, '--json']);
    expect(staffing.funding.find((f) => f.organization === 'sre')?.current.headcount).toBe(14);
    const counted = [
      ...staffing.roles.junior.people,
      ...staffing.roles.senior.people,
      ...staffing.roles.principal.people,
    ];
    expect(counted.filter((p) => open.includes(p))).toEqual([]);
  });

  it("is not an SRE of SRE Channels' shared on-call capacity in the plan", async () => {
    const plan = await runJson<PlanJson>(['plan', dir, '--json']);
    const channels = plan.capacities.find((c) => c.team === 'sre-channels');
    expect(channels?.sres.filter((p) => open.includes(p))).toEqual([]);
    expect(channels?.fallback).toEqual(['customer-portal']);
  });

  it('leaves SRE Channels short for customer-portal in check', async () => {
    const check = await runJson<CheckJson>(['check', dir, '--json']);
    const found = check.checks.filter(
      (c) => c.code === 'shared-on-call-capacity' && c.subject.name === 'sre-channels',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('customer-portal');
  });
});

describe('the SRE infrastructure product owner (scale-up, insurer-target)', () => {
  it('is on the same side of "SRE" in staffing and careers', async () => {
    for (const org of ['scale-up', 'insurer-target'] as const) {
      const po = docsOf(org)
        .filter((d) => d.kind === 'Person' && d.spec.role === 'sre-infrastructure-po')
        .map((d) => d.metadata.name);
      const staffing = await runJson<StaffingJson>(['staffing', orgPath(org), '--json']);
      const careers = await runJson<{ people: { person: string; track: string }[] }>([
        'careers',
        orgPath(org),
        '--json',
      ]);
      for (const person of po) {
        const inStaffing =
          staffing.infrastructure.includes(person) || staffing.unleveled.includes(person);
        const inCareers = careers.people.some((p) => p.person === person && p.track === 'sre');
        expect(inStaffing, `${org}: ${person}`).toBe(inCareers);
      }
    }
  }, 60_000);
});
