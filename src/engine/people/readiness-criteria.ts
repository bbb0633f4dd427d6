import type { CompiledModel, Person, SreLevel } from '../../model/index.ts';
import { isSreEngineerRole } from '../../model/index.ts';
import { careerLevel } from './career-ladder.ts';
import type { CriterionResult } from './criterion.ts';

// Thresholds of §12.10.2.
const NEXT_LEVEL_WORK_MONTHS = 6; // "more than six months"
const SUPPORTIVE_FEEDBACK_MONTHS = 6; // "in the last six months"

function months(n: number): string {
  return `${n} month${n === 1 ? '' : 's'}`;
}

function years(n: number): string {
  return `${n} year${n === 1 ? '' : 's'}`;
}

/**
 * §12.9.4: people begin practicing SRE before they are assigned the SRE role, so the role
 * recognizes a demonstrated ability. No minimum length is given ("an appropriately short amount
 * of time"), so any practice counts.
 */
export function srePracticeBeforeRole(person: Person): CriterionResult {
  const base = {
    id: 'sre-practice-before-role',
    section: '§12.9.4',
    criterion: 'Practiced SRE on real products before the SRE role is assigned',
  } as const;
  const practice = person.spec.srePracticeMonths;
  if (practice === undefined) {
    return { ...base, status: 'unknown', evidence: 'srePracticeMonths is not set' };
  }
  return practice > 0
    ? { ...base, status: 'met', evidence: `${months(practice)} of SRE practice` }
    : { ...base, status: 'unmet', evidence: 'no SRE practice (srePracticeMonths: 0)' };
}

/** §12.10: at least 1, 3 or 5 years of relevant work experience for junior, senior, principal. */
export function minimumExperience(person: Person, level: SreLevel): CriterionResult {
  const { minExperienceYears, title } = careerLevel(level);
  const base = {
    id: 'minimum-experience',
    section: '§12.10',
    criterion: `At least ${years(minExperienceYears)} of relevant work experience (${title})`,
  } as const;
  const experience = person.spec.experienceYears;
  if (experience === undefined) {
    return { ...base, status: 'unknown', evidence: 'experienceYears is not set' };
  }
  return {
    ...base,
    status: experience >= minExperienceYears ? 'met' : 'unmet',
    evidence: `${years(experience)} of experience`,
  };
}

function threshold(options: {
  readonly id: 'next-level-work' | 'supportive-feedback';
  readonly criterion: string;
  readonly field: string;
  readonly value: number | undefined;
  readonly met: (value: number) => boolean;
}): CriterionResult {
  const base = { id: options.id, section: '§12.10.2', criterion: options.criterion } as const;
  if (options.value === undefined) {
    return { ...base, status: 'unknown', evidence: `careerEvidence.${options.field} is not set` };
  }
  return {
    ...base,
    status: options.met(options.value) ? 'met' : 'unmet',
    evidence: months(options.value),
  };
}

function flag(options: {
  readonly id: 'influence-beyond-scope' | 'communication' | 'seeks-responsibility';
  readonly criterion: string;
  readonly field: string;
  readonly value: boolean | undefined;
}): CriterionResult {
  const base = { id: options.id, section: '§12.10.2', criterion: options.criterion } as const;
  if (options.value === undefined) {
    return { ...base, status: 'unknown', evidence: `careerEvidence.${options.field} is not set` };
  }
  return {
    ...base,
    status: options.value ? 'met' : 'unmet',
    evidence: `careerEvidence.${options.field}: ${options.value}`,
  };
}

/**
 * §12.10.2, for principal SRE: served as a mentor to at least one SRE who gave generally positive
 * feedback about the mentorship. Mentees come from `careerEvidence.mentees` and from other
 * people's `mentors`; a mentorship whose feedback or mentee role is not recorded is unknown.
 */
