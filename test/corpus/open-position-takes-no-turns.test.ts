import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  type Doc,
  docsOf,
  membersOf,
  ofKind,
  runJson,
  turnTakersOf,
  yamlOf,
  zoneOf,
} from './support/corpus.ts';
import type { CheckJson, OnCallCostJson, PlanJson, StaffingJson } from './support/outputs.ts';

/**
 * An open position "has a team, role and level but no one in it" (§12.4.6, §12.12): listed on a
 * rotation — the seat planned for the hire — it takes none of its turns until it is filled. The
 * people there share the load; the rotation is as large as they are. So listing an open position
 * on every rotation of an organization changes no rotation's size or shortfall, nobody's hours,
 * nobody's overload, no on-call pay, in staffing, check, oncall-cost and the plan alike. Before,
 * the open position took turns: a two-person pager with an open seat was sized as three, its
 * people's nights were divided by three, and `check` called the open position overloaded.
 */

const WITH_ROTATIONS = CORPUS.filter((name) => ofKind(docsOf(name), 'Rotation').length > 0);

/** Every rotation lists an open position of its first member's team, in that member's zone. */
function withOpenSeats(docs: Doc[]): Doc[] {
  const open: Doc[] = [];
  for (const rotation of ofKind(docs, 'Rotation')) {
    const first = membersOf(rotation)[0] as string;
    const team = docs.find((d) => d.kind === 'Person' && d.metadata.name === first)?.spec.team;
    const name = `open-seat-${rotation.metadata.name}`;
    open.push({
      apiVersion: 'whorunsit/v1',
      kind: 'Person',
      metadata: { name },
      spec: {
        role: 'developer',
        timezone: zoneOf(docs, first, rotation),
        openPosition: true,
        ...(team === undefined ? {} : { team }),
      },
    });
    rotation.spec.members = [...membersOf(rotation), name];
  }
  return [...docs, ...open];
}

const SIZE_CODES = new Set(['rotation-too-small', 'on-call-overload', 'sre-overload']);

/** The findings about on-call size and load: who or what, and, for a person, the figures. */
function loadFindings(check: CheckJson): string[] {
  return check.checks
    .filter((f) => SIZE_CODES.has(f.code))
    .map((f) =>
      f.code === 'rotation-too-small'
        ? `${f.code} ${f.subject.name}`
        : `${f.code} ${f.subject.name}: ${f.message}`,
    )
    .sort();
}

function sizes(staffing: { readonly rotations: StaffingJson['rotations'] }): unknown[] {
  return staffing.rotations.map((r) => ({
    name: r.name,
    current: r.current,
    needed: r.needed,
    shortfall: r.shortfall,
    sustainable: r.sustainable,
    sites: r.sites,
  }));
}

describe.each(WITH_ROTATIONS)('an open position listed on every rotation of %s', (name) => {
  const before = yamlOf(docsOf(name));
  const after = yamlOf(withOpenSeats(docsOf(name)));

  it('takes no turns: the test support counts turn takers the same way', () => {
    const docs = withOpenSeats(docsOf(name));
    for (const rotation of ofKind(docs, 'Rotation')) {
      expect(turnTakersOf(docs, rotation)).not.toContain(`open-seat-${rotation.metadata.name}`);
    }
  });

  it('changes no rotation size, overload or finding about them in staffing and check', async () => {
    const [s0, s1, c0, c1] = await Promise.all([
      runJson<StaffingJson>(['staffing', '-', '--json'], before),
      runJson<StaffingJson>(['staffing', '-', '--json'], after),
      runJson<CheckJson>(['check', '-', '--json'], before),
      runJson<CheckJson>(['check', '-', '--json'], after),
    ]);
    expect(sizes(s1)).toEqual(sizes(s0));
    expect(s1.overloaded).toEqual(s0.overloaded);
    expect(loadFindings(c1)).toEqual(loadFindings(c0));
    // Whoever check names for the open seat, it is never as a person on call.
    expect(
      c1.checks.filter((f) => SIZE_CODES.has(f.code) && f.subject.name.startsWith('open-seat-')),
    ).toEqual([]);
  }, 60_000);

  it("changes nobody's on-call pay and hours, nor the plan's sizes and on-call load", async () => {
    const [o0, o1, p0, p1] = await Promise.all([
      runJson<OnCallCostJson>(['oncall-cost', '-', '--json'], before).catch(() => null),
      runJson<OnCallCostJson>(['oncall-cost', '-', '--json'], after).catch(() => null),
      runJson<PlanJson>(['plan', '-', '--json'], before),
      runJson<PlanJson>(['plan', '-', '--json'], after),
    ]);
    expect(o1?.compensation ?? null).toEqual(o0?.compensation ?? null);
    expect(o1?.current.monthlyCost ?? null).toEqual(o0?.current.monthlyCost ?? null);
    expect(p1.onCallLoad).toEqual(p0.onCallLoad);
    expect(p1.staffing === null ? null : sizes(p1.staffing)).toEqual(
      p0.staffing === null ? null : sizes(p0.staffing),
    );
    expect(p1.staffing?.overloaded).toEqual(p0.staffing?.overloaded);
  }, 60_000);
});
