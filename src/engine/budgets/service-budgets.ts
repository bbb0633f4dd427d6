import {
  type BudgetWindow,
  type CompiledModel,
  type EpochSeconds,
  type ErrorBudgetPolicy,
  epochSeconds,
  type Service,
} from '../../model/index.ts';
import { type BudgetPeriod, budgetPeriods, rollingSeconds } from './budget-periods.ts';
import { type Objective, objectiveOf } from './objective.ts';
import { type PeriodBudget, periodBudgets, windowBudget } from './period-budgets.ts';
import { firstSampleAfter, lastCountedSecond } from './sample-span.ts';
import type { SliSeries } from './sli-series.ts';

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
  readonly asOf: EpochSeconds;
  /** The first sample time over all series; null without samples. */
  readonly from: number | null;
  readonly services: readonly ServiceBudget[];
  /** Services in the data but not in the model: reported, never silently dropped. */
  readonly unknownServices: readonly { readonly name: string; readonly samples: number }[];
  /** Samples at or after `asOf`, which no period includes. */
  readonly samplesAfterAsOf: number;
}

/** The policy of a service, if it names one. */
export function policyOf(model: CompiledModel, service: Service): ErrorBudgetPolicy | undefined {
  const name = service.spec.errorBudgetPolicy;
  return name === undefined ? undefined : model.errorBudgetPolicies.get(name);
}

/** The first sample time over all series, or null. */
export function firstSampleTime(series: ReadonlyMap<string, SliSeries>): EpochSeconds | null {
  let from: number | null = null;
  for (const s of series.values()) {
    const t = s.length > 0 ? (s.seconds[0] as number) : undefined;
    if (t !== undefined && (from === null || t < from)) from = t;
  }
  return from === null ? null : epochSeconds(from);
}

/**
 * Measures one service's budget over its samples: each period of its window, and `current`,
 * the rolling window ending at `asOf` (null for calendar months, whose current budget is the
 * last period's). `measureBudget` reads the samples; a caller that reads them anyway for
 * something else (burn rates) can measure in the same pass.
 */
export type BudgetMeter = (options: {
  readonly series: SliSeries | undefined;
  readonly objective: Objective;
  readonly periods: readonly BudgetPeriod[];
  readonly current: BudgetPeriod | null;
}) => { readonly periods: readonly PeriodBudget[]; readonly current: PeriodBudget | null };

export const measureBudget: BudgetMeter = ({ series, objective, periods, current }) => {
  const measured = periodBudgets(series, objective, periods);
  return {
    periods: measured,
    current: current ? windowBudget(series, objective, current) : (measured.at(-1) ?? null),
  };
};

/** The budget periods of each window kind, from the first sample of any series to `asOf`. */
export interface BudgetCalendar {
  readonly from: number | null;
  readonly periodsOf: (window: BudgetWindow) => readonly BudgetPeriod[];
}

/**
 * All services share the same period bounds per window kind, so they can be compared side by
 * side; each window's periods are made once.
 */
export function budgetCalendar(
  series: ReadonlyMap<string, SliSeries>,
  asOf: EpochSeconds,
): BudgetCalendar {
  // From the period of the first second a sample counts (sample-span.ts).
  const first = firstSampleTime(series);
  return budgetCalendarFrom(first === null ? null : lastCountedSecond(first), asOf);
}

/** The budget calendar from the first sample time `from` (null: no samples) to `asOf`. */
export function budgetCalendarFrom(from: EpochSeconds | null, asOf: EpochSeconds): BudgetCalendar {
  const periodsByWindow = new Map<BudgetWindow, readonly BudgetPeriod[]>();
  const periodsOf = (window: BudgetWindow): readonly BudgetPeriod[] => {
    let periods = periodsByWindow.get(window);
    if (!periods) {
      periods = from === null ? [] : budgetPeriods({ window, from, asOf });
      periodsByWindow.set(window, periods);
    }
    return periods;
  };
  return { from, periodsOf };
}

/**
 * The error budget of every service in the model for its policy's window (§12.5), period by
 * period from the first sample to `asOf`.
 */
export function serviceBudgets(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: EpochSeconds;
}): BudgetReport {
  const { model, series, asOf } = options;
  const calendar = budgetCalendar(series, asOf);
  const services = [...model.services.values()].map((service) =>
    serviceBudget({ model, service, series: series.get(service.name), asOf, calendar }),
  );
  return budgetReport({ model, series, asOf, from: calendar.from, services });
}

/** The report around the budgets of the model's services: what the data holds besides. */
export function budgetReport(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: EpochSeconds;
  readonly from: number | null;
  readonly services: readonly ServiceBudget[];
}): BudgetReport {
  const { model, series, asOf, from, services } = options;
  const unknownServices = [...series.values()]
    .filter((s) => !model.services.has(s.service))
    .map((s) => ({ name: s.service, samples: s.length }));
  let samplesAfterAsOf = 0;
  for (const s of series.values()) samplesAfterAsOf += s.length - firstSampleAfter(s, asOf);
  return { asOf, from, services, unknownServices, samplesAfterAsOf };
}

/** The error budget of one service (§12.5), measured by `meter` (default: `measureBudget`). */
export function serviceBudget(options: {
  readonly model: CompiledModel;
  readonly service: Service;
  readonly series: SliSeries | undefined;
  readonly asOf: EpochSeconds;
  readonly calendar: BudgetCalendar;
  readonly meter?: BudgetMeter | undefined;
}): ServiceBudget {
  const { model, service, series, asOf, calendar } = options;
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
  const length = rollingSeconds(window);
  const measured = (options.meter ?? measureBudget)({
    series,
    objective,
    periods: calendar.periodsOf(window),
    current:
      length === undefined
        ? null
        : {
            label: `last ${window}`,
            start: epochSeconds(asOf - length),
            end: asOf,
            complete: true,
          },
  });
  return {
    ...base,
    target,
    objective,
    periods: measured.periods,
    current: measured.current,
    notes,
  };
}
