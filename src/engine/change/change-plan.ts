import type { CompiledModel } from '../../model/index.ts';
import { type AgendaItem, allEmployeeAgenda } from './all-employee-agenda.ts';
import { drivingQuestions, type QuestionCategory } from './driving-questions.ts';
import { type ModelChange, type ServiceEntry, serviceChanges } from './model-changes.ts';
import {
  isNewSreOrganization,
  type OrganizationChange,
  organizationChanges,
} from './organization-changes.ts';
import { type PeopleChanges, peopleChanges } from './people-changes.ts';
import { type ReportingChange, reportingChanges } from './reporting-changes.ts';
import { type RoleChange, roleChanges } from './role-changes.ts';
import { type RolloutStep, rollout } from './rollout.ts';

export interface SreOrganizationKickoff {
  readonly organization: string;
  readonly head: string | null;
  readonly agenda: readonly AgendaItem[];
}

/** The change from today's organization to the target (§12.12), and how to introduce it. */
export interface ChangePlan {
  /** Dimension 1: run model per service (§12.8.1). */
  readonly modelChanges: readonly ModelChange[];
  readonly addedServices: readonly ServiceEntry[];
  readonly removedServices: readonly ServiceEntry[];
  /** Dimension 2: organizations and teams. */
  readonly organizationChanges: readonly OrganizationChange[];
  /** Dimension 3: every person whose line manager changes, with the three meetings. */
  readonly reportingChanges: readonly ReportingChange[];
  /** Dimension 4: every person whose role or level changes. */
  readonly roleChanges: readonly RoleChange[];
  readonly people: PeopleChanges;
  readonly rollout: readonly RolloutStep[];
  /** One all-employee meeting per new SRE organization (§12.12). */
  readonly sreOrganizationKickoffs: readonly SreOrganizationKickoff[];
  /** The chapter's nine categories of driving questions, answered from the target. */
  readonly questions: readonly QuestionCategory[];
}

/** Plans the change from `today` to `target`: both are complete, valid models. */
export function changePlan(today: CompiledModel, target: CompiledModel): ChangePlan {
  const services = serviceChanges(today, target);
  const organization = organizationChanges(today, target);
  const reporting = reportingChanges(today, target);
  const roles = roleChanges(today, target);
  const newSreOrganizations = [...target.organizations.values()].filter((o) =>
    isNewSreOrganization(today, o),
  );
  return {
    ...services,
    organizationChanges: organization,
    reportingChanges: reporting,
    roleChanges: roles,
    people: peopleChanges(today, target),
    rollout: rollout({
      today,
      target,
      modelChanges: services.modelChanges,
      organizationChangeCount: organization.length,
      reportingChanges: reporting,
      roleChanges: roles,
      newSreOrganizations: newSreOrganizations.map((o) => o.name),
    }),
    sreOrganizationKickoffs: newSreOrganizations.map((org) => ({
      organization: org.name,
      head: org.spec.head ?? null,
      agenda: allEmployeeAgenda({ target, organization: org, modelChanges: services.modelChanges }),
    })),
    questions: drivingQuestions(target),
  };
}
