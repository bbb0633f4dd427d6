import type { CompiledModel, Rotation, RunModel, Service } from '../../model/index.ts';
import { runningTeams } from './running-teams.ts';

/** A rotation that covers a service, and whether the people who run the service staff it. */
export interface RankedRotation {
  readonly rotation: Rotation;
  /** Share of its members from the teams that run the service under the run model. */
  readonly runnersShare: number;
  /** Whether every running team has someone on it (a shared rotation, §12.4). */
  readonly staffedByAllRunners: boolean;
}

/**
 * The rotations (not thin layers) that cover a service, best first for its run model: a
 * rotation staffed by every team that runs the service, then by the largest share of them, then
 * team rotations before domain rotations (§12.6), then model order. When SRE hands a service
 * back (§12.5), its developers' rotation rises to the top without any change to the model.
 */
export function runModelRotations(
  model: CompiledModel,
  service: Service,
  runModel: RunModel,
): RankedRotation[] {
  const runners = new Set(runningTeams(model, service, runModel));
  const ranked = model.index
    .rotationsCovering(service.name)
    .filter((rotation) => rotation.spec.type !== 'thin-layer')
    .map((rotation, index) => {
      const teams = rotation.spec.members.map((m) => model.people.get(m)?.spec.team);
      const fromRunners = teams.filter((t) => t !== undefined && runners.has(t)).length;
      return {
        index,
        rotation,
        runnersShare: teams.length === 0 ? 0 : fromRunners / teams.length,
        staffedByAllRunners: runners.size > 0 && [...runners].every((r) => teams.includes(r)),
      };
    });
  ranked.sort(
    (a, b) =>
      Number(b.staffedByAllRunners) - Number(a.staffedByAllRunners) ||
      b.runnersShare - a.runnersShare ||
      typeRank(a.rotation) - typeRank(b.rotation) ||
      a.index - b.index,
  );
  return ranked.map(({ index: _, ...rest }) => rest);
}

function typeRank(rotation: Rotation): number {
  return rotation.spec.type === 'team' ? 0 : 1;
}
