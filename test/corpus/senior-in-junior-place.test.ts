import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { StaffingJson } from './support/outputs.ts';

/**
 * A senior SRE has all the responsibilities of a junior SRE (§12.10), so spare seniors take junior
 * places before juniors are hired (A16/P3), but only once the next level's open places have taken
 * those who may grow into them (§12.10.2: grown from inside before hired from outside). The order
 * used to be the other way round: acme hired 2 principal SREs at Berlin while 2 Berlin seniors
 * held junior places, where an SRE lead promotes the seniors and hires the juniors. scale-up has no
 * principal place open, so its order is unchanged: 12 development teams, 7 junior SREs, 8 senior
 * SREs for 6 domains: 2 seniors hold junior places, 3 juniors are hired (not 5), and staffing, the
 * plan's hiring decision and its head count decision say the same 3.
 */

const LEVELS = ['junior', 'senior', 'principal'] as const;

interface PlanDecisions {
  readonly summary: {
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
    readonly headcount: readonly { readonly organization: string; readonly planned: number }[];
  };
}

describe('scale-up: spare seniors in junior places (§12.10, §12.10.2)', () => {
  it('counts 3 junior places short, 2 held by the seniors beyond the 6 needed, and hires 3', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath('scale-up'), '--json']);
    expect(staffing.roles.junior).toMatchObject({
      needed: 12,
      current: 7,
      short: 3,
      heldAbove: [{ level: 'senior', count: 2 }],
    });
    expect(staffing.roles.senior).toMatchObject({
      needed: 6,
      current: 8,
      holdingBelow: [{ level: 'junior', count: 2 }],
    });
    expect(staffing.hiring.map((h) => [h.level, h.count])).toEqual([['junior', 3]]);
    const sre = staffing.funding.find((f) => f.organization === 'sre');
    expect(sre?.planned.headcount).toBe((sre?.current.headcount ?? 0) + 3);
  });

  it('says so in the Markdown: 3 short, not 5', async () => {
    const { stdout } = await run(['staffing', orgPath('scale-up')]);
    const junior = stdout.split('\n').find((l) => l.startsWith('| junior SRE | 12 development'));
    expect(junior).toContain('**3 short** (2 places held by spare senior SREs)');
    expect(stdout).not.toContain('**5 short**');
  });

  it("the plan's hiring and head count decisions agree with staffing: 3 juniors, sre to 31", async () => {
    const plan = await runJson<PlanDecisions>(['plan', orgPath('scale-up'), '--json']);
    const decision = (id: string) => plan.summary.decisions.find((d) => d.id === id)?.proposal;
    expect(decision('hiring')).toContain('3 junior SREs at Berlin');
    expect(decision('hiring')).toContain(
      '2 junior places are held by the senior SREs beyond the 6 needed',
    );
    const sre = plan.summary.headcount.find((h) => h.organization === 'sre');
    expect(decision('limits-sre') ?? '').not.toContain('to 33');
    if (decision('limits-sre')) expect(decision('limits-sre')).toContain(`to ${sre?.planned}`);
    expect(sre?.planned).toBe(31);
  });
});

describe.each(CORPUS)('the hiring list of %s', (name) => {
  it('hires at no level while a higher level has an SRE to spare', async () => {
    const staffing = await runJson<StaffingJson>(['staffing', orgPath(name), '--json']);
    const lent = (l: (typeof LEVELS)[number]) =>
      staffing.roles[l].holdingBelow.reduce((n, h) => n + h.count, 0);
    // SREs beyond their site's places whom a rotation needs there (`left`) stay where they are:
    // they take no place elsewhere, nor one above (§12.6, §12.10.2).
    const kept = (l: (typeof LEVELS)[number]) =>
      staffing.roles[l].byLocation.reduce((n, b) => n + b.left, 0);
    // Those set aside for the next level's open places are counted on by a promotion (§12.10.2).
    const reserved = (l: (typeof LEVELS)[number]) =>
      staffing.roles[l].byLocation.reduce((n, b) => n + b.reserved, 0);
    const spare = (l: (typeof LEVELS)[number]) =>
      staffing.roles[l].current - staffing.roles[l].needed - lent(l) - kept(l) - reserved(l);
    for (const [i, level] of LEVELS.entries()) {
      const hires = staffing.hiring
        .filter((h) => h.level === level)
        .reduce((n, h) => n + h.count, 0);
      // A place nobody holds is hired for, unless a spare SRE below is promoted into it (§12.10.2)
      // or, a junior place, offered to someone with an SRE title and no practice yet (§12.9.4).
      const promoted = staffing.promotions
        .filter((p) => p.level === level)
        .reduce((n, p) => n + p.promoted, 0);
      const practice = (staffing as { practice?: { level: string; offered: number } | null })
        .practice;
      const offered = practice?.level === level ? practice.offered : 0;
      expect(hires + promoted + offered).toBe(staffing.roles[level].short);
      if (hires > 0)
        for (const above of LEVELS.slice(i + 1)) expect(spare(above)).toBeLessThanOrEqual(0);
    }
  });
});
