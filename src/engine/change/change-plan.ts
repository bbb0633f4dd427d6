import type { CompiledModel } from '../../model/index.ts';
import type { BudgetEvidence } from '../plan/document/error-budgets.ts';
import { type AgendaItem, allEmployeeAgenda } from './all-employee-agenda.ts';
import { drivingQuestions, type QuestionCategory } from './driving-questions.ts';
import { type ModelChange, type ServiceEntry, serviceChanges } from './model-changes.ts';
import { type MoveEvidence, moveEvidence } from './move-evidence.ts';
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
  /**
   * Each move that gives SRE more of a service's on-call, checked against the SLI samples by
   * the handover engine (§12.5); without samples, listed as not checked.
   */
  readonly moveEvidence: MoveEvidence;
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

/**
 * Plans the change from `today` to `target`: both are complete, valid models. `evidence`, the
 * SLI samples (and incidents) as `plan --sli` reads them, checks the moves to SRE (§12.5);
 * without it, `howToGive` is how the edge asks for it (`GIVE_SLI_SAMPLES`).
 */
export function changePlan(
  today: CompiledModel,
  target: CompiledModel,
  evidence?: BudgetEvidence,
  howToGive?: string,
): ChangePlan {
  const services = serviceChanges(today, target);
  const checked = moveEvidence({
    today,
    target,
    modelChanges: services.modelChanges,
    evidence,
    howToGive,
  });
  const organization = organizationChanges(today, target);
  const reporting = reportingChanges(today, target);
  const roles = roleChanges(today, target);
  const newSreOrganizations = [...target.organizations.values()].filter((o) =>
    isNewSreOrganization(today, o),
  );
  return {
    modelChanges: services.modelChanges,
    moveEvidence: checked,
    addedServices: services.addedServices,
    removedServices: services.removedServices,
    organizationChanges: organization,
    reportingChanges: reporting,
    roleChanges: roles,
    people: peopleChanges(today, target),
    rollout: rollout({
      today,
      target,
      modelChanges: services.modelChanges,
      moveChecks: checked.checks,
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
