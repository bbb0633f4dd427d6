import type { CompiledModel } from '../../../model/index.ts';
import { sresJoiningTeams } from '../../spectrum/sres-joining.ts';
import {
  type FreeFigures,
  type SentSre,
  type ShortRotation,
  type SurplusAllocation,
  surplusAllocation,
} from '../../staffing/surplus-allocation.ts';
import { type Designs, shortRotationsTheDesignReplaces } from './short-rotations-replaced.ts';

/** What the rule needs of the priced designs: what the design replaces, the pagers it offers. */
type PricedDesigns = Designs & {
  /** Short team pagers a same-domain pager with room could take (§12.6). */
  readonly sameDomainPagers?: readonly { readonly short: { readonly rotation: string } }[];
};

/**
 * Where the plan sends its free SREs (`surplusAllocation`), one answer for the surplus decision
 * and the risk register, so both name the same rotation and the same people: over the short
 * rotations the plan keeps and asks to grow — not one the §12.6 design replaces, nor one it offers
 * to put on a same-domain pager with room (its services go there rather than it growing) — with
 * the free SREs the run-model decision assigns to a team (`sresJoiningTeams`) on that team's
 * rotations.
 */
export function planSurplusAllocation(
  model: CompiledModel,
  surplus: FreeFigures,
  rotations: readonly (ShortRotation & { readonly sustainable: boolean })[],
  designs: PricedDesigns | undefined,
): SurplusAllocation {
  const notGrown = new Set([
    ...(designs ? shortRotationsTheDesignReplaces(rotations, designs) : []),
    ...(designs?.sameDomainPagers ?? []).map((o) => o.short.rotation),
  ]);
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
  return surplusAllocation(
    surplus,
    rotations.filter((r) => r.shortfall > 0 && !notGrown.has(r.name)),
    sent,
  );
}
