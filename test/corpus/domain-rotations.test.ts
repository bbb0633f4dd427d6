import { describe, expect, it } from 'vitest';
import { CORPUS, type Doc, docsOf, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, DesignRotation, OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * §12.6: "medium tiers share domain rotations" — a domain rotation is shared by the teams of a
 * domain. Where a team is alone in its domain (or has none) there is nobody to share with: the
 * plan must not recommend one "because it costs less", nor check warn that one would (A19).
 * Seen on bank (lending and online-banking are alone in their domains), migration (billing alone
 * in back-office), one-team, follow-the-sun and the edges. Nor is one 8x5 rotation shared across
 * continents: billing in San Francisco and mobile in Sydney (follow-the-sun) are one domain but
 * no working day in common (A22).
 */

/** The UTC offsets (minutes) of a zone in mid-January and mid-July. */
function offsets(zone: string): [number, number] {
  return [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)].map((t) => {
    const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(t))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  }) as [number, number];
}

/** The zone most of a team's people state; undefined when none states one. */
function teamZone(docs: readonly Doc[], team: string): string | undefined {
  const counts = new Map<string, number>();
  for (const d of docs) {
    if (d.kind !== 'Person' || d.spec.team !== team) continue;
    const zone = d.spec.timezone as string | undefined;
    if (zone !== undefined) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

describe.each(CORPUS)('domain rotations in %s', (name) => {
  const docs = docsOf(name);
  const teamsOfDomain = (domain: unknown) =>
    docs.filter(
      (d) =>
        d.kind === 'Team' &&
        d.spec.type === 'development' &&
        d.spec.domain === domain &&
        domain !== undefined,
    );
  const domainOf = (team: string) =>
    docs.find((d) => d.kind === 'Team' && d.metadata.name === team)?.spec.domain;

  it('are recommended only for a team that has another team of its domain, in its working hours, to share with', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    for (const s of plan.services) {
      if (s.recommendation.rotation !== 'domain') continue;
      const teams = teamsOfDomain(domainOf(s.owner));
      expect(teams.length, `${s.name} (team ${s.owner})`).toBeGreaterThanOrEqual(2);
      // Another team of the domain is at most two hours away from the owner, January and July.
      const own = teamZone(docs, s.owner);
      const near = teams.filter((t) => {
        if (t.metadata.name === s.owner) return false;
        const zone = teamZone(docs, t.metadata.name);
        if (own === undefined || zone === undefined) return true;
        const [a, b] = [offsets(own), offsets(zone)];
        return Math.abs(a[0] - b[0]) <= 120 && Math.abs(a[1] - b[1]) <= 120;
      });
      expect(near.length, `${s.name} (team ${s.owner}, ${own})`).toBeGreaterThanOrEqual(1);
    }
  });

  it('are not called cheaper by check for a team alone in its domain', async () => {
    const check = await runJson<CheckJson>(['check', orgPath(name), '--json']);
    for (const c of check.checks.filter((x) => x.code === 'team-rotation-medium-target')) {
      const rotation = docs.find(
        (d) => d.kind === 'Rotation' && d.metadata.name === c.subject.name,
      );
      const teams = (
        (rotation?.spec.covers as { teams?: string[] } | undefined)?.teams ?? []
      ).concat(c.subject.kind === 'Team' ? [c.subject.name] : []);
      for (const team of teams) {
        expect(
          teamsOfDomain(domainOf(team)).length,
          `${c.subject.kind}/${c.subject.name}: ${c.message}`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('follow-the-sun: one domain on three continents', () => {
  it('keeps mobile (Sydney) on its team rotation, and shares billing (San Francisco) with identity there', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('follow-the-sun'), '--json']);
    const rotation = (service: string) =>
      plan.services.find((s) => s.name === service)?.recommendation.rotation;
    expect(rotation('mobile-push')).toBe('team');
    expect(rotation('billing-api')).toBe('domain');
    expect(
      plan.services.find((s) => s.name === 'billing-api')?.recommendation.reasons,
    ).toContainEqual(expect.stringContaining('(billing, identity)'));
  });
});

describe('follow-the-sun: the optimized design (oncall-cost, plan) shares domain rotations by the same rule', () => {
  const docs = docsOf('follow-the-sun');
  const team = (service: string) =>
    docs.find((d) => d.kind === 'Service' && d.metadata.name === service)?.spec.owner as string;
  /** The zones the people of a rotation's teams (or, for a kept one, its members) work in. */
  const zonesOn = (rotation: DesignRotation): string[] => {
    const today = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation.keeps);
    const people = docs.filter((d) => d.kind === 'Person');
    const members = today
      ? people.filter((p) => (today.spec.members as string[]).includes(p.metadata.name))
      : people.filter((p) => rotation.services.map(team).includes(p.spec.team as string));
    return [...new Set(members.flatMap((p) => (p.spec.timezone as string | undefined) ?? []))];
  };

  it('puts nobody on call at night: an office-hours rotation has its people within two hours of each other', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('follow-the-sun'),
      '--json',
    ]);
    const plan = await runJson<PlanJson>(['plan', orgPath('follow-the-sun'), '--json']);
    for (const design of [cost.optimized, plan.onCallCost?.cost?.optimized]) {
      expect(design).toBeDefined();
      for (const r of design?.rotations ?? []) {
        if (r.coverage === '24x7') continue;
        const zones = zonesOn(r);
        for (const a of zones) {
          for (const b of zones) {
            const [x, y] = [offsets(a), offsets(b)];
            expect(
              Math.abs(x[0] - y[0]) <= 120 && Math.abs(x[1] - y[1]) <= 120,
              `${r.name}: ${a} and ${b}`,
            ).toBe(true);
          }
        }
      }
    }
    const shape = (rotations: readonly DesignRotation[] = []) =>
      rotations.map((r) => [r.name, r.type, r.coverage, r.services]);
    expect(shape(plan.onCallCost?.cost?.optimized.rotations)).toEqual(
      shape(cost.optimized.rotations),
    );
  });

  it('agrees with the recommendations and check: a domain rotation where they advise one, the team rotation where they do not', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('follow-the-sun'),
      '--json',
    ]);
    const plan = await runJson<PlanJson>(['plan', orgPath('follow-the-sun'), '--json']);
    const check = await runJson<CheckJson>(['check', orgPath('follow-the-sun'), '--json']);
    const designed = (service: string) =>
      cost.optimized.rotations.filter((r) => r.services.includes(service) && r.coverage !== '24x7');
    for (const s of plan.services) {
      if (s.tier === 'high') continue;
      const rotations = designed(s.name);
      if (s.recommendation.rotation === 'domain')
        expect(
          rotations.map((r) => r.type),
          s.name,
        ).toContain('domain');
      if (s.recommendation.rotation === 'team')
        expect(
          rotations.map((r) => r.type),
          s.name,
        ).not.toContain('domain');
    }
    // The check calls a domain rotation cheaper for a team rotation whose services the design
    // moves to one, and for no other.
    const flagged = check.checks
      .filter((c) => c.code === 'team-rotation-medium-target')
      .map((c) => c.subject.name);
    const kept = cost.optimized.rotations.flatMap((r) => (r.keeps ? [r.keeps] : []));
    for (const r of docs.filter((d) => d.kind === 'Rotation' && d.spec.type === 'team')) {
      if (r.spec.coverage === '24x7') continue;
      expect(flagged.includes(r.metadata.name), r.metadata.name).toBe(
        !kept.includes(r.metadata.name),
      );
    }
    expect(plan.services.find((s) => s.name === 'mobile-push')?.recommendation.rotation).toBe(
      'team',
    );
    expect(designed('mobile-push').map((r) => r.name)).toEqual(['mobile-oncall']);
  });
});
