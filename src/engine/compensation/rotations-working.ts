import type { CompiledModel, Rotation, RotationType, Service } from '../../model/index.ts';

/**
 * The order in which rotations covering one service work its incidents: the team rotation knows
 * the service best, then the domain rotation, and the thin layer takes what is left (§12.6: it
 * forwards what its runbooks do not cover). The one rule for whose people do the incident work,
 * in a month's schedule (`rotationsWorking`) and in a design's estimate (`incidentWork`).
 */
export const WORKING_ORDER: Readonly<Record<RotationType, number>> = {
  team: 0,
  domain: 1,
  'thin-layer': 2,
};

/**
 * The rotations covering a service (the one rule, `rotationCovers`), in the order they work its
 * incidents (`WORKING_ORDER`).
 */
export function rotationsWorking(model: CompiledModel, service: Service): Rotation[] {
  return [...model.index.rotationsCovering(service.name)].sort(
    (a, b) => WORKING_ORDER[a.spec.type] - WORKING_ORDER[b.spec.type],
  );
}
