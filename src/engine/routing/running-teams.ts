import {
  type CompiledModel,
  isOperationsTeam,
  type RunModel,
  type Service,
} from '../../model/index.ts';

/**
 * The teams that run a service under a run model: the developers alone (§12.3), developers and
 * SRE together (§12.4), SRE alone (§12.5), operations (§12.2), or nobody when operations are not
 * organized (§12.8.1). The SRE teams are the service's SRE teams (`model.index.sreTeamsOf`: its
 * `sreTeam`, else the SRE teams that support its owner).
 */
export function runningTeams(model: CompiledModel, service: Service, runModel: RunModel): string[] {
  switch (runModel) {
    case 'you-run-it':
      return [service.spec.owner];
    case 'you-and-sre-run-it':
      return [service.spec.owner, ...model.index.sreTeamsOf(service.name)];
    case 'sre-runs-it':
      return [...model.index.sreTeamsOf(service.name)];
    case 'ops-runs-it':
      return operationsTeamsOn(model, service);
    case 'unorganized':
      return [];
  }
}

/**
 * Operations teams (`operationsTeams`: of type operations, or SRE teams in name only) with people
 * on a rotation that covers the service.
 */
function operationsTeamsOn(model: CompiledModel, service: Service): string[] {
  const teams = new Set<string>();
  for (const rotation of model.index.rotationsCovering(service.name)) {
    for (const member of rotation.spec.members) {
      const team = model.people.get(member)?.spec.team;
      if (team && isOperationsTeam(model, team)) teams.add(team);
    }
  }
  return [...teams];
}
