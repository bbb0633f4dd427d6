import type { Model, Rotation, Service } from '../../model/index.ts';

/** The domain of a service: its own, else its owner team's. */
export function serviceDomain(model: Model, service: Service): string | undefined {
  return service.spec.domain ?? model.teams.get(service.spec.owner)?.spec.domain;
}

/**
 * Whether a rotation covers a service: by name, by its owner team, or by its domain (§12.6: a
 * domain rotation "supports several services from different teams that share a logical
 * knowledge domain").
 */
export function rotationCovers(model: Model, rotation: Rotation, service: Service): boolean {
  const covers = rotation.spec.covers;
  if (!covers) return false;
  if (covers.services?.includes(service.name)) return true;
  if (covers.teams?.includes(service.spec.owner)) return true;
  const domain = serviceDomain(model, service);
  return covers.domain !== undefined && covers.domain === domain;
}

/** The rotations that cover a service, in model order. */
export function rotationsCovering(model: Model, service: Service): Rotation[] {
  return [...model.rotations.values()].filter((r) => rotationCovers(model, r, service));
}

/** The services a rotation covers, in model order. */
export function servicesCoveredBy(model: Model, rotation: Rotation): Service[] {
  return [...model.services.values()].filter((s) => rotationCovers(model, rotation, s));
}
