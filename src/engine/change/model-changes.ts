import type { CompiledModel, RunModel } from '../../model/index.ts';
import { classifyTransition, type TransitionVerdict } from '../spectrum/transitions.ts';

/** A service whose run model changes, judged by the transition matrix (§12.8.1). */
export interface ModelChange {
  readonly service: string;
  readonly from: RunModel;
  readonly to: RunModel;
  readonly transition: Exclude<TransitionVerdict, 'none'>;
}

export interface ServiceEntry {
  readonly service: string;
  readonly runModel: RunModel;
}

export interface ServiceChanges {
  /** Services in both models whose run model changes (§12.12, dimension 1). */
  readonly modelChanges: readonly ModelChange[];
  /** Services only in the target: no transition to judge. */
  readonly addedServices: readonly ServiceEntry[];
  readonly removedServices: readonly ServiceEntry[];
}

/** Changes along the "who runs it?" dimension, per service (§12.8.2, §12.12). */
export function serviceChanges(today: CompiledModel, target: CompiledModel): ServiceChanges {
  const modelChanges: ModelChange[] = [];
  const addedServices: ServiceEntry[] = [];
  for (const service of target.services.values()) {
    const before = today.services.get(service.name);
    const to = service.spec.runModel;
    if (!before) {
      addedServices.push({ service: service.name, runModel: to });
      continue;
    }
    const from = before.spec.runModel;
    const transition = classifyTransition(from, to);
    if (transition !== 'none') modelChanges.push({ service: service.name, from, to, transition });
  }
  const removedServices = [...today.services.values()]
    .filter((s) => !target.services.has(s.name))
    .map((s) => ({ service: s.name, runModel: s.spec.runModel }));
  return { modelChanges, addedServices, removedServices };
}
