import type { CompiledModel, Rotation, RunModel, Service } from '../../model/index.ts';

/** Whether the run model has the service's own developers on call for it (§12.3, §12.4). */
export function ownerRunsIt(runModel: RunModel): boolean {
  return runModel === 'you-run-it' || runModel === 'you-and-sre-run-it';
}

/** The rotations covering the service with someone of its owning team on them. */
export function ownerRotations(model: CompiledModel, service: Service): Rotation[] {
  const owner = service.spec.owner;
  return model.index
    .rotationsCovering(service.name)
    .filter((r) => r.spec.members.some((m) => model.people.get(m)?.spec.team === owner));
}

/**
 * What to say when a service is handed back to its developers (§12.5) and no rotation with
 * people of its owning team covers it: its alerts still reach the rotations that cover it (the
 * SRE rotation that no longer runs it), and someone must say who of the developers is on call.
 * Null when the service is not handed back to them or they have a rotation for it.
 */
export function handbackWithoutOwnerRotation(
  model: CompiledModel,
  service: Service,
  runModel: RunModel,
): string | null {
  if (runModel === service.spec.runModel || !ownerRunsIt(runModel)) return null;
  if (ownerRotations(model, service).length > 0) return null;
  const owner = service.spec.owner;
  const covering = model.index
    .rotationsCovering(service.name)
    .filter((r) => r.spec.type !== 'thin-layer')
    .map((r) => r.name);
  const reach =
    covering.length === 0
      ? 'no team rotation covers it'
      : `its alerts still reach ${covering.join(', ')}, which no longer ${covering.length === 1 ? 'runs' : 'run'} it`;
  return `Nobody of ${owner} is on call for ${service.name} while it is handed back to its developers: no rotation with people of ${owner} covers it and ${reach}. Name who of ${owner} is on call until it returns (§12.5).`;
}
