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
 * Which clause of a rotation's `covers` takes in a service: `service` (it names the service),
 * `owner-team` (it names the team that owns it), `sre-team` (it names an SRE team on call for it),
 * `domain` (it names its domain), `thin-layer` (a thin layer naming nothing covers every service);
 * undefined when the rotation does not cover it. The first clause that holds, in that order: a
 * service a rotation names is covered by name even when its owner team is named too.
 */
export type CoverageClause = 'service' | 'owner-team' | 'sre-team' | 'domain' | 'thin-layer';

/**
 * The one rule for "does rotation R cover service S", saying by which clause; every command
 * (check, plan, oncall, schedule, hours, oncall-cost, routing) asks it, through the model's index
 * (`rotationCovers`). A rotation covers a service that it names; whose owner team it names; of an
 * SRE team it names that is on call for the service (`isSreTeamOnCallFor`: §12.4 shared on-call,
 * §12.5 SRE runs it; an SRE team that only consults for the owner is not); or whose domain it
 * names (§12.6 domain rotations, "several services from different teams that share a logical
 * knowledge domain"). A thin-layer rotation that names nothing covers every service: §12.6 has
 * the thin layer "receiving the SLO breaches from all the teams". Any other rotation that names
 * nothing covers nothing. The owner-team clause takes in every service the team owns, one nobody
 * decided to run too (`unorganized`): `ownerTeamOnlyCover` says when that is all that covers it.
 */
export function coverageClause(
  model: CompiledModel,
  rotation: Rotation,
  service: Service,
): CoverageClause | undefined {
  const covers = rotation.spec.covers;
  if (covers === undefined || !namesCoverage(rotation))
    return rotation.spec.type === 'thin-layer' ? 'thin-layer' : undefined;
  if (covers.services?.includes(service.name)) return 'service';
  const teams = covers.teams ?? [];
  if (teams.includes(service.spec.owner)) return 'owner-team';
  if (teams.some((team) => isSreTeamOnCallFor(model, team, service))) return 'sre-team';
  return covers.domain !== undefined && covers.domain === serviceDomain(model, service)
    ? 'domain'
    : undefined;
}

/** Whether rotation R covers service S, by any clause of `coverageClause`. */
export function rotationCovers(
  model: CompiledModel,
  rotation: Rotation,
  service: Service,
): boolean {
  return coverageClause(model, rotation, service) !== undefined;
}
