import type { CompiledModel, RunModel } from '../../model/index.ts';
import type { Recommendation } from './recommend-services.ts';
import { classifyTransition, type TransitionVerdict } from './transitions.ts';

/** One change of model and how the chapter judges it (§12.8.1). */
export interface PlannedTransition {
  /** `organization`: its `currentModel` → `targetModel`; `service`: today's model → the recommended one. */
  readonly scope: 'organization' | 'service';
  readonly name: string;
  readonly from: RunModel;
  readonly to: RunModel;
  readonly verdict: Exclude<TransitionVerdict, 'none'>;
}

/**
 * Every change of model in the plan, classified by the §12.8.1 matrix: each organization's
 * stated move, then each service whose recommended model differs from today's.
 */
export function plannedTransitions(
  model: CompiledModel,
  recommendations: ReadonlyMap<string, Recommendation>,
): PlannedTransition[] {
  const out: PlannedTransition[] = [];
  for (const org of model.organizations.values()) {
    const { currentModel: from, targetModel: to } = org.spec;
    if (from === undefined || to === undefined || from === to) continue;
    out.push({ scope: 'organization', name: org.name, from, to, verdict: verdict(from, to) });
  }
  for (const service of model.services.values()) {
    const to = recommendations.get(service.name)?.runModel;
    const from = service.spec.runModel;
    if (to === undefined || to === from) continue;
    out.push({ scope: 'service', name: service.name, from, to, verdict: verdict(from, to) });
  }
  return out;
}

function verdict(from: RunModel, to: RunModel): Exclude<TransitionVerdict, 'none'> {
  // The diagonal is excluded by the callers: a change always has a verdict.
  return classifyTransition(from, to) as Exclude<TransitionVerdict, 'none'>;
}
