import {
  type CompiledModel,
  RUN_MODEL_LABELS,
  RUN_MODELS,
  type RunModel,
} from '../../model/index.ts';

/** The services and owner teams in one run model. */
export interface ModelShare {
  readonly runModel: RunModel;
  readonly label: string;
  readonly services: readonly string[];
  /** Teams owning at least one service in this model. */
  readonly teams: readonly string[];
}

export type HybridId = 'ops-sometimes-runs-it' | 'ops-monitoring';

/** A hybrid model the chapter names (§12.2.2), with the services that make it one. */
export interface Hybrid {
  readonly id: HybridId;
  readonly label: string;
  readonly services: readonly string[];
  readonly section: string;
}

export interface SpectrumMix {
  /** Every run model with at least one service, in spectrum order. */
  readonly shares: readonly ModelShare[];
  readonly hybrids: readonly Hybrid[];
}

export const HYBRID_LABELS: Readonly<Record<HybridId, string>> = {
  'ops-sometimes-runs-it': 'you build it, ops sometimes run it',
  'ops-monitoring': 'you build it, you run it, plus ops monitoring of critical workflows',
};

/** The organization's mix of run models and the hybrids it amounts to (§12.2, §12.2.2). */
export function spectrumMix(model: CompiledModel): SpectrumMix {
  const services = [...model.services.values()];
  const shares: ModelShare[] = [];
  for (const runModel of RUN_MODELS) {
    const inModel = services.filter((s) => s.spec.runModel === runModel);
    if (inModel.length === 0) continue;
    shares.push({
      runModel,
      label: RUN_MODEL_LABELS[runModel],
      services: inModel.map((s) => s.name),
      teams: [...new Set(inModel.map((s) => s.spec.owner))],
    });
  }

  const hybrids: Hybrid[] = [];
  const opsRun = services.filter((s) => s.spec.runModel === 'ops-runs-it');
  // §12.2.2: some services run by ops, the others by the development teams.
  if (opsRun.length > 0 && opsRun.length < services.length) {
    hybrids.push({
      id: 'ops-sometimes-runs-it',
      label: HYBRID_LABELS['ops-sometimes-runs-it'],
      services: opsRun.map((s) => s.name),
      section: '§12.2.2',
    });
  }
  // §12.2.2: teams run their services; ops additionally watches the critical workflows.
  const monitored = services.filter((s) => s.spec.opsMonitoring === true);
  if (monitored.length > 0) {
    hybrids.push({
      id: 'ops-monitoring',
      label: HYBRID_LABELS['ops-monitoring'],
      services: monitored.map((s) => s.name),
      section: '§12.2.2',
    });
  }
  return { shares, hybrids };
}
