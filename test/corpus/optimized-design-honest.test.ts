import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, cents, docsOf, MONTH, ofKind, orgPath, run, runJson } from './support/corpus.ts';
import type { OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * The §12.6 optimized design is safe and honest (#12 item 6): high tiers keep a rotation of
 * people who know them around the clock (the thin layer may take runbook cases in front of it);
 * and a design that costs more, or needs more people, than today is not called a saving. (That
 * the design passes the schedule's coverage rule is tested in test/corpus/optimized-design.test.ts.)
 */

const WITH_POLICY = CORPUS.filter((name) => ofKind(docsOf(name), 'CompensationPolicy').length > 0);

describe.each(WITH_POLICY)('the optimized on-call design of %s', (name) => {
  const dir = orgPath(name);
  let cost: OnCallCostJson;
  let plan: PlanJson;
  let markdown: string;

  beforeAll(async () => {
    [cost, plan, markdown] = await Promise.all([
      runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json']),
      runJson<PlanJson>(['plan', dir, '--json']),
      run(['oncall-cost', dir, '--month', MONTH]).then((r) => r.stdout),
    ]);
  }, 120_000);

  it('keeps every high-tier service on a round-the-clock rotation of people who know it', () => {
    for (const s of plan.services.filter((x) => x.tier === 'high')) {
      const own = cost.optimized.rotations.filter(
        (r) => r.type !== 'thin-layer' && r.coverage === '24x7' && r.services.includes(s.name),
      );
      expect(
        own.map((r) => r.name),
        `${s.name} (${s.availabilityTarget} %)`,
      ).not.toEqual([]);
    }
  });

  it('is never called a saving when it costs more than today', () => {
    const more = cents(cost.optimized.monthlyCost) > cents(cost.current.monthlyCost);
    if (more) expect(cents(cost.savingVsCurrent)).toBeLessThanOrEqual(0);
    expect(markdown).not.toMatch(/saves -/);
  });

  it("prices today's rotations as the schedule staffs them", () => {
    // Standby outside business hours: the design of today for an average month against what the
    // month's schedule pays (scaled from March's 31 days to an average month of 30.44).
    const scheduled =
      cost.compensation.people.reduce((n, p) => n + p.hours.offHours, 0) * (365.25 / 12 / 31);
    const design = cost.current.standbyHoursPerMonth.outside;
    if (scheduled === 0) return;
    expect(
      design / scheduled,
      `today ${design} h, scheduled ${scheduled.toFixed(1)} h`,
    ).toBeLessThan(1.15);
  });

  it('is not a saving when it needs more people than today', () => {
    if (cost.optimized.peopleNeeded <= cost.current.peopleNeeded) return;
    expect(
      cents(cost.savingVsCurrent),
      `${cost.optimized.peopleNeeded} people instead of ${cost.current.peopleNeeded}`,
    ).toBeLessThanOrEqual(0);
  });
});
