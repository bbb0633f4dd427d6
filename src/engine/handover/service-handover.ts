import type {
  BudgetWindow,
  CompiledModel,
  EpochSeconds,
  ErrorBudgetPolicy,
  RunModel,
} from '../../model/index.ts';
import { isSreRunModel } from '../../model/index.ts';
import type { Objective } from '../budgets/objective.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';
import { policyOf, serviceBudgets } from '../budgets/service-budgets.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import { type Incident, incidentsByService } from '../incidents/incident.ts';
import { type Freeze, freezes } from './freezes.ts';
import {
  type HandoverTimeline,
  handoverTimeline,
  type RunPeriod,
  type TimelineEntry,
} from './handover-timeline.ts';
import { type PostmortemCheck, postmortemChecks } from './postmortems.ts';
import { type TakeoverEligibility, takeoverEligibility } from './takeover-eligibility.ts';

/** Who ran a service when, and why, from its error budget policy and its data (§12.5). */
export interface ServiceHandover {
  readonly name: string;
  readonly agreedRunModel: RunModel;
  readonly currentRunModel: RunModel;
  readonly sreTeam: string | null;
  readonly policy: string | null;
  readonly window: BudgetWindow;
  readonly timeline: readonly TimelineEntry[];
  readonly periods: readonly RunPeriod[];
  readonly freezes: readonly Freeze[];
  readonly postmortems: readonly PostmortemCheck[];
  /** For services SRE does not run by agreement: may SRE take it over now? */
  readonly takeover: TakeoverEligibility | null;
  readonly notes: readonly string[];
}

export interface HandoverReport {
  readonly asOf: EpochSeconds;
  readonly services: readonly ServiceHandover[];
  /** Services named by samples or incidents but not in the model. */
  readonly unknownServices: readonly string[];
}

/**
 * The handover engine (§12.5) for every service of the model: budgets per period of its
 * policy's window, handbacks and returns for services SRE runs, takeover eligibility for the
 * others, freezes and postmortems as the policy says. Deterministic: the same model, samples,
 * incidents and `asOf` always give the same timeline.
 */
export function handover(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly incidents: readonly Incident[];
  readonly asOf: EpochSeconds;
}): HandoverReport {
  const { model, series, incidents, asOf } = options;
  const budgets = serviceBudgets({ model, series, asOf });
  const byService = incidentsByService(incidents);
  const services = budgets.services.map((budget): ServiceHandover => {
    const service = model.services.get(budget.name);
    if (!service) throw new Error(`budget for unknown service ${budget.name}`);
    const agreed = service.spec.runModel;
    const policy = policyOf(model, service);
    // The budget's note about a missing policy is said below in handover terms.
    const notes = budget.notes.filter((n) => !n.startsWith('no error budget policy'));
    const base = {
      name: service.name,
      agreedRunModel: agreed,
      sreTeam: service.spec.sreTeam ?? null,
      policy: policy?.name ?? null,
      window: budget.window,
    };
    const run = runTimeline({
      agreed,
      policy,
      objective: budget.objective,
      budgets: budget.periods,
    });
    if (!policy || budget.objective === null) {
      if (policy) notes.push('no handover decisions without an error budget');
      else notes.push('no error budget policy: no handover rules apply (§12.5)');
      return {
        ...base,
        currentRunModel: run.current,
        timeline: run.timeline,
        periods: run.periods,
        freezes: [],
        postmortems: [],
        takeover: null,
        notes,
      };
    }
    const spec = policy.spec;
    const policyName = policy.name;
    const sre = isSreRunModel(agreed);
    if (sre && !spec.handback) notes.push(`policy ${policyName} sets no handback rule`);
    return {
      ...base,
      currentRunModel: run.current,
      timeline: run.timeline,
      periods: run.periods,
      freezes: freezes({ policyName, policy: spec, budgets: budget.periods }),
      postmortems: postmortemChecks({
        policyName,
        policy: spec,
        objective: budget.objective,
        budgets: budget.periods,
        incidents: byService.get(service.name) ?? [],
        series: series.get(service.name),
        asOf,
      }),
      takeover: sre
        ? null
        : takeoverEligibility({ policyName, policy: spec, budgets: budget.periods }),
      notes,
    };
  });
  const unknown = new Set(budgets.unknownServices.map((s) => s.name));
  for (const name of byService.keys()) if (!model.services.has(name)) unknown.add(name);
  return { asOf, services, unknownServices: [...unknown].sort() };
}

/**
 * Who ran a service period by period and why (§12.5): the handover timeline for a service SRE
 * runs by agreement under a policy and a target; otherwise the agreed run model throughout.
 * The one place the run model's decision is made, for the whole report and for a server that
 * keeps the period budgets as samples arrive.
 */
export function runTimeline(options: {
  readonly agreed: RunModel;
  readonly policy: ErrorBudgetPolicy | undefined;
  readonly objective: Objective | null;
  readonly budgets: readonly PeriodBudget[];
}): HandoverTimeline {
  const { agreed, policy, objective, budgets } = options;
  if (!policy || objective === null || !isSreRunModel(agreed)) {
    return {
      timeline: [],
      periods: budgets.map((b) => ({ budget: b, runModel: agreed })),
      current: agreed,
    };
  }
  return handoverTimeline({ agreed, policyName: policy.name, policy: policy.spec, budgets });
}
