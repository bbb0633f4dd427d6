import { describe, expect, it } from 'vitest';
import { CORPUS, docsOf, orgPath, runJson } from './support/corpus.ts';
import type { CheckJson, DesignRotation, OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * The follow-the-sun agreement tests of domain-rotations.test.ts ("the optimized design
 * (oncall-cost, plan) shares domain rotations by the same rule"), over every corpus organization
 * that has a compensation policy (without one, oncall-cost prices no design). Seen before:
 * - insurer-today: underwriting-rules (medium, run by operations) is recommended to its developers
 *   on a domain rotation; the design left it on the operations' 24x7 rotation;
 * - scale-up: the design kept platform-domain, an 8x5 rotation in Berlin hours with people in
 *   Bangalore (13:30–21:30 for them).
 * startup's pdf-export is recommended a domain rotation and stays on ledgerline-oncall, the
 * round-the-clock domain rotation kept for the high tiers: that is one, and a second 8x5 domain
 * rotation of the same people beside it would only cost people.
 */

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

/** Organizations whose on-call designs are priced: those with a compensation policy. */
const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)(
  '%s: the optimized design (oncall-cost, plan) shares domain rotations by the same rule',
  (name) => {
    const docs = docsOf(name);
    const team = (service: string) =>
      docs.find((d) => d.kind === 'Service' && d.metadata.name === service)?.spec.owner as string;
    /** The zones the people of a rotation's teams (or, for a kept one, its members) work in. */
    /** Whether an operations team runs a design rotation: most of its members are theirs. */
    const runByOperations = (rotation: DesignRotation): boolean => {
      const today = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation.keeps);
      const teams = today
        ? (today.spec.members as string[]).map(
            (m) =>
              docs.find((d) => d.kind === 'Person' && d.metadata.name === m)?.spec.team as string,
          )
        : [rotation.name.replace(/^[a-z]+:/, '')];
      const operations = (t: string) =>
        docs.some(
          (d) => d.kind === 'Team' && d.metadata.name === t && d.spec.type === 'operations',
        );
      return teams.filter(operations).length * 2 > teams.length;
    };
    const zonesOn = (rotation: DesignRotation): string[] => {
      const today = docs.find((d) => d.kind === 'Rotation' && d.metadata.name === rotation.keeps);
      const people = docs.filter((d) => d.kind === 'Person');
      const members = today
        ? people.filter((p) => (today.spec.members as string[]).includes(p.metadata.name))
        : people.filter((p) => rotation.services.map(team).includes(p.spec.team as string));
      return [...new Set(members.flatMap((p) => (p.spec.timezone as string | undefined) ?? []))];
    };

    it('puts nobody on call at night: an office-hours rotation has its people within two hours of each other', async () => {
      const cost = await runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--json']);
      const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
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
      const cost = await runJson<OnCallCostJson>(['oncall-cost', orgPath(name), '--json']);
      const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
      const check = await runJson<CheckJson>(['check', orgPath(name), '--json']);
      const designed = (service: string) =>
        cost.optimized.rotations.filter((r) => r.services.includes(service));
      // A service recommended a domain rotation is on one, in office hours or round the clock (a
      // 24x7 domain rotation kept for the high tiers takes it at no cost). One recommended its
      // team's rotation is on no office-hours domain rotation; riding on a round-the-clock one
      // kept for the high tiers is no domain rotation designed for it.
      // A high-tier service is recommended its team's rotation (§12.6): the design puts it on a
      // round-the-clock rotation of people who know it (its team's, or a domain rotation kept for
      // it, startup's ledgerline-oncall) that no operations team runs, unless the recommendation
      // leaves it to operations. It once kept insurer-today's six ops-run high tiers on ops-oncall.
      for (const s of plan.services) {
        if (s.tier !== 'high' || s.recommendation.runModel === 'ops-runs-it') continue;
        expect(
          designed(s.name)
            .filter((r) => r.type !== 'thin-layer' && r.coverage === '24x7' && !runByOperations(r))
            .map((r) => r.name),
          `${s.name} (${s.runModel} today, recommended ${s.recommendation.runModel})`,
        ).not.toEqual([]);
      }
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
            rotations.filter((r) => r.coverage !== '24x7').map((r) => r.type),
            s.name,
          ).not.toContain('domain');
      }
      // The check calls a domain rotation cheaper for a team rotation whose services the design
      // moves to one, and for no other. An office-hours team rotation that protects a high tier
      // is outside the check (§12.6: high targets justify a team rotation) and the design keeps
      // it, extended round the clock (insurer-today's digital-oncall).
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
    });
  },
);