export function mentoredAnSre(model: CompiledModel, person: Person): CriterionResult {
  const base = {
    id: 'mentored-an-sre',
    section: '§12.10.2',
    criterion: 'Mentored at least one SRE who gave generally positive feedback about it',
  } as const;
  const recorded = person.spec.careerEvidence?.mentees;
  const entries = recorded ?? [];
  const roleOf = (name: string) => model.people.get(name)?.spec.role;
  const positive = entries.find(
    (e) => e.feedback === 'positive' && isSreEngineerRole(roleOf(e.person)),
  );
  if (positive) {
    return { ...base, status: 'met', evidence: `mentored ${positive.person}: positive feedback` };
  }
  const listed = new Set(entries.map((e) => e.person));
  const mayCount = (name: string) => roleOf(name) === undefined || isSreEngineerRole(roleOf(name));
  const pending = [
    ...entries
      .filter(
        (e) =>
          (e.feedback === undefined && mayCount(e.person)) ||
          (e.feedback === 'positive' && roleOf(e.person) === undefined),
      )
      .map((e) => e.person),
    ...(model.derive(menteesByMentor).get(person.name) ?? [])
      .filter((p) => !listed.has(p.name) && mayCount(p.name))
      .map((p) => p.name),
  ];
  if (pending.length > 0) {
    return {
      ...base,
      status: 'unknown',
      evidence: `feedback or role not recorded for mentee${pending.length === 1 ? '' : 's'} ${pending.join(', ')}`,
    };
  }
  if (recorded === undefined) {
    return { ...base, status: 'unknown', evidence: 'careerEvidence.mentees is not set' };
  }
  return {
    ...base,
    status: 'unmet',
    evidence:
      entries.length === 0
        ? 'no mentees'
        : `no SRE mentee gave positive feedback (${entries.map((e) => `${e.person}: ${e.feedback}`).join(', ')})`,
  };
}

/** The criteria of §12.10.2 for moving up to `to` (senior or principal). */
export function transitionCriteria(
  model: CompiledModel,
  person: Person,
  to: SreLevel,
): readonly CriterionResult[] {
  const evidence = person.spec.careerEvidence;
  const criteria: CriterionResult[] = [
    threshold({
      id: 'next-level-work',
      criterion: `Performed some of the ${careerLevel(to).title} work for more than six months`,
      field: 'nextLevelWorkMonths',
      value: evidence?.nextLevelWorkMonths,
      met: (v) => v > NEXT_LEVEL_WORK_MONTHS,
    }),
    flag({
      id: 'influence-beyond-scope',
      criterion: 'Influenced people beyond the current immediate scope of responsibility',
      field: 'influenceBeyondScope',
      value: evidence?.influenceBeyondScope,
    }),
    flag({
      id: 'communication',
      criterion: 'Communication and interpersonal skills connect with a wide range of people',
      field: 'communication',
      value: evidence?.communication,
    }),
    threshold({
      id: 'supportive-feedback',
      criterion: 'Six months of feedback showing potential for more responsibility',
      field: 'supportiveFeedbackMonths',
      value: evidence?.supportiveFeedbackMonths,
      met: (v) => v >= SUPPORTIVE_FEEDBACK_MONTHS,
    }),
    flag({
      id: 'seeks-responsibility',
      criterion: 'Actively seeks more responsibility and accountability',
      field: 'seeksResponsibility',
      value: evidence?.seeksResponsibility,
    }),
  ];
  if (to === 'principal') criteria.push(mentoredAnSre(model, person));
  return criteria;
}

/**
 * The people who name each person among their `mentors`, in model order: looked up per person,
 * not found by scanning everyone for each SRE (quadratic at 100,000 people).
 */
function menteesByMentor(model: CompiledModel): ReadonlyMap<string, readonly Person[]> {
  const mentees = new Map<string, Person[]>();
  for (const p of model.people.values()) {
    for (const mentor of new Set(p.spec.mentors ?? [])) {
      const list = mentees.get(mentor);
      if (list) list.push(p);
      else mentees.set(mentor, [p]);
    }
  }
  return mentees;
}
