import type { CompiledModel, PersonRole } from '../../model/index.ts';
import { CAREER_LADDER, type CareerLevel, TRANSITION_CRITERIA } from './career-ladder.ts';
import { type PersonReadiness, personReadiness } from './readiness.ts';
import { type FulfillmentRow, roleFulfillment } from './role-fulfillment.ts';
import { INDUSTRY_ROLE_NAMES, type RoleName, SRE_ROLE_NAMES } from './role-names.ts';
import { type SreScope, sreScope } from './sre-scope.ts';
import { SRE_RESPONSIBILITIES, SRE_SKILLS } from './what-makes-an-sre.ts';
import { WHY_SRE_ROLE } from './why-sre-role.ts';

export interface SreRoleInUse extends RoleName {
  readonly role: PersonRole;
  /** People holding the role (open positions excluded). */
  readonly people: readonly string[];
  readonly openPositions: readonly string[];
}

export interface LadderLevelInUse extends CareerLevel {
  readonly people: readonly string[];
}

export interface PersonCareer extends PersonReadiness {
  /** What the person's level is responsible for here (§12.10); undefined without a level. */
  readonly scope: SreScope | undefined;
}

/** Everything `whorunsit careers` reports: the SRE role, its career path, and each person. */
export interface CareersReport {
  readonly whyTheRole: typeof WHY_SRE_ROLE;
  readonly responsibilities: readonly string[];
  readonly skills: readonly string[];
  readonly industryRoleNames: readonly RoleName[];
  readonly sreRoleNames: readonly SreRoleInUse[];
  readonly roleFulfillment: readonly FulfillmentRow[];
  readonly ladder: readonly LadderLevelInUse[];
  readonly transitionCriteria: readonly string[];
  readonly people: readonly PersonCareer[];
}

/** The SRE roles and careers of one organization (§12.9, §12.10). */
export function careers(model: CompiledModel): CareersReport {
  const people = [...model.people.values()];
  const filled = people.filter((p) => !p.spec.openPosition);
  const readiness = people.map((person) => ({ person, readiness: personReadiness(model, person) }));
  const sreRoleNames = (Object.keys(SRE_ROLE_NAMES) as (keyof typeof SRE_ROLE_NAMES)[]).map(
    (role) => ({
      role,
      ...SRE_ROLE_NAMES[role],
      people: filled.filter((p) => p.spec.role === role).map((p) => p.name),
      openPositions: people
        .filter((p) => p.spec.openPosition && p.spec.role === role)
        .map((p) => p.name),
    }),
  );
  return {
    whyTheRole: WHY_SRE_ROLE,
    responsibilities: SRE_RESPONSIBILITIES,
    skills: SRE_SKILLS,
    industryRoleNames: INDUSTRY_ROLE_NAMES,
    sreRoleNames,
    roleFulfillment: roleFulfillment(model),
    // The ladder holds the people on the SRE track: a level on a title without SRE practice, or on
    // a role off the ladder, is no rung of it (§12.9.4).
    ladder: CAREER_LADDER.map((level) => ({
      ...level,
      people: readiness
        .filter(({ readiness: r }) => r.track === 'sre' && r.level === level.level)
        .map(({ person }) => person.name),
    })),
    transitionCriteria: TRANSITION_CRITERIA,
    people: readiness.map(({ person, readiness: r }) => {
      const level = person.spec.level;
      return {
        ...r,
        scope:
          r.track === 'sre' && level !== undefined ? sreScope(model, person, level) : undefined,
      };
    }),
  };
}
