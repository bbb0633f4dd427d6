import type { CompiledModel } from '../../model/index.ts';
import { describeTier, tierThresholds } from '../spectrum/availability-tier.ts';
import { coveringRotations } from './covering-rotations.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, mergeIntervals, subtractIntervals } from './interval.ts';
import { knowsItsServices, needsRoundTheClock } from './round-the-clock.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/**
 * Every moment a high-tier service (`needsRoundTheClock`: its target's tier, else its demand's)
 * has nobody on call who knows it.
 * §12.6 protects high targets with round-the-clock on-call by a team rotation; a thin layer in
 * front of it takes the runbook cases but is not that cover (`round-the-clock.ts`). Which
 * targets are high comes from the model's availability tiers, so the rule hard-codes no number.
 */
export function findCoverageGaps(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly range: Interval;
}): Violation[] {
  const { model, range } = options;
  const thresholds = tierThresholds(model);
  const out: Violation[] = [];
  const services = [...model.services.values()].filter((s) => needsRoundTheClock(s, thresholds));
  if (services.length === 0) return out;
  const byRotation = new Map<string, Shift[]>();
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    const list = byRotation.get(s.rotation) ?? [];
    list.push(s);
    byRotation.set(s.rotation, list);
  }
  for (const service of services) {
    const covering = coveringRotations(model, service);
    const rotations = covering.filter(knowsItsServices);
    const thin = covering.filter((r) => !knowsItsServices(r));
    const covered = mergeIntervals(rotations.flatMap((r) => byRotation.get(r.name) ?? []));
    const why =
      covering.length === 0
        ? 'no rotation covers it'
        : rotations.length === 0
          ? `only the thin layer ${thin.map((r) => r.name).join(', ')} covers it, which takes runbook cases but does not know the service`
          : `rotations ${rotations.map((r) => r.name).join(', ')} leave it uncovered${thin.length > 0 ? ` (the thin layer ${thin.map((r) => r.name).join(', ')} takes only runbook cases)` : ''}`;
    const tier = describeTier(service, thresholds);
    for (const gap of subtractIntervals(range, covered)) {
      out.push({
        code: 'coverage-gap',
        severity: 'error',
        service: service.name,
        ...gap,
        message: `service ${service.name} (${tier}: needs someone who knows it on call 24x7) has nobody on call ${formatSpan(gap)}: ${why}`,
      });
    }
  }
  return out;
}
