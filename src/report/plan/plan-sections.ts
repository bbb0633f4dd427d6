import type { PlanSection } from './plan-section.ts';
import { chargebackPlanSection, offeringsPlanSection } from './sections/chargeback.ts';
import { checksSection } from './sections/checks.ts';
import { decisionDimensionsSection } from './sections/decision-dimensions.ts';
import { headerSection } from './sections/header.ts';
import { modelComparisonSection } from './sections/model-comparison.ts';
import { newDirectorSection } from './sections/new-director.ts';
import { onCallCostPlanSection, onCallDesignsPlanSection } from './sections/oncall-cost.ts';
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
  rotationSizesPlanSection,
  sreTeamsPlanSection,
} from './sections/staffing.ts';
import { topologySection } from './sections/topology.ts';
import { transitionsSection } from './sections/transitions.ts';

/**
 * The sections of the plan, in document order. To add one (staffing, on-call cost,
 * chargeback…), write `sections/<name>.ts` exporting a `PlanSection` and append it here; the
 * Markdown and the HTML page both pick it up. See docs/plan.md.
 */
export const PLAN_SECTIONS: readonly PlanSection[] = [
  headerSection,
  decisionDimensionsSection,
  spectrumMixSection,
  modelComparisonSection,
  servicesSection,
  transitionsSection,
  sreCapacitySection,
  placementsSection,
  topologySection,
  reportingLinesSection,
  newDirectorSection,
  positioningSection,
  sreTeamsPlanSection,
  headcountPlanSection,
  hiringPlanSection,
  rotationSizesPlanSection,
  fundingPlanSection,
  onCallCostPlanSection,
  onCallDesignsPlanSection,
  chargebackPlanSection,
  offeringsPlanSection,
  checksSection,
];
