import type { Model, RunModel, Service, Team } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { rotationsCovering } from '../spectrum/rotations-covering.ts';

/**
 * The teams that run a service under a run model: the developers alone (§12.3), developers and
 * SRE together (§12.4), SRE alone (§12.5), operations (§12.2), or nobody when operations are not
 * organized (§12.8.1). The SRE team is the service's `sreTeam`, else the SRE teams that support
 * its owner.
 */
export function runningTeams(model: Model, service: Service, runModel: RunModel): string[] {
  switch (runModel) {
    case 'you-run-it':
      return [service.spec.owner];
    case 'you-and-sre-run-it':
      return [service.spec.owner, ...sreTeamsOf(model, service)];
    case 'sre-runs-it':
      return sreTeamsOf(model, service);
    case 'ops-runs-it':
      return operationsTeamsOn(model, service);
    case 'unorganized':
      return [];
  }
}

function sreTeamsOf(model: Model, service: Service): string[] {
  if (service.spec.sreTeam) return [service.spec.sreTeam];
  return [...model.teams.values()]
    .filter((team) => team.spec.type === 'sre' && supports(team, service.spec.owner))
    .map((team) => team.name);
}

function supports(team: Team, owner: string): boolean {
  return (team.spec.supports ?? []).some((s) => normalizeSupport(s).team === owner);
}

/** Operations teams with people on a rotation that covers the service. */
function operationsTeamsOn(model: Model, service: Service): string[] {
  const teams = new Set<string>();
  for (const rotation of rotationsCovering(model, service)) {
    for (const member of rotation.spec.members) {
      const team = model.people.get(member)?.spec.team;
      if (team && model.teams.get(team)?.spec.type === 'operations') teams.add(team);
    }
  }
  return [...teams];
}
