import { type CompiledModel, wouldTakeTurns } from '../../model/index.ts';
import { sresJoiningTeams } from '../spectrum/sres-joining.ts';
import type { Promotion } from './promotions.ts';
import {
  type FreeFigures,
  type PromotableSre,
  placesOf,
  type SentSre,
  type ShortRotation,
  type SurplusPlaces,
  surplusAllocation,
} from './surplus-allocation.ts';

/**
 * Where the free SREs go (`surplusAllocation`), one answer for `staffing`, the plan's head count
 * section, its surplus decision and its risk register: over the short rotations the §12.6
 * optimized design keeps, never one it ends (`ended`: it merges it onto a same-domain pager or
 * replaces it, so its services go elsewhere and nobody is to be sent to grow it), with the free
 * SREs the run-model decision assigns to a team (`sresJoiningTeams`) on that team's rotations.
 */
export function freeSrePlaces(
  model: CompiledModel,
  surplus: FreeFigures,
  rotations: readonly ShortRotation[],
  ended: ReadonlySet<string>,
  promotions: readonly Pick<Promotion, 'level' | 'candidates'>[] = [],
): SurplusPlaces {
  // Those left who are candidates for a promotion into a short level (not shown to fail a
  // criterion) are said apart: growth room, never attrition (§12.10.2).
  const promotable: PromotableSre[] = promotions.flatMap((p) =>
    p.candidates
      .filter((c) => c.verdict !== 'does-not-meet')
      .map((c) => ({ sre: c.person, level: p.level })),
  );
  const sent: SentSre[] = [...sresJoiningTeams(model)].flatMap(([team, j]) =>
    j.sre === null
      ? []
      : [
          {
            sre: j.sre,
            team,
            rotations: [
              ...new Set(
                model.index
                  .servicesOwnedBy(team)
                  .flatMap((s) => model.index.rotationsCovering(s.name).map((r) => r.name)),
              ),
            ],
          },
        ],
  );
  return placesOf(
    surplusAllocation(
      surplus,
      rotations.filter((r) => r.shortfall > 0 && !ended.has(r.name)),
      sent,
      (sre, name) => {
        const rotation = model.rotations.get(name);
        return rotation === undefined || wouldTakeTurns(model, rotation, sre);
      },
      promotable,
    ),
  );
}
