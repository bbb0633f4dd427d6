import type { CompiledModel, Service } from '../../model/index.ts';
import { SPECTRUM_MODELS, type SpectrumModel } from '../../model/index.ts';
import { serviceLevel, type TierThresholds } from './availability-tier.ts';

export type ComparisonCriterion =
  | 'dev-on-call-involvement'
  | 'knowledge-synchronization'
  | 'incident-resolution-times'
  | 'service-handover'
  | 'distinct-sre-organization'
  | 'sre-infrastructure-ownership'
  | 'targets-and-demand'
  | 'funding'
  | 'cost';

export interface CriterionRow {
  readonly criterion: ComparisonCriterion;
  readonly label: string;
  readonly verdicts: Readonly<Record<SpectrumModel, string>>;
}

/**
 * The nine criteria of §12.2.4 and the chapter's verdicts per model (§12.2.5, "Comparison of
 * Models from the 'Who Builds It, Who Runs It?' Spectrum"). The chapter's typos are corrected
 * ("Partically", "SARE"); the verdicts are otherwise its words.
 */
export const MODEL_COMPARISON: readonly CriterionRow[] = [
  {
    criterion: 'dev-on-call-involvement',
    label: 'Involvement of the development teams in the on-call work',
    verdicts: {
      'you-run-it': 'Max',
      'you-and-sre-run-it': 'Continuous',
      'sre-runs-it': 'None if services within error budgets',
      'ops-runs-it': 'None',
    },
  },
  {
    criterion: 'knowledge-synchronization',
    label: 'Knowledge synchronization between teams',
    verdicts: {
      'you-run-it': 'None',
      'you-and-sre-run-it': 'Partially required',
      'sre-runs-it': 'Required',
      'ops-runs-it': 'Not practical',
    },
  },
  {
    criterion: 'incident-resolution-times',
    label: 'Incident resolution times',
    verdicts: {
      'you-run-it': 'Min',
      'you-and-sre-run-it': 'Short',
      'sre-runs-it': 'Short',
      'ops-runs-it': 'Max',
    },
  },
  {
    criterion: 'service-handover',
    label: 'Service handover for operations',
    verdicts: {
      'you-run-it': 'Not applicable',
      'you-and-sre-run-it': 'Partially required',
      'sre-runs-it': 'Required',
      'ops-runs-it': 'Required',
    },
  },
  {
    criterion: 'distinct-sre-organization',
    label: 'Establishment of a distinct SRE organization',
    verdicts: {
      'you-run-it': 'Not applicable',
      'you-and-sre-run-it': 'May be an option',
      'sre-runs-it': 'May be an option',
      'ops-runs-it': 'Not applicable',
    },
  },
  {
    criterion: 'sre-infrastructure-ownership',
    label: 'Ownership of the SRE infrastructure',
    verdicts: {
      'you-run-it': 'Ops org',
      'you-and-sre-run-it': 'Either SRE or ops org',
      'sre-runs-it': 'Either SRE or ops org',
      'ops-runs-it': 'Ops org',
    },
  },
  {
    criterion: 'targets-and-demand',
    label: 'Availability targets and product demand',
    verdicts: {
      'you-run-it': 'Highest targets and demand',
      'you-and-sre-run-it': 'Highest targets and demand',
      'sre-runs-it': 'Highest targets and demand',
      'ops-runs-it': 'Lower targets and demand',
    },
  },
  {
    criterion: 'funding',
    label: 'Funding',
    verdicts: {
      'you-run-it': 'CAPEX',
      'you-and-sre-run-it': 'CAPEX',
      'sre-runs-it': 'CAPEX',
      'ops-runs-it': 'CAPEX',
    },
  },
  {
    criterion: 'cost',
    label: 'Cost',
    verdicts: {
      'you-run-it': 'High',
      'you-and-sre-run-it': 'High',
      'sre-runs-it': 'High',
      'ops-runs-it': 'Low',
    },
  },
];

/** This organization's facts for one model, to read next to the chapter's verdicts. */
export interface ModelFacts {
  readonly services: readonly string[];
  readonly teams: readonly string[];
  /** Services in this model with a high-tier target or high demand. */
  readonly highTargetsOrDemand: readonly string[];
  /** The highest availability target among its services, if any states one. */
  readonly highestTarget: number | undefined;
  /**
   * Services that contradict the "availability targets and product demand" row: high targets or
   * demand run by ops, or low targets and low demand paying for a high-cost model.
   */
  readonly misfits: readonly string[];
}

export interface ModelComparison {
  readonly criteria: readonly CriterionRow[];
  readonly facts: Readonly<Record<SpectrumModel, ModelFacts>>;
}

/** The §12.2.5 comparison filled in with this organization's services and teams. */
export function compareModels(model: CompiledModel, thresholds: TierThresholds): ModelComparison {
  const services = [...model.services.values()];
  const facts = Object.fromEntries(
    SPECTRUM_MODELS.map((runModel) => {
      const inModel = services.filter((s) => s.spec.runModel === runModel);
      const demanding = inModel.filter((s) => isDemanding(s, thresholds));
      const targets = inModel.flatMap((s) =>
        s.spec.availabilityTarget === undefined ? [] : [s.spec.availabilityTarget],
      );
      const misfits =
        runModel === 'ops-runs-it'
          ? demanding
          : inModel.filter((s) => serviceLevel(s, thresholds) === 'low' && s.spec.demand === 'low');
      const value: ModelFacts = {
        services: inModel.map((s) => s.name),
        teams: [...new Set(inModel.map((s) => s.spec.owner))],
        highTargetsOrDemand: demanding.map((s) => s.name),
        highestTarget: targets.length > 0 ? Math.max(...targets) : undefined,
        misfits: misfits.map((s) => s.name),
      };
      return [runModel, value];
    }),
  ) as Record<SpectrumModel, ModelFacts>;
  return { criteria: MODEL_COMPARISON, facts };
}

/**
 * High tier or high demand: what the chapter calls "highest targets and demand". Demand counts
 * on its own too: a low target does not make high demand something operations can run.
 */
export function isDemanding(service: Service, thresholds: TierThresholds): boolean {
  return serviceLevel(service, thresholds) === 'high' || service.spec.demand === 'high';
}
