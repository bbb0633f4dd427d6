import {
  buildsSreInfrastructure,
  type CompiledModel,
  holdsSreTitleWithoutPractice,
  type Person,
  practicesSreOnServices,
} from '../../model/index.ts';

/** The three groups whose reporting lines §12.7.1 draws. */
export type PeopleGroup = 'developer' | 'sre' | 'sre-infrastructure-engineer';

/**
 * The §12.7.1 group of a person: from their role (the SRE roles, `SRE_ROLE_KIND`), else from
 * their team's type. Managers, ops engineers and people without a team or role are in none; so
 * are open positions (nobody is in them) and SRE titles without SRE practice (§12.4.6, §12.9.4:
 * operations engineers re-titled SRE keep their operations line until they practise SRE).
 */
export function peopleGroup(model: CompiledModel, person: Person): PeopleGroup | undefined {
  const role = person.spec.role;
  if (person.spec.openPosition === true || holdsSreTitleWithoutPractice(person)) return undefined;
  const teamType = person.spec.team ? model.teams.get(person.spec.team)?.spec.type : undefined;
  if (role === 'developer') return 'developer';
  if (buildsSreInfrastructure(role)) return 'sre-infrastructure-engineer';
  if (practicesSreOnServices(role)) {
    return teamType === 'sre-infrastructure' ? 'sre-infrastructure-engineer' : 'sre';
  }
  if (role !== undefined) return undefined;
  if (teamType === 'development') return 'developer';
  if (teamType === 'sre') return 'sre';
  if (teamType === 'sre-infrastructure') return 'sre-infrastructure-engineer';
  return undefined;
}
