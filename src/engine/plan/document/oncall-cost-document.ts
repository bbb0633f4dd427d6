import { moneyJson } from '../../money/index.ts';
import type { DesignCost, OnCallCost, OnCallCostResult } from '../../oncall-cost/index.ts';
import { toJson } from './json-value.ts';
import type { PlanDocument } from './plan-document-schema.ts';

/** The on-call designs as the plan document and `oncall-cost --json` hold them. */
export type OnCallFigures = Extract<PlanDocument['onCallCost'], { ok: true }>['cost'];

/**
 * The on-call designs as the document holds them. The savings and the comparison with today
 * have the shape `oncall-cost --json` gives them (issue #12's contract): one figure, one shape.
 */
export function onCallCostDocument(result: OnCallCostResult): PlanDocument['onCallCost'] {
  return result.ok ? { ok: true, cost: onCallFigures(result.cost) } : result;
}

/** The priced designs in the document's shape: what `plan` and `oncall-cost` both render. */
export function onCallFigures(cost: OnCallCost): OnCallFigures {
  const design = (d: DesignCost): DesignCost => ({
    ...d,
    rotations: d.rotations.map((r) => ({
      ...r,
      members: r.members ?? undefined,
      staffedFrom: r.staffedFrom ?? undefined,
    })),
  });
  // `changes` is said in the optimized design's notes, each with its figures against today.
  const {
    current,
    optimized,
    teamRotationPerTeam,
    saving,
    savingVsCurrent,
    vsCurrent,
    changes: _said,
    payByRotation: _paid,
    lowerTargets,
    ...rest
  } = cost;
  const against = ({ atNight, ...comparison }: typeof vsCurrent) => ({
    against: 'current' as const,
    ...toJson(comparison),
    peopleOnCallAtNight: atNight,
  });
  return {
    ...toJson(rest),
    current: toJson(design(current)),
    optimized: toJson(design(optimized)),
    teamRotationPerTeam: toJson(design(teamRotationPerTeam)),
    saving: {
      ...moneyJson(saving.amount),
      percent: saving.percent,
      against: 'team-rotation-per-team',
    },
    savingVsCurrent: { ...moneyJson(savingVsCurrent.amount), percent: savingVsCurrent.percent },
    vsCurrent: against(vsCurrent),
    lowerTargets: lowerTargets && {
      services: [...lowerTargets.services],
      optimized: toJson(design(lowerTargets.optimized)),
      vsCurrent: against(lowerTargets.vsCurrent),
    },
  };
}
