import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, MONTH_FROM, MONTH_TO, orgPath, runJson } from './support/corpus.ts';
import type {
  CheckJson,
  OnCallCostJson,
  OnCallJson,
  PlanJson,
  ScheduleJson,
  StaffingJson,
} from './support/outputs.ts';

/**
 * §12.9.5 sizes a round-the-clock rotation; §12.6 lets operations take breaches on runbooks in
 * front of developers who answer in office hours. A high tier operations run today on a pager the
 * sizing rule staffs does not leave it for a rotation its developers' team cannot staff: the plan
 * keeps operations first line (`ops-runs-it` as the interim) until the team can, with its
 * developers second line in office hours. parcel-logistics' sorters (`sortation-control`, 99.95 %)
 * were moved off depot IT operations' 8 of 8 onto the three developers of depot systems (3 of 8),
 * with lowering the target as the only alternative.
 */

interface Recommended {
  readonly runModel: string;
  readonly interim?: string | null;
  readonly reasons: readonly string[];
}

const org = orgPath('parcel-logistics');

describe('parcel-logistics: operations stay first line for the sorters until depot systems can staff a pager', () => {
  it('the plan keeps ops-runs-it as the interim, says why, whom to hire and the second line', async () => {
    const plan = await runJson<PlanJson>(['plan', org, '--json']);
    const sorters = plan.services.find((s) => s.name === 'sortation-control');
    const r = sorters?.recommendation as Recommended | undefined;
    expect(r?.runModel).toBe('you-run-it');
    expect(r?.interim).toBe('ops-runs-it');
    const why = r?.reasons.join(' ') ?? '';
    expect(why).toContain('depot-ops-oncall (24x7, 8 of the 8 it needs)');
    expect(why).toContain('3 of the 8 the sizing rule needs, 5 short');
    expect(why).toContain('hire 5 more into team depot-systems');
    expect(why).toContain('product is at 37 of 40');
    expect(why).toContain('second line in office hours');
    expect(why).toContain('error budget policy');
    // The decision on the design says the arrangement, not a move nobody can staff.
    const decisions = (
      plan as unknown as { summary: { decisions: { id: string; proposal: string }[] } }
    ).summary.decisions;
    const design = decisions.find((d) => d.id === 'oncall-design')?.proposal ?? '';
    expect(design).toContain('first line depot-ops-oncall, second line team:depot-systems');
    expect(design).not.toContain('lower the availability target of sortation-control');
  });

  it('the design keeps depot-ops-oncall round the clock for it, with the developers in office hours', async () => {
    const cost = await runJson<OnCallCostJson>(['oncall-cost', org, '--json']);
    const onIt = cost.optimized.rotations.filter((r) => r.services.includes('sortation-control'));
    expect(onIt.map((r) => `${r.name} ${r.coverage}`).sort()).toEqual([
      'depot-ops-oncall 24x7',
      'noc-first-line 24x7',
      'team:depot-systems 8x5',
    ]);
    expect(cost.optimized.notes.join('\n')).not.toMatch(/team depot-systems has 3 .*needs 8/);
  });

  it('check, staffing, schedule and oncall agree: operations are on call for it, fully staffed, and the finding stands', async () => {
    const [check, staffing, schedule] = await Promise.all([
      runJson<CheckJson>(['check', org, '--json']),
      runJson<StaffingJson>(['staffing', org, '--json']),
      runJson<ScheduleJson>(['schedule', org, '--from', MONTH_FROM, '--to', MONTH_TO, '--json']),
    ]);
    expect(
      check.checks.some(
        (c) => c.code === 'ops-run-high-target' && c.subject.name === 'sortation-control',
      ),
    ).toBe(true);
    const pager = staffing.rotations.find((r) => r.name === 'depot-ops-oncall');
    expect(pager?.sustainable).toBe(true);
    expect(
      schedule.violations.filter((v) => v.service === 'sortation-control').map((v) => v.code),
    ).toEqual([]);
    const night = await runJson<OnCallJson>([
      'oncall',
      org,
      'sortation-control',
      '--at',
      '2026-03-10T02:00:00Z',
      '--json',
    ]);
    expect(night.onCall.map((o) => o.rotation)).toContain('depot-ops-oncall');
  });
});

const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)('%s: no high tier leaves a staffed pager for a short one', (name) => {
  it('the design puts no high tier operations run on a staffed pager today on a short team rotation instead', async () => {
    const [staffing, cost, plan] = await Promise.all([
      runJson<StaffingJson>(['staffing', orgPath(name), '--json']),
      runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--json']),
      runJson<PlanJson>(['plan', orgPath(name), '--json']),
    ]);
    const staffed = new Set(staffing.rotations.filter((r) => r.sustainable).map((r) => r.name));
    for (const s of plan.services) {
      if (s.tier !== 'high' || s.runModel !== 'ops-runs-it') continue;
      const pagers = s.rotations.filter((r) => r.type === 'team' && staffed.has(r.name));
      if (pagers.length === 0) continue;
      const designed = cost.optimized.rotations.filter(
        (r) => r.services.includes(s.name) && r.type === 'team' && r.coverage === '24x7',
      );
      // Kept as it is, or a team rotation round the clock with the people it needs.
      const short = designed.filter(
        (r) => r.keeps === null && cost.optimized.notes.some((n) => n.includes(`${r.name} needs`)),
      );
      expect(
        short.map((r) => r.name),
        `${s.name}: from ${pagers.map((p) => p.name)}`,
      ).toEqual([]);
    }
  });
});
