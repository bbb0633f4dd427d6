import type { CompiledModel, RotationType, RunModel } from '../../model/index.ts';
import {
  type AvailabilityTier,
  type TierBasis,
  type TierThresholds,
  tierOfService,
  tierThresholds,
} from './availability-tier.ts';
import { type DecisionDimensions, decisionDimensions } from './decision-dimensions.ts';
import { compareModels, type ModelComparison } from './model-comparison.ts';
import { type NewDirector, newDirector } from './new-director.ts';
import { type PlannedTransition, plannedTransitions } from './planned-transitions.ts';
import { positionSreOrganizations, type SreOrganizationPositioning } from './positioning.ts';
import { type Recommendation, serviceRecommendations } from './recommend-services.ts';
import { type ReportingLines, reportingLines } from './reporting-lines.ts';
import { type SpectrumMix, spectrumMix } from './spectrum-mix.ts';
import { type SreCapacity, sreCapacities, sreTeamsRunningAlone } from './sre-capacity.ts';
import type { SreRunningAlone } from './sre-runs-alone.ts';
import { type SreTeamPlacement, sreTeamPlacements } from './sre-team-placement.ts';
import { type TopologyInUse, topologyInUse } from './topology-in-use.ts';

/** One service as the plan sees it: today, and what is recommended. */
export interface ServicePlan {
  readonly name: string;
  readonly owner: string;
  readonly runModel: RunModel;
  readonly availabilityTarget: number | undefined;
  /** The tier it is run by (`tierOfService`): its target's, else its demand's, else medium. */
  readonly tier: AvailabilityTier;
  readonly tierBasis: TierBasis;
  readonly demand: 'high' | 'medium' | 'low' | undefined;
  readonly errorBudgetPolicy: string | undefined;
  readonly sreTeam: string | undefined;
  /** The rotations covering it today, with their types. */
  readonly rotations: readonly { readonly name: string; readonly type: RotationType }[];
  readonly recommendation: Recommendation;
}

/** Everything the chapter lets us say about an organization's operating model. */
export interface SpectrumAnalysis {
  readonly thresholds: TierThresholds;
  readonly dimensions: DecisionDimensions;
  readonly mix: SpectrumMix;
  readonly comparison: ModelComparison;
  readonly services: readonly ServicePlan[];
  /** SRE teams sharing on-call (§12.4.1). */
  readonly capacities: readonly SreCapacity[];
  /** SRE teams running services alone (§12.5): their capacity is their rotations, not spare SREs. */
  readonly runningAlone: readonly SreRunningAlone[];
  readonly placements: readonly SreTeamPlacement[];
  readonly topology: TopologyInUse;
  readonly reportingLines: ReportingLines;
  readonly newDirector: NewDirector;
  readonly positioning: readonly SreOrganizationPositioning[];
  readonly transitions: readonly PlannedTransition[];
}

/**
 * Every key present, as the plan document holds it (`interim` null when nobody needs to join,
 * `sreTeam` and `agreeFirst` null when SRE is not on the pager or nothing is to agree).
 */
function withInterim(r: Recommendation): Recommendation {
  return {
    ...r,
    interim: r.interim,
    until: r.until,
    sreTeam: r.sreTeam,
    agreeFirst: r.agreeFirst,
  };
}

/** The spectrum analysis of a model (§12.2–§12.8): pure, deterministic, in model order. */
export function analyzeSpectrum(model: CompiledModel): SpectrumAnalysis {
  const thresholds = tierThresholds(model);
  const recommendations = serviceRecommendations(model);
  const services = [...model.services.values()].map((s): ServicePlan => {
    const { tier, basis } = tierOfService(s, thresholds);
    return {
      name: s.name,
      owner: s.spec.owner,
      runModel: s.spec.runModel,
      availabilityTarget: s.spec.availabilityTarget,
      tier,
      tierBasis: basis,
      demand: s.spec.demand,
      errorBudgetPolicy: s.spec.errorBudgetPolicy,
      sreTeam: s.spec.sreTeam,
      rotations: model.index
        .rotationsCovering(s.name)
        .map((r) => ({ name: r.name, type: r.spec.type })),
      recommendation: withInterim(recommendations.get(s.name) as Recommendation),
    };
  });
  return {
    thresholds,
    dimensions: decisionDimensions(model),
    mix: spectrumMix(model),
    comparison: compareModels(model, thresholds),
    services,
    capacities: sreCapacities(model),
    runningAlone: sreTeamsRunningAlone(model),
    placements: sreTeamPlacements(model),
    topology: topologyInUse(model),
    reportingLines: reportingLines(model),
    newDirector: newDirector(model),
    positioning: positionSreOrganizations(model),
    transitions: plannedTransitions(model, recommendations),
  };
}
