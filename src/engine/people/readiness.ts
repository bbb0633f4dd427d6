import type { CompiledModel, Person, PersonRole, SreLevel } from '../../model/index.ts';
import { holdsSreTitleWithoutPractice, isSreEngineerRole } from '../../model/index.ts';
import { careerLevel, isAbove, nextLevel } from './career-ladder.ts';
import { type CriterionResult, type Verdict, verdictOf } from './criterion.ts';
import {
  minimumExperience,
  srePracticeBeforeRole,
  transitionCriteria,
} from './readiness-criteria.ts';
import { roleLabel } from './role-names.ts';

export interface LevelReadiness {
  readonly role: PersonRole;
  /** Undefined when the model does not say which level. */
  readonly level: SreLevel | undefined;
  readonly verdict: Verdict;
  readonly criteria: readonly CriterionResult[];
}

/**
 * Judges whether `person` meets the criteria for `role` at `level`, on the evidence in the
 * model. Without `from` it judges the role as held. `from` is the SRE level held before a
 * change, or `none` when the SRE role is newly assigned: moving above it adds the transition
 * criteria of §12.10.2, which describe what it takes to attain senior and principal. Roles off
 * the SRE engineering ladder have no criteria here and give undefined.
 */
export function readinessForRole(options: {
  readonly model: CompiledModel;
  readonly person: Person;
  readonly role: PersonRole;
  readonly level: SreLevel | undefined;
  readonly from?: SreLevel | 'none' | undefined;
}): LevelReadiness | undefined {
  const { model, person, role, level, from } = options;
  if (!isSreEngineerRole(role)) return undefined;
  // §12.9.4 is about assigning the role: it does not apply again to a step up the ladder.
  const assigning = from === undefined || from === 'none';
  const criteria: CriterionResult[] = assigning ? [srePracticeBeforeRole(person)] : [];
  if (level === undefined) {
    criteria.push({
      id: 'minimum-experience',
      section: '§12.10',
      criterion: 'Relevant work experience for the level',
      status: 'unknown',
      evidence: 'level is not set',
    });
  } else {
    criteria.push(minimumExperience(person, level));
    const up = from === 'none' ? level !== 'junior' : from !== undefined && isAbove(level, from);
    if (up) {
      criteria.push(...transitionCriteria(model, person, level));
    }
  }
  return { role, level, verdict: verdictOf(criteria), criteria };
}

/** Where a person stands relative to the SRE career path (§12.9, §12.10). */
export type CareerTrack = 'sre' | 'candidate' | 'open-position' | 'other';

export interface PersonReadiness {
  readonly person: string;
  readonly displayName: string | undefined;
  readonly team: string | undefined;
  readonly role: PersonRole | undefined;
  readonly level: SreLevel | undefined;
  readonly track: CareerTrack;
  /** The SRE role and level held today; null off the SRE track. */
  readonly current: LevelReadiness | null;
  /** The next level (junior SRE for candidates); null at the top or when it cannot be told. */
  readonly next: LevelReadiness | null;
  readonly notes: readonly string[];
}

function trackOf(person: Person): CareerTrack {
  if (person.spec.openPosition) return 'open-position';
  // §12.9.4: the role is earned by practice. A title without it (`srePracticeMonths: 0`, §12.4.6:
  // operations engineers re-titled SRE) is a candidacy for the role held, not the SRE track, as
  // for every command that counts SREs (`isPractisingSre`).
  if (holdsSreTitleWithoutPractice(person)) return 'candidate';
  if (isSreEngineerRole(person.spec.role)) return 'sre';
  // §12.9.4 / §12.12.3: people practicing SRE without bearing the role. Only recorded evidence
  // makes someone a candidate; being on call alone does not say they seek the role.
  if (person.spec.srePracticeMonths !== undefined || person.spec.careerEvidence !== undefined) {
    return 'candidate';
  }
  return 'other';
}

/**
 * For one person: whether they meet the criteria for the SRE role and level they hold, and for
 * the next level (§12.9.4, §12.10, §12.10.2). Criteria without evidence are unknown, never
 * guessed.
 */
export function personReadiness(model: CompiledModel, person: Person): PersonReadiness {
  const { role, level } = person.spec;
  const track = trackOf(person);
  const base = {
    person: person.name,
    displayName: person.spec.displayName ?? person.metadata.displayName,
    team: person.spec.team,
    role,
    level,
    track,
  };
  if (track === 'candidate' && role !== undefined && holdsSreTitleWithoutPractice(person)) {
    // The role is held, and judged as held (its §12.9.4 criterion unmet); the step ahead is the
    // practice itself, so no next level is judged yet.
    const current = readinessForRole({ model, person, role, level }) ?? null;
    const title = `${level === undefined ? '' : `${level} `}${roleLabel(role)}`;
    return {
      ...base,
      current,
      next: null,
      notes: [
        `holds the title ${title} without SRE practice (srePracticeMonths: 0): a candidate for the role until they practise SRE on real products (§12.9.4), not counted as an SRE or as SRE capacity (§12.4.6)`,
      ],
    };
  }
  if (track === 'candidate') {
    const next = readinessForRole({ model, person, role: 'sre', level: 'junior' }) ?? null;
    return { ...base, current: null, next, notes: [] };
  }
  if (track !== 'sre' || role === undefined) {
    return { ...base, current: null, next: null, notes: [] };
  }
  const current = readinessForRole({ model, person, role, level }) ?? null;
  if (level === undefined) {
    return {
      ...base,
      current,
      next: null,
      notes: ['level is not set: the next career step cannot be judged'],
    };
  }
  const up = nextLevel(level);
  if (up === undefined) {
    return {
      ...base,
      current,
      next: null,
      notes: [`${careerLevel(level).title} is the top of the SRE career path`],
    };
  }
  const next = readinessForRole({ model, person, role, level: up, from: level }) ?? null;
  return { ...base, current, next, notes: [] };
}

/** Readiness of every person in the model, in model order. */
export function readinessOfAll(model: CompiledModel): readonly PersonReadiness[] {
  return [...model.people.values()].map((p) => personReadiness(model, p));
}
