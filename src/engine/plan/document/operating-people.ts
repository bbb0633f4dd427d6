import type { CompiledModel as Model, Person } from '../../../model/index.ts';
import { buildsSreInfrastructure, practicesSreOnServices } from '../../../model/index.ts';

/** The three groups of people the operating model pays for, besides the developers. */
export type OperatingGroup = 'sre' | 'sre-infrastructure' | 'operations';

/**
 * Who the cost of the operating model pays for (issue #13: salaries plus on-call plus SRE
 * infrastructure): people practicing SRE on services, with the managers of SRE teams and the
 * heads of SRE organizations (§12.4.4: the SRE organization's own head count); the SRE
 * infrastructure team (§12.4.3); operations engineers and the managers of operations and
 * thin-layer teams (§12.2, §12.6). Developers build the services and are not counted, though
 * their on-call pay is (it is in the on-call cost).
 */
export function operatingGroup(model: Model, person: Person): OperatingGroup | undefined {
  const role = person.spec.role;
  const team = person.spec.team ? model.teams.get(person.spec.team) : undefined;
  if (buildsSreInfrastructure(role)) return 'sre-infrastructure';
  if (team?.spec.type === 'sre-infrastructure' && role !== 'developer') return 'sre-infrastructure';
  if (practicesSreOnServices(role)) return 'sre';
  if (role === 'ops-engineer') return 'operations';
  if (team?.spec.type === 'sre') return 'sre';
  if (team?.spec.type === 'operations' || team?.spec.type === 'thin-layer') return 'operations';
  if (role === 'manager' && team === undefined) {
    for (const org of model.organizations.values()) {
      if (org.spec.head === person.name && org.spec.type === 'sre') return 'sre';
    }
  }
  return undefined;
}

/** The people of each operating group, in model order. */
export function operatingPeople(model: Model): Readonly<Record<OperatingGroup, readonly Person[]>> {
  const out: Record<OperatingGroup, Person[]> = {
    sre: [],
    'sre-infrastructure': [],
    operations: [],
  };
  for (const person of model.people.values()) {
    const group = operatingGroup(model, person);
    if (group) out[group].push(person);
  }
  return out;
}
