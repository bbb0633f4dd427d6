import type { Model, Rotation, Service } from '../../model/index.ts';

/** Whether a rotation covers a service: by name, by its owner team or by its domain (§12.6). */
export function rotationCovers(model: Model, rotation: Rotation, service: Service): boolean {
  const covers = rotation.spec.covers;
  if (!covers) return false;
  if (covers.services?.includes(service.name)) return true;
  if (covers.teams?.includes(service.spec.owner)) return true;
  const domain = service.spec.domain ?? model.teams.get(service.spec.owner)?.spec.domain;
  return covers.domain !== undefined && covers.domain === domain;
}

const PRIORITY = { team: 0, domain: 1, 'thin-layer': 2 } as const;

/**
 * The rotations covering a service, in the order they work its incidents: the team rotation
 * knows the service best, then the domain rotation, and the thin layer takes what is left
 * (§12.6: it forwards what its runbooks do not cover).
 */
export function rotationsWorking(model: Model, service: Service): Rotation[] {
  return [...model.rotations.values()]
    .filter((r) => rotationCovers(model, r, service))
    .sort((a, b) => PRIORITY[a.spec.type] - PRIORITY[b.spec.type]);
}
