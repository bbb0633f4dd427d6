import type { CompiledModel } from '../../model/index.ts';
import { serviceTier, tierThresholds } from '../spectrum/availability-tier.ts';
import { coveringRotations } from './covering-rotations.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, mergeIntervals, subtractIntervals } from './interval.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/**
 * Every moment a service with a high availability target has nobody on call. §12.6 protects
 * high targets with round-the-clock on-call; which targets are high comes from the model's
 * availability tiers, so the rule hard-codes no number.
 */
export function findCoverageGaps(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly range: Interval;
}): Violation[] {
  const { model, range } = options;
  const thresholds = tierThresholds(model);
  const out: Violation[] = [];
  const services = [...model.services.values()].filter(
    (s) => serviceTier(s, thresholds) === 'high',
  );
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
    const rotations = coveringRotations(model, service);
    const covered = mergeIntervals(rotations.flatMap((r) => byRotation.get(r.name) ?? []));
    const why =
      rotations.length === 0
        ? 'no rotation covers it'
        : `rotations ${rotations.map((r) => r.name).join(', ')} leave it uncovered`;
    for (const gap of subtractIntervals(range, covered)) {
      out.push({
        code: 'coverage-gap',
        severity: 'error',
        service: service.name,
        ...gap,
        message: `service ${service.name} (target ${service.spec.availabilityTarget}%, high tier: needs someone on call 24x7) has nobody on call ${formatSpan(gap)}: ${why}`,
      });
    }
  }
  return out;
}
