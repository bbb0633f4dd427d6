import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * Who is on call more than a quarter of their time (§12.1, §12.6, §12.9.5) is one answer: the
 * people staffing's overload list and the plan's on-call load name are the people `check` names
 * (`sre-overload` for SREs in place, `on-call-overload` for everyone else), on the same figures.
 * retail-peak, streaming-media and telecom-carrier-target had developers over the line whom
 * staffing and the plan named and `check` did not.
 */

/** The line: a quarter of a 168-hour week, in hours, as the plan's on-call load chart draws it. */
const LINE_HOURS = 42;

/** The people a finding says are on call over the line (sre-overload may name support alone). */
function namedOnCall(checks: CheckJson['checks']): string[] {
  return checks
    .filter(
      (f) =>
        f.code === 'on-call-overload' ||
        (f.code === 'sre-overload' && f.message.startsWith(`${f.subject.name} is on call `)),
    )
    .map((f) => f.subject.name);
}

describe.each(CORPUS)('the people on call too much in %s', (name) => {
  it('are the same in check, staffing and the plan, with the same hours and share', async () => {
    const dir = orgPath(name);
    const [check, staffing, plan] = await Promise.all([
      runJson<CheckJson>(['check', dir, '--json']),
      runJson<StaffingJson>(['staffing', dir, '--json']),
      runJson<PlanJson>(['plan', dir, '--json']),
    ]);
    const sorted = (names: readonly string[]) => [...names].sort();
    const overloaded = sorted(staffing.overloaded.map((o) => o.person));
    expect(sorted(namedOnCall(check.checks)), 'check').toEqual(overloaded);
    expect(sorted(namedOnCall(plan.checks)), "the plan's checks").toEqual(overloaded);
    expect(sorted(plan.staffing?.overloaded.map((o) => o.person) ?? []), 'plan').toEqual(
      overloaded,
    );
    expect(
      sorted(plan.onCallLoad.filter((l) => l.hoursPerWeek > LINE_HOURS).map((l) => l.person)),
      "the plan's on-call load",
    ).toEqual(overloaded);
    for (const o of staffing.overloaded) {
      const f = check.checks.find(
        (x) =>
          (x.code === 'on-call-overload' || x.code === 'sre-overload') &&
          x.subject.name === o.person,
      );
      expect(f?.message, o.person).toContain(
        `${o.person} is on call ${Math.round(o.hoursPerWeek * 10) / 10} h a week (${Math.round(o.share * 100)} % of their time`,
      );
    }
  });

  it("are listed once in the plan's risk register, in its on-call load risk", async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const overloaded = plan.staffing?.overloaded ?? [];
    const load = plan.risks.filter((r) => r.source === 'over-committed-hours');
    expect(load.length).toBe(overloaded.length > 0 ? 1 : 0);
    for (const o of overloaded) expect(load[0]?.about).toContain(`${o.person} (`);
    // A finding of `on-call-overload` is that risk again, not a risk of its own.
    expect(plan.risks.filter((r) => r.source === 'on-call-overload')).toEqual([]);
    // Nor is `sre-overload` for an SRE on call too much (telecom-carrier listed Daniel Ibáñez
    // twice, R8 and R10): it is a risk of its own only for the other cause, the month their
    // support and duty in working hours fill, and then says that cause alone.
    const monthFull = new Set(
      plan.checks
        .filter((f) => f.code === 'sre-overload' && f.message.includes('has no working time left'))
        .map((f) => f.subject.name),
    );
    for (const o of overloaded) {
      const own = plan.risks.filter((r) => r.about === `Person ${o.person}`);
      expect(
        own.filter((r) => r.source === 'sre-overload'),
        o.person,
      ).toHaveLength(monthFull.has(o.person) ? 1 : 0);
      for (const r of own) expect(r.title, `${r.id} ${o.person}`).not.toMatch(/on call too much/);
    }
  });
});
