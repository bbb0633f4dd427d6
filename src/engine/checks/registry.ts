import type { Check } from './check.ts';
import { costCenterPositioning } from './cost-center-positioning.ts';
import { domainRotationHighTarget } from './domain-rotation-high-target.ts';
import { followTheSunAtNight } from './follow-the-sun-at-night.ts';
import { highDemandOfficeHoursOnly } from './high-demand-office-hours-only.ts';
import { highTierWithoutRoundTheClock } from './high-tier-without-round-the-clock.ts';
import { memberTakesNoOutOfHours } from './member-takes-no-out-of-hours.ts';
import { offHoursWithoutCompensation } from './off-hours-without-compensation.ts';
import { officeHoursAcrossSites } from './office-hours-across-sites.ts';
import { onCallOverload } from './on-call-overload.ts';
import { opsRunHighTarget } from './ops-run-high-target.ts';
import { overBudget } from './over-budget.ts';
import { overBudgetAtDefaultSalaries } from './over-budget-at-default-salaries.ts';
import { overHeadcountLimit } from './over-headcount-limit.ts';
import { reportingLineMismatch } from './reporting-line-mismatch.ts';
import { rotationTooSmall } from './rotation-too-small.ts';
import { serviceWithoutRotation } from './service-without-rotation.ts';
import { setupNeedsDedicatedSre } from './setup-needs-dedicated-sre.ts';
import { sharedOnCallCapacity } from './shared-on-call-capacity.ts';
import { sharedOnCallWithoutPolicy } from './shared-on-call-without-policy.ts';
import { sloWithoutPolicy } from './slo-without-policy.ts';
import { sreExperienceBelowLevel } from './sre-experience-below-level.ts';
import { sreModelNeedsSreTeam } from './sre-model-needs-sre-team.ts';
import { sreOrgNeedsHead } from './sre-org-needs-head.ts';
import { sreOverload } from './sre-overload.ts';
import { srePolicyWithoutRules } from './sre-policy-without-rules.ts';
import { sreRoleWithoutPractice } from './sre-role-without-practice.ts';
import { sreRunNeedsPolicy } from './sre-run-needs-policy.ts';
import { sreTeamCannotHandBack } from './sre-team-cannot-hand-back.ts';
import { sreTeamOfRenamedOps } from './sre-team-of-renamed-ops.ts';
import { sreTeamsBelowScale } from './sre-teams-below-scale.ts';
import { sreTeamsHome } from './sre-teams-home.ts';
import { standbyUnpaid } from './standby-unpaid.ts';
import { supportHoursBeyondWorkingTime } from './support-hours-beyond-working-time.ts';
import { teamRotationMediumTarget } from './team-rotation-medium-target.ts';
import { thinLayerWithoutForward } from './thin-layer-without-forward.ts';
import { transitionNoReason } from './transition-no-reason.ts';
import { transitionUnlikely } from './transition-unlikely.ts';
import { unorganizedOnOwnerRotation } from './unorganized-on-owner-rotation.ts';

/**
 * Every check, in catalog order (the order of docs/plan.md). Add a rule by adding its file to
 * this folder and one entry here; codes are stable and unique (a test keeps them so).
 */
export const CHECKS: readonly Check[] = [
  sreRunNeedsPolicy,
  srePolicyWithoutRules,
  sharedOnCallWithoutPolicy,
  sloWithoutPolicy,
  sreTeamCannotHandBack,
  sreModelNeedsSreTeam,
  setupNeedsDedicatedSre,
  opsRunHighTarget,
  sharedOnCallCapacity,
  sreOverload,
  onCallOverload,
  supportHoursBeyondWorkingTime,
  sreTeamsBelowScale,
  sreTeamsHome,
  sreOrgNeedsHead,
  costCenterPositioning,
  domainRotationHighTarget,
  highTierWithoutRoundTheClock,
  highDemandOfficeHoursOnly,
  teamRotationMediumTarget,
  thinLayerWithoutForward,
  serviceWithoutRotation,
  unorganizedOnOwnerRotation,
  offHoursWithoutCompensation,
  standbyUnpaid,
  rotationTooSmall,
  followTheSunAtNight,
  officeHoursAcrossSites,
  memberTakesNoOutOfHours,
  sreExperienceBelowLevel,
  sreRoleWithoutPractice,
  sreTeamOfRenamedOps,
  reportingLineMismatch,
  transitionUnlikely,
  transitionNoReason,
  overHeadcountLimit,
  overBudget,
  overBudgetAtDefaultSalaries,
];
