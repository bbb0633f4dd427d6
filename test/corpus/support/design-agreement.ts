import { expect } from 'vitest';
import { type CorpusName, type Doc, orgPath, runJson } from './corpus.ts';
import {
  type CheckJson,
  type DesignRotation,
  designedRunModel,
  type OnCallCostJson,
  type PlanJson,
} from './outputs.ts';

/**
 * What the §12.6 optimized design must agree with, shared by the corpus tests that check it
 * (design-domain-agreement.test.ts over every priced organization, domain-rotations.test.ts for
 * what is particular to one): the site rule (an office-hours rotation is one working day, A22),
 * the plan (the same design as `oncall-cost`), the recommendations and the check
 * `team-rotation-medium-target`.
 */

/** The UTC offsets (minutes) of a zone in mid-January and mid-July. */
export function offsets(zone: string): [number, number] {
  return [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)].map((t) => {
    const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(t))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  }) as [number, number];
}

/** Whether two zones are at most two hours apart, in January and in July. */
export function withinTwoHours(a: string, b: string): boolean {
  const [x, y] = [offsets(a), offsets(b)];
  return Math.abs(x[0] - y[0]) <= 120 && Math.abs(x[1] - y[1]) <= 120;
}

/** The outputs a design agreement reads: `oncall-cost`, `plan` and `check`, each run once. */
export interface DesignOutputs {
  readonly cost: OnCallCostJson;
  readonly plan: PlanJson;
  readonly check: CheckJson;
}

export async function designOutputs(name: CorpusName): Promise<DesignOutputs> {
  const [cost, plan, check] = await Promise.all([
    runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--json']),
    runJson<PlanJson>(['plan', orgPath(name), '--json']),
    runJson<CheckJson>(['check', orgPath(name), '--json']),
  ]);
  return { cost, plan, check };
}

