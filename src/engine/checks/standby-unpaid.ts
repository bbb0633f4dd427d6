import {
  type CompensationPolicy,
  type CompiledModel,
  payingPolicy,
  personDisplayName,
  type Rotation,
  reachesOutsideBusinessHours,
  rotationTurnTakers,
} from '../../model/index.ts';
import { paysForStandby } from '../compensation/pays-for-standby.ts';
import { selectPolicy } from '../compensation/select-policy.ts';
import { type Check, type Finding, finding, listNames } from './check.ts';

/**
 * §12.9.5: out-of-hours standby with no compensation "will snowball into burnout,
 * resentfulness, and attempts to find another job elsewhere"; time off in lieu "can be enabled
 * immediately". Each person on a rotation is paid by their own policy (`payingPolicy`: the one
 * they or their team name, else the model's first, the one `oncall-cost` and `hours` use unless
 * told otherwise), as the month's compensation pays them: a rotation is reported for each policy
 * that pays some of those who take its turns nothing for standby, naming them where the policy
 * pays only some. Reading the model's first policy alone missed a team whose own policy pays
 * nothing, and reported one whose own policy pays. Another company's people are paid by its
 * contract (`payingPolicy` says `contract`), as `oncall-cost` and the plan's operating cost count
 * them: their standby is not unpaid. A model with no policy at all is
 * `off-hours-without-compensation`.
 */
export const standbyUnpaid: Check = {
  code: 'standby-unpaid',
  severity: 'warning',
  section: '§12.9.5',
  summary:
    'a rotation on call outside business hours (24x7, 8x7) whose people are paid by a compensation policy that gives nothing for standby: no standby pay, no time off, no base uplift',
  run: ({ model }) => {
    const selected = selectPolicy(model);
    const fallback = selected.ok ? selected.policy : undefined;
    if (!fallback) return [];
    return [...model.rotations.values()]
      .filter((r) => reachesOutsideBusinessHours(r.spec.coverage))
      .flatMap((r) => unpaidFindings(model, r, fallback));
  },
};

/** The findings of one rotation: one per policy that pays some of its turn takers no standby. */
function unpaidFindings(
  model: CompiledModel,
  r: Rotation,
  fallback: CompensationPolicy,
): Finding[] {
  const takers = rotationTurnTakers(model, r);
  const byPolicy = new Map<CompensationPolicy, string[]>();
  // A rotation nobody takes turns on yet is judged by the model's policy, as before.
  if (takers.length === 0 && !paysForStandby(fallback.spec)) byPolicy.set(fallback, []);
  for (const person of takers) {
    const { policy, by } = payingPolicy(model, person, fallback);
    // Another company's people are paid for their standby by its contract (§12.4.6).
    if (by === 'contract' || policy === undefined || paysForStandby(policy.spec)) continue;
    byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), person]);
  }
  return [...byPolicy].map(([policy, people]) => {
    const whom =
      people.length === takers.length || people.length === 0
        ? ''
        : `, which pays ${listNames(people.map((p) => personDisplayName(model, p)))},`;
    return finding(
      standbyUnpaid,
      { kind: 'Rotation', name: r.name },
      `Rotation ${r.name} is on call ${r.spec.coverage}, outside business hours, but compensation policy ${policy.name}${whom} gives nothing for that standby (no standbyPerHour, no timeOffPerStandbyHour, no baseUpliftPercent): unpaid out-of-hours standby leads to burnout and people leaving; time off in lieu can be granted at once.`,
    );
  });
}
