import { describe, expect, it } from 'vitest';
import { docsOf, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * Everyone in an organization counts (#12 item 7): heads, team managers without a `team:`,
 * people placed by their reporting line. A company that states no product line is one business
 * line. SRE capacity is people who practise SRE, not titles (§12.4.6, §12.9.4).
 */

const checksOf = async (name: string) =>
  (await runJson<CheckJson>(['check', orgPath(name as never), '--json'])).checks;
const staffingOf = (name: string) =>
  runJson<StaffingJson>(['staffing', orgPath(name as never), '--json']);

describe('the people of an organization (EXPECTED.md)', () => {
  it('edge-manager-without-team: counts the manager with no team of his own, seven people over a limit of six', async () => {
    expect(
      (await checksOf('edge-manager-without-team'))
        .filter((c) => c.code === 'over-headcount-limit')
        .map((c) => c.subject.name),
    ).toEqual(['engineering']);
    expect((await staffingOf('edge-manager-without-team')).funding[0]?.current.headcount).toBe(7);
  });

  it('edge-reports-to-only: counts the staff engineer placed by her reporting line, seven over six', async () => {
    expect(
      (await checksOf('edge-reports-to-only'))
        .filter((c) => c.code === 'over-headcount-limit')
        .map((c) => c.subject.name),
    ).toEqual(['development']);
    expect((await staffingOf('edge-reports-to-only')).funding[0]?.current.headcount).toBe(7);
  });

  it('scale-up: engineering is 289 people, its nine domain directors included', async () => {
    const funding = (await staffingOf('scale-up')).funding.find(
      (f) => f.organization === 'engineering',
    );
    expect(funding?.current.headcount).toBe(289);
  });
});

describe('business lines and SRE scope (EXPECTED.md)', () => {
  it('edge-no-product-line: the company is one business line, so it needs one principal SRE', async () => {
    const staffing = await staffingOf('edge-no-product-line');
    expect(staffing.roles.principal).toMatchObject({ needed: 1, current: 0 });
    expect(staffing.roles.junior).toMatchObject({ needed: 2, current: 1 });
  });

  it('startup: no SRE team is needed while no service is run with SRE and its one SRE is in a team', async () => {
    const staffing = await staffingOf('startup');
    expect(staffing.sreTeams.needed).toBe(0);
    expect((await checksOf('startup')).filter((c) => c.code === 'sre-teams-below-scale')).toEqual(
      [],
    );
    if (staffing.roles.junior.needed > 0)
      expect(staffing.roles.principal.needed).toBeGreaterThanOrEqual(1);
  });
});

describe('re-titled operations engineers (EXPECTED.md)', () => {
  const retitled = docsOf('insurer-today')
    .filter((d) => d.kind === 'Person' && d.spec.role === 'sre' && d.spec.srePracticeMonths === 0)
    .map((d) => d.metadata.name)
    .sort();

  it('insurer-today: an "SRE team" of re-titled operations engineers without SRE practice is a finding on the team', async () => {
    const found = (await checksOf('insurer-today')).filter(
      (c) => c.subject.kind === 'Team' && c.subject.name === 'sre',
    );
    expect(found.map((c) => c.code)).not.toEqual([]);
  });

  it('insurer-today: titles without practice are not counted as SRE capacity', async () => {
    const staffing = await staffingOf('insurer-today');
    expect(staffing.roles.senior.people.filter((p) => retitled.includes(p))).toEqual([]);
  });

  it('insurer-today: the plan does not hand shared on-call to the re-titled team as if it practised SRE', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('insurer-today'), '--json']);
    for (const s of plan.services) {
      const reasons = s.recommendation.reasons.join(' ');
      if (s.recommendation.runModel !== 'you-and-sre-run-it' || !/SRE team sre\b/.test(reasons))
        continue;
      expect(reasons, s.name).toMatch(/practi[cs]e/);
    }
  });
});