/** The people of a design rotation: a kept one's members, else the people of its services' teams. */
function peopleOn(docs: readonly Doc[], rotation: DesignRotation): Doc[] {
  const today = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation.keeps);
  const people = docs.filter((d) => d.kind === 'Person');
  if (today)
    return people.filter((p) => (today.spec.members as string[]).includes(p.metadata.name));
  const owner = (service: string) =>
    docs.find((d) => d.kind === 'Service' && d.metadata.name === service)?.spec.owner as string;
  const teams = rotation.services.map(owner);
  const theirs = people.filter((p) => teams.includes(p.spec.team as string));
  // A proposed team rotation in office hours is its team's people at the team's site (the design
  // names no members, and needs 2 for 8x5): a colleague of the team who works an ocean away
  // (saas-global's search team, one in Dublin) is not on its Bangalore office hours.
  if (rotation.type !== 'team' || rotation.coverage === '24x7') return theirs;
  const zones = theirs.flatMap((p) => (p.spec.timezone as string | undefined) ?? []);
  const count = new Map<string, number>();
  for (const z of zones) count.set(z, (count.get(z) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  return main === undefined
    ? theirs
    : theirs.filter((p) => {
        const zone = p.spec.timezone as string | undefined;
        return zone === undefined || withinTwoHours(zone, main);
      });
}

/**
 * Whether an operations team runs a design rotation: most of its members are theirs. `renamed`
 * adds the SRE teams in name only (`sre-team-of-renamed-ops`), operations teams in all but name.
 */
export function runByOperations(
  docs: readonly Doc[],
  rotation: DesignRotation,
  renamed: ReadonlySet<string> = new Set(),
): boolean {
  const teams = rotation.keeps
    ? peopleOn(docs, rotation).map((p) => p.spec.team as string)
    : [rotation.name.replace(/^[a-z]+:/, '')];
  const operations = (t: string) =>
    renamed.has(t) ||
    docs.some((d) => d.kind === 'Team' && d.metadata.name === t && d.spec.type === 'operations');
  return teams.filter(operations).length * 2 > teams.length;
}

/**
 * Nobody on call at night: the people of an office-hours design rotation (in `oncall-cost` and
 * in the plan) work within two hours of each other; and the plan shows the design `oncall-cost`
 * does.
 */
export function expectOfficeHoursOneWorkingDay(
  docs: readonly Doc[],
  { cost, plan }: DesignOutputs,
) {
  for (const design of [cost.optimized, plan.onCallCost?.cost?.optimized]) {
    expect(design).toBeDefined();
    for (const r of design?.rotations ?? []) {
      if (r.coverage === '24x7') continue;
      const zones = [
        ...new Set(peopleOn(docs, r).flatMap((p) => (p.spec.timezone as string | undefined) ?? [])),
      ];
      for (const a of zones) {
        for (const b of zones) expect(withinTwoHours(a, b), `${r.name}: ${a} and ${b}`).toBe(true);
      }
    }
  }
  const shape = (rotations: readonly DesignRotation[] = []) =>
    rotations.map((r) => [r.name, r.type, r.coverage, r.services]);
  expect(shape(plan.onCallCost?.cost?.optimized.rotations)).toEqual(
    shape(cost.optimized.rotations),
  );
}

/**
 * The design puts each service where the recommendations say, and the check agrees:
 * - a high-tier service on a round-the-clock rotation of people who know it (its team's, or a
 *   domain rotation kept for it) that no operations team runs, unless the recommendation leaves
 *   it to operations;
 * - a service recommended a domain rotation on one (in office hours, or round the clock where a
 *   24x7 domain rotation kept for the high tiers takes it at no cost); one recommended its team's
 *   rotation on no office-hours domain rotation;
 * - `team-rotation-medium-target` flags exactly the office-hours team rotations the design does
 *   not keep (one protecting a high tier is outside the check, and the design keeps it, extended
 *   round the clock).
 */
export function expectDesignFollowsAdvice(
  docs: readonly Doc[],
  { cost, plan, check }: DesignOutputs,
) {
  const designed = (service: string) =>
    cost.optimized.rotations.filter((r) => r.services.includes(service));
  for (const s of plan.services) {
    if (s.tier !== 'high' || designedRunModel(s) === 'ops-runs-it') continue;
    expect(
      designed(s.name)
        .filter(
          (r) => r.type !== 'thin-layer' && r.coverage === '24x7' && !runByOperations(docs, r),
        )
        .map((r) => r.name),
      `${s.name} (${s.runModel} today, recommended ${s.recommendation.runModel})`,
    ).not.toEqual([]);
  }
  for (const s of plan.services) {
    if (s.tier === 'high') continue;
    const rotations = designed(s.name);
    if (s.recommendation.rotation === 'domain')
      expect(
        rotations.map((r) => (sharedByTeams(docs, r) ? 'domain' : r.type)),
        s.name,
      ).toContain('domain');
    if (s.recommendation.rotation === 'team')
      expect(
        rotations.filter((r) => r.coverage !== '24x7').map((r) => r.type),
        s.name,
      ).not.toContain('domain');
  }
  const flagged = check.checks
    .filter((c) => c.code === 'team-rotation-medium-target')
    .map((c) => c.subject.name);
  const kept = cost.optimized.rotations.flatMap((r) => (r.keeps ? [r.keeps] : []));
  // Not kept for another reason the design states: its people work at several sites, so office
  // hours on its clock are someone's night.
  const split = cost.optimized.notes.find((n) => n.includes('whose people work at several sites'));
  for (const r of docs.filter((d) => d.kind === 'Rotation' && d.spec.type === 'team')) {
    if (r.spec.coverage === '24x7') continue;
    if (split?.split(': ').at(-1)?.split(', ').includes(r.metadata.name)) continue;
    expect(flagged.includes(r.metadata.name), r.metadata.name).toBe(
      !kept.includes(r.metadata.name),
    );
  }
}

/**
 * A rotation of today that covers the services of two teams or more: a team rotation shared by
 * the teams of a domain is that domain's rotation in all but its type (the rule of
 * `team-rotation-medium-target`), and the design keeps it as such.
 */
function sharedByTeams(docs: readonly Doc[], rotation: DesignRotation): boolean {
  if (rotation.keeps === null) return false;
  const doc = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation.keeps);
  const teams = (doc?.spec.covers as { teams?: string[] } | undefined)?.teams ?? [];
  return teams.length >= 2;
}
