import { describe, expect, it } from 'vitest';
import { corpusWithPolicy, orgPath, runJson } from './support/corpus.ts';

/**
 * §12.6: the on-call decision says how many people its design's rotations lack by the sizing
 * rule, to hire or move in. public-agency's read "It needs 26 more people on its rotations (38
 * instead of 12)" and "it replaces rotation ops-standby, short of people today", and nothing of
 * the 11 the design itself lacks (service desk 3, three team pagers 8 in all): a VP approving it
 * would approve the people it needs without their number, and a shortage that only moved.
 */
interface Rotation {
  readonly name: string;
  readonly peopleNeeded: number;
  readonly members: number | null;
  readonly services: readonly string[];
  readonly keeps: string | null;
  readonly team: { readonly people: number; readonly joining: number } | null;
  readonly staffedFrom: { readonly people: number } | null;
  readonly provider: { readonly displayName: string } | null;
}
interface Plan {
  readonly onCallCost: {
    readonly cost: {
      readonly thinLayerHires: { readonly rotations: readonly string[] } | null;
      readonly sameDomainPagers: readonly { readonly short: { readonly rotation: string } }[];
      readonly optimized: { readonly rotations: readonly Rotation[] };
    } | null;
  };
  readonly summary: {
    readonly decisions: readonly { readonly question: string; readonly proposal: string }[];
  };
}

/** Who can take a rotation's turns: its team with the SRE who joins, else whom it is staffed from. */
function people(r: Rotation): number | null {
  if (r.team) return r.team.people + r.team.joining;
  return r.staffedFrom?.people ?? r.members;
}

const decision = (plan: Plan) =>
  plan.summary.decisions.find((d) => d.question === 'Which on-call design do we run?')?.proposal ??
  '';

describe('the on-call decision says what its design lacks (§12.6)', () => {
  it('public-agency: 11 people short, and the shortage of ops-standby moves rather than ends', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('public-agency'), '--json']);
    expect(decision(plan)).toContain(
      'By the sizing rule its rotations are 11 people short of those who can be on call, to hire or move in (service-desk 3, team:licensing-portal 2, team:payments-integration 3, team:identity 3): it moves the shortage of ops-standby rather than ending it.',
    );
  });

  it.each(corpusWithPolicy())(
    '%s: every short rotation of a design it moves to is counted, and only those',
    async (org) => {
      const plan = await runJson<Plan>(['plan', orgPath(org), '--json']);
      const cost = plan.onCallCost.cost;
      const said = decision(plan);
      if (!cost || !said.includes('Move to the optimized design')) return;
      const hired = new Set(cost.thinLayerHires?.rotations ?? []);
      const offered = new Set(cost.sameDomainPagers.map((o) => o.short.rotation));
      // Another company's rotations are its contract's to staff (§12.4.6): said apart, never here.
      const short = cost.optimized.rotations.flatMap((r) => {
        const n = people(r);
        if (n === null || n >= r.peopleNeeded || hired.has(r.name) || offered.has(r.name))
          return [];
        if (r.provider !== null) {
          expect(said).toContain(
            `${r.name} is ${r.peopleNeeded - n} short, for the contract with ${r.provider.displayName} to staff, not to hire`,
          );
          return [];
        }
        return [`${r.name} ${r.peopleNeeded - n}`];
      });
      const total = short.reduce((sum, s) => sum + Number(s.split(' ').at(-1)), 0);
      if (total === 0) {
        expect(said).not.toContain('By the sizing rule its rotations are');
        return;
      }
      expect(said).toContain(
        `its rotations are ${total} ${total === 1 ? 'person' : 'people'} short of those who can be on call, to hire or move in (${short.join(', ')})`,
      );
    },
  );
});
