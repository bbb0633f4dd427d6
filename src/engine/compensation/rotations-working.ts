import type { CompiledModel, Rotation, Service } from '../../model/index.ts';

const PRIORITY = { team: 0, domain: 1, 'thin-layer': 2 } as const;

/**
 * The rotations covering a service (the one rule, `rotationCovers`), in the order they work its
 * incidents: the team rotation knows the service best, then the domain rotation, and the thin
 * layer takes what is left (§12.6: it forwards what its runbooks do not cover).
 */
export function rotationsWorking(model: CompiledModel, service: Service): Rotation[] {
  return [...model.index.rotationsCovering(service.name)].sort(
    (a, b) => PRIORITY[a.spec.type] - PRIORITY[b.spec.type],
  );
}
