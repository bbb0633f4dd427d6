import type { CompiledModel, RunModel } from '../../model/index.ts';
import type { InterimWait } from './interim-until.ts';
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
  /** A service's model on the way, until `until` holds (§12.4.1, §12.6, §12.9.5). */
  readonly interim: RunModel | undefined;
  readonly until: InterimWait | undefined;
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
    out.push({
      scope: 'organization',
      name: org.name,
      from,
      to,
      verdict: verdict(from, to),
      interim: undefined,
      until: undefined,
    });
  }
  for (const service of model.services.values()) {
    const recommendation = recommendations.get(service.name);
    const to = recommendation?.runModel;
    const from = service.spec.runModel;
    if (to === undefined || to === from) continue;
    const interim = recommendation?.interim;
    if (interim === undefined || interim === to) {
      const v = verdict(from, to);
      out.push({
        scope: 'service',
        name: service.name,
        from,
        to,
        verdict: v,
        interim: undefined,
        until: undefined,
      });
      continue;
    }
    // The way through the interim model is judged by the worse of its two steps.
    const steps = [from === interim ? 'possible' : verdict(from, interim), verdict(interim, to)];
    const worst = VERDICT_ORDER.find((v) => steps.includes(v)) ?? 'possible';
    out.push({
      scope: 'service',
      name: service.name,
      from,
      to,
      verdict: worst,
      interim,
      until: recommendation?.until,
    });
  }
  return out;
}

const VERDICT_ORDER = ['no-reason', 'unlikely', 'possible'] as const;

function verdict(from: RunModel, to: RunModel): Exclude<TransitionVerdict, 'none'> {
  // The diagonal is excluded by the callers: a change always has a verdict.
  return classifyTransition(from, to) as Exclude<TransitionVerdict, 'none'>;
}
