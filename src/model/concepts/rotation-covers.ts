import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Rotation, Service } from '../model.ts';
import { serviceDomain } from './service-domain.ts';
import { isSreTeamOnCallFor } from './sre-team-on-call.ts';

/** Whether a rotation's `covers` names any service, team or domain. */
export function namesCoverage(rotation: Rotation): boolean {
  const covers = rotation.spec.covers;
  return (
    covers !== undefined &&
    ((covers.services?.length ?? 0) > 0 ||
      (covers.teams?.length ?? 0) > 0 ||
      covers.domain !== undefined)
  );
}

/**
 * The one rule for "does rotation R cover service S"; every command (check, plan, oncall,
 * schedule, hours, oncall-cost, routing) asks it, through the model's index. A rotation covers
 * a service that it names; whose owner team it names; of an SRE team it names that is on call for
 * the service (`isSreTeamOnCallFor`: §12.4 shared on-call, §12.5 SRE runs it; an SRE team that only
 * consults for the owner is not); or whose domain it names
 * (§12.6 domain rotations, "several services from different teams that share a logical
 * knowledge domain"). A thin-layer rotation that names nothing covers every service: §12.6 has
 * the thin layer "receiving the SLO breaches from all the teams". Any other rotation that names
 * nothing covers nothing.
 */
export function rotationCovers(
  model: CompiledModel,
  rotation: Rotation,
  service: Service,
): boolean {
  const covers = rotation.spec.covers;
  if (covers === undefined || !namesCoverage(rotation)) return rotation.spec.type === 'thin-layer';
  if (covers.services?.includes(service.name)) return true;
  const teams = covers.teams ?? [];
  if (teams.includes(service.spec.owner)) return true;
  if (teams.some((team) => isSreTeamOnCallFor(model, team, service))) return true;
  return covers.domain !== undefined && covers.domain === serviceDomain(model, service);
}
