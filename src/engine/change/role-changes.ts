import type { CompiledModel, Person, PersonRole, SreLevel } from '../../model/index.ts';
import { isSreEngineerRole } from '../../model/index.ts';
import { isAbove } from '../people/career-ladder.ts';
import { type LevelReadiness, readinessForRole } from '../people/readiness.ts';

export interface RoleAndLevel {
  readonly role: PersonRole | null;
  readonly level: SreLevel | null;
}

/**
 * What kind of role change: the SRE role assigned to someone practicing SRE without it
 * (§12.9.4, §12.12.3), a move up or down the career path (§12.10), or another role change.
 */
export type RoleChangeKind =
  | 'sre-role-assigned'
  | 'promotion'
  | 'level-lowered'
  | 'level-assigned'
  | 'sre-role-renamed'
  | 'sre-role-left'
  | 'role-changed';

export interface RoleChange {
  readonly person: string;
  readonly from: RoleAndLevel;
  readonly to: RoleAndLevel;
  readonly change: RoleChangeKind;
  /** Whether today's evidence meets the criteria of the new SRE role and level; null off the ladder. */
  readonly readiness: LevelReadiness | null;
}

function kindOf(from: RoleAndLevel, to: RoleAndLevel): RoleChangeKind {
  const wasSre = isSreEngineerRole(from.role ?? undefined);
  const isSre = isSreEngineerRole(to.role ?? undefined);
  if (!wasSre && isSre) return 'sre-role-assigned';
  if (wasSre && !isSre) return 'sre-role-left';
  if (wasSre && isSre) {
    if (from.level !== null && to.level !== null && from.level !== to.level) {
      return isAbove(to.level, from.level) ? 'promotion' : 'level-lowered';
    }
    if (from.level === null && to.level !== null) return 'level-assigned';
    return 'sre-role-renamed';
  }
  return 'role-changed';
}

/**
 * The person as the target has them, with each evidence field taken from the target or, where
 * the target does not record it, from today: evidence recorded in either file is known, not
 * guessed.
 */
function withEvidence(target: Person, today: Person): Person {
  const spec = {
    ...target.spec,
    experienceYears: target.spec.experienceYears ?? today.spec.experienceYears,
    srePracticeMonths: target.spec.srePracticeMonths ?? today.spec.srePracticeMonths,
    careerEvidence: target.spec.careerEvidence ?? today.spec.careerEvidence,
  };
  return { ...target, spec };
}

/**
 * Every person in both models whose role or level changes (§12.12, dimension 4), with whether
 * they meet the criteria of the new role and level (§12.9.4, §12.10, §12.10.2). Newly assigned
 * senior and principal roles need the transition criteria too. Evidence comes from the target,
 * falling back to today's per field.
 */
export function roleChanges(today: CompiledModel, target: CompiledModel): readonly RoleChange[] {
  const changes: RoleChange[] = [];
  for (const person of target.people.values()) {
    const before = today.people.get(person.name);
    if (!before || before.spec.openPosition || person.spec.openPosition) continue;
    const from = { role: before.spec.role ?? null, level: before.spec.level ?? null };
    const to = { role: person.spec.role ?? null, level: person.spec.level ?? null };
    if (from.role === to.role && from.level === to.level) continue;
    const wasSre = isSreEngineerRole(from.role ?? undefined);
    const readiness =
      to.role === null
        ? undefined
        : readinessForRole({
            model: target,
            person: withEvidence(person, before),
            role: to.role,
            level: to.level ?? undefined,
            // An SRE without a level today is judged like a new assignment: nothing is known
            // about the level they held.
            from: wasSre ? (from.level ?? 'none') : 'none',
          });
    changes.push({
      person: person.name,
      from,
      to,
      change: kindOf(from, to),
      readiness: readiness ?? null,
    });
  }
  return changes;
}
