import type { PlanSection } from './plan-section.ts';
import { chargebackPlanSection, offeringsPlanSection } from './sections/chargeback.ts';
import { checksSection } from './sections/checks.ts';
import {
  appendixSection,
  businessCaseSection,
  glossarySection,
  openQuestionsSection,
  operatingCostSection,
  placementOptionsSection,
  risksSection,
} from './sections/decision.ts';
import { decisionDimensionsSection } from './sections/decision-dimensions.ts';
import { errorBudgetsSection } from './sections/error-budgets.ts';
import { headerSection } from './sections/header.ts';
import { modelComparisonSection } from './sections/model-comparison.ts';
import { newDirectorSection } from './sections/new-director.ts';
import { onCallCostPlanSection, onCallDesignsPlanSection } from './sections/oncall-cost.ts';
import { opsRunIssuesSection } from './sections/ops-run-issues.ts';
import { placementsSection } from './sections/placements.ts';
import { positioningSection } from './sections/positioning.ts';
import { reportingLinesSection } from './sections/reporting-lines.ts';
import { servicesSection } from './sections/services.ts';
import { spectrumMixSection } from './sections/spectrum-mix.ts';
import { sreCapacitySection } from './sections/sre-capacity.ts';
import {
  fundingPlanSection,
  headcountPlanSection,
  hiringPlanSection,
  onCallLoadPlanSection,
  rotationSizesPlanSection,
  sreTeamsPlanSection,
} from './sections/staffing.ts';
import { summarySection } from './sections/summary.ts';
import { topologySection } from './sections/topology.ts';
import { transitionsSection } from './sections/transitions.ts';

/**
 * The sections of the plan, in document order: the summary first, then the decisions and their
 * grounds, then the appendix with the detail. Each renders a part of the plan document. To add
 * one, write `sections/<name>.ts` exporting a `PlanSection` and list it here (docs/plan.md).
 */
export const PLAN_SECTIONS: readonly PlanSection[] = [
  headerSection,
  summarySection,
  placementOptionsSection,
  operatingCostSection,
  businessCaseSection,
  risksSection,
  errorBudgetsSection,
  decisionDimensionsSection,
  spectrumMixSection,
  transitionsSection,
  sreCapacitySection,
  placementsSection,
  newDirectorSection,
  positioningSection,
  sreTeamsPlanSection,
  headcountPlanSection,
  hiringPlanSection,
  rotationSizesPlanSection,
  onCallLoadPlanSection,
  fundingPlanSection,
  onCallCostPlanSection,
  chargebackPlanSection,
  offeringsPlanSection,
  checksSection,
  appendixSection,
  servicesSection,
  opsRunIssuesSection,
  modelComparisonSection,
  topologySection,
  reportingLinesSection,
  onCallDesignsPlanSection,
  openQuestionsSection,
  glossarySection,
];
