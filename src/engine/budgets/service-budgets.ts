import type { BudgetWindow, ErrorBudgetPolicy, Model, Service } from '../../model/index.ts';
import { type BudgetPeriod, budgetPeriods, rollingSeconds } from './budget-periods.ts';
import { type Objective, objectiveOf } from './objective.ts';
import { type PeriodBudget, periodBudgets, windowBudget } from './period-budgets.ts';
import { lowerBound, type SliSeries } from './sli-series.ts';

/** The window a service without an error budget policy is measured over (the schema default). */
export const DEFAULT_WINDOW: BudgetWindow = '28d';

export interface ServiceBudget {
  readonly name: string;
  readonly target: number | null;
  readonly objective: Objective | null;
  readonly policy: string | null;
  readonly window: BudgetWindow;
  readonly periods: readonly PeriodBudget[];
  /** The rolling window ending at `asOf` (month to date for calendar months). */
  readonly current: PeriodBudget | null;
  /** Why something is missing: no target, no policy, no data. */
  readonly notes: readonly string[];
}

export interface BudgetReport {
  readonly asOf: number;
  /** The first sample time over all series; null without samples. */
  readonly from: number | null;
  readonly services: readonly ServiceBudget[];
  /** Services in the data but not in the model: reported, never silently dropped. */
  readonly unknownServices: readonly { readonly name: string; readonly samples: number }[];
  /** Samples at or after `asOf`, which no period includes. */
  readonly samplesAfterAsOf: number;
}

/** The policy of a service, if it names one. */
export function policyOf(model: Model, service: Service): ErrorBudgetPolicy | undefined {
  const name = service.spec.errorBudgetPolicy;
  return name === undefined ? undefined : model.errorBudgetPolicies.get(name);
}

/** The first sample time over all series, or null. */
export function firstSampleTime(series: ReadonlyMap<string, SliSeries>): number | null {
  let from: number | null = null;
  for (const s of series.values()) {
    const t = s.length > 0 ? (s.seconds[0] as number) : undefined;
    if (t !== undefined && (from === null || t < from)) from = t;
  }
  return from;
}

/**
 * The error budget of every service in the model for its policy's window (§12.5), period by
 * period from the first sample to `asOf`. All services share the same period bounds per window
 * kind, so they can be compared side by side.
 */
export function serviceBudgets(options: {
  readonly model: Model;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: number;
}): BudgetReport {
  const { model, series, asOf } = options;
  const from = firstSampleTime(series);
  const periodsByWindow = new Map<BudgetWindow, readonly BudgetPeriod[]>();
  const periodsOf = (window: BudgetWindow): readonly BudgetPeriod[] => {
    let periods = periodsByWindow.get(window);
    if (!periods) {
      periods = from === null ? [] : budgetPeriods({ window, from, asOf });
      periodsByWindow.set(window, periods);
    }
    return periods;
  };
  const services = [...model.services.values()].map((service) =>
    serviceBudget({ model, service, series: series.get(service.name), asOf, periodsOf }),
  );
  const unknownServices = [...series.values()]
    .filter((s) => !model.services.has(s.service))
    .map((s) => ({ name: s.service, samples: s.length }));
  let samplesAfterAsOf = 0;
  for (const s of series.values()) samplesAfterAsOf += s.length - lowerBound(s, asOf);
  return { asOf, from, services, unknownServices, samplesAfterAsOf };
}

function serviceBudget(options: {
  readonly model: Model;
  readonly service: Service;
  readonly series: SliSeries | undefined;
  readonly asOf: number;
  readonly periodsOf: (window: BudgetWindow) => readonly BudgetPeriod[];
}): ServiceBudget {
  const { model, service, series, asOf, periodsOf } = options;
  const policy = policyOf(model, service);
  const window = policy?.spec.window ?? DEFAULT_WINDOW;
  const notes: string[] = [];
  if (!policy) notes.push(`no error budget policy: measured over the default ${window} window`);
  const target = service.spec.availabilityTarget;
  const base = { name: service.name, policy: policy?.name ?? null, window };
  if (target === undefined) {
    notes.push('no availabilityTarget: no error budget can be computed');
    return { ...base, target: null, objective: null, periods: [], current: null, notes };
  }
  const objective = objectiveOf(target);
  if (!series || series.length === 0) notes.push('no SLI samples');
  const periods = periodBudgets(series, objective, periodsOf(window));
  return {
    ...base,
    target,
    objective,
    periods,
    current: currentBudget({ series, objective, window, asOf, periods }),
    notes,
  };
}

function currentBudget(options: {
  readonly series: SliSeries | undefined;
  readonly objective: Objective;
  readonly window: BudgetWindow;
  readonly asOf: number;
  readonly periods: readonly PeriodBudget[];
}): PeriodBudget | null {
  const { series, objective, window, asOf, periods } = options;
  const length = rollingSeconds(window);
  if (length === undefined) return periods.at(-1) ?? null;
  const start = asOf - length;
  return windowBudget(series, objective, {
    label: `last ${window}`,
    start,
    end: asOf,
    complete: true,
  });
}
