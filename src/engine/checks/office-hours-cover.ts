import type { CompiledModel, Service } from '../../model/index.ts';
import { roundTheClockRotations } from '../schedule/round-the-clock.ts';

/**
 * The rotations of a service that only office-hours rotations cover (§12.6), each as
 * "name (type, coverage)"; undefined when a rotation covers it round the clock, or none covers
 * it at all (service-without-rotation's finding). One reading for the two checks that ask it:
 * high-tier-without-round-the-clock and high-demand-office-hours-only.
 */
export function officeHoursOnlyCover(
  model: CompiledModel,
  service: Service,
): readonly string[] | undefined {
  const covering = model.index.rotationsCovering(service.name);
  if (covering.length === 0 || roundTheClockRotations(model, service).length > 0) return undefined;
  return covering.map((r) => `${r.name} (${r.spec.type}, ${r.spec.coverage})`);
}
