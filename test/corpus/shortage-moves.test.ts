import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * §12.6, §12.9.5: a short rotation the optimized design replaces is mended only if what takes its
 * services has the people. migration's ops-oncall (6 of 8) was told "hire nobody into a rotation
 * the plan dissolves", while the thin layer that takes its nights is staffed by the same
 * platform-ops people and is also 2 short by the design's own figures: the shortage moves. A risk
 * says "hire nobody" only when none of the rotations taking over is short; else it names each,
 * with what it needs.
 */
interface SizedRotation {
  readonly name: string;
  readonly coverage: string;
  readonly services: readonly string[];
  readonly peopleNeeded: number;
  readonly members: number | null;
  readonly keeps: string | null;
  readonly team?: { readonly people: number; readonly joining: number } | null;
  readonly staffedFrom?: { readonly people: number } | null;
}

/** The people the design itself counts on a rotation; null when it does not count them. */
function peopleOf(r: SizedRotation): number | null {
  if (r.team) return r.team.people + r.team.joining;
  if (r.staffedFrom) return r.staffedFrom.people;
  return r.members;
}

describe('a short rotation the design replaces: the risk names what takes over when that is short too', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    const cost = plan.onCallCost?.cost;
    if (!cost) return;
    const optimized = cost.optimized.rotations as readonly SizedRotation[];
    for (const risk of plan.risks) {
      if (risk.source !== 'rotation-shortfall') continue;
      if (!risk.mitigation.startsWith('Move to the optimized on-call design')) continue;
      const rotation = risk.about.replace(/^Rotation /, '');
      const services = cost.current.rotations.find((r) => r.name === rotation)?.services ?? [];
      const takers = optimized.filter(
        (r) => r.keeps !== rotation && r.services.some((s) => services.includes(s)),
      );
      const short = takers.filter((r) => {
        const people = peopleOf(r);
        return people !== null && people < r.peopleNeeded;
      });
      if (short.length === 0) {
        expect(risk.mitigation, risk.id).toContain(
          'hire nobody into a rotation the plan dissolves',
        );
        continue;
      }
      expect(risk.mitigation, risk.id).not.toContain('hire nobody');
      expect(risk.mitigation, risk.id).toContain('moves the shortage rather than ending it');
      for (const r of short) {
        expect(risk.mitigation, `${risk.id}: ${r.name}`).toContain(
          `${r.name} ${r.coverage} has ${peopleOf(r)}`,
        );
        expect(risk.mitigation, `${risk.id}: ${r.name}`).toContain(
          // (a provider's rotation adds whose contract is to staff it, §12.4.6)
          `needs ${r.peopleNeeded} by the sizing rule (${r.peopleNeeded - (peopleOf(r) ?? 0)} short`,
        );
      }
    }
  });

  it('migration: ops-oncall’s risk names thin-layer, 2 short, instead of hiring nobody', async () => {
    const plan = await runJson<PlanJson>(['plan', orgPath('migration'), '--json']);
    const risk = plan.risks.find((r) => r.about === 'Rotation ops-oncall');
    expect(risk?.mitigation).toContain('thin-layer 24x7 has 6 people and needs 8');
    expect(risk?.mitigation).not.toContain('hire nobody');
  });
});
