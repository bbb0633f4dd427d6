import type { CompiledModel, EpochSeconds } from '../../model/index.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';
import { periodBudgetOf } from '../budgets/period-budgets.ts';
import { firstSampleAfter, samplesOfStretch } from '../budgets/sample-span.ts';
import {
  type BudgetMeter,
  type BudgetReport,
  budgetCalendar,
  budgetReport,
  measureBudget,
  type ServiceBudget,
  serviceBudget,
} from '../budgets/service-budgets.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import { type AlertRule, WORKBOOK_ALERT_RULES } from './alert-rules.ts';
import { type SeriesScan, scanSeries } from './scan-series.ts';
import {
  type AlertReport,
  alertReport,
  type ServiceAlerts,
  serviceAlert,
} from './service-alerts.ts';
import { scanScratch } from './sum-stretch.ts';

export interface BudgetsAndAlerts {
  readonly budgets: BudgetReport;
  readonly alerts: AlertReport;
}

/**
 * The error budgets (`serviceBudgets`, §12.5) and the burn-rate alert firings (`serviceAlerts`)
 * of every service, the same reports as the two functions give, from one read of each series:
 * a single pass sums each budget period and makes the prefix sums every alert window is
 * computed from. What a report on budgets and alerts for many services should call.
 */
export function serviceBudgetsAndAlerts(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: EpochSeconds;
  readonly defaultRules?: readonly AlertRule[] | undefined;
}): BudgetsAndAlerts {
  const { model, series, asOf } = options;
  const defaultRules = options.defaultRules ?? WORKBOOK_ALERT_RULES;
  const calendar = budgetCalendar(series, asOf);
  // The scan the meter made for the current service, for its alerts right after (before the
  // next service's scan reuses the scratch's prefix sums).
  const made: { scan: SeriesScan | undefined } = { scan: undefined };
  const scratch = scanScratch();
  const meter: BudgetMeter = (measure) => {
    const { series: samples, objective, periods, current } = measure;
    if (!samples || samples.length === 0) return measureBudget(measure);
    const ranges = new Int32Array(2 * periods.length);
    periods.forEach((period, k) => {
      const { begin, end } = samplesOfStretch(samples, period.start, period.end);
      ranges[2 * k] = begin;
      ranges[2 * k + 1] = end;
    });
    const n = firstSampleAfter(samples, asOf);
    const window = current ? samplesOfStretch(samples, current.start, current.end) : undefined;
    const scan = scanSeries(samples, { n, ranges, window, scratch });
    made.scan = scan;
    const measured = periods.map((period, k) =>
      periodBudgetOf({
        period,
        series: samples,
        begin: ranges[2 * k] as number,
        end: ranges[2 * k + 1] as number,
        total: scan.rangeTotal[k] as number,
        good: scan.rangeGood[k] as number,
        objective,
      }),
    );
    const last: PeriodBudget | null = measured.at(-1) ?? null;
    return {
      periods: measured,
      current:
        current && window
          ? periodBudgetOf({
              period: current,
              series: samples,
              ...window,
              total: scan.windowTotal,
              good: scan.windowGood,
              objective,
            })
          : last,
    };
  };
  const budgets: ServiceBudget[] = [];
  const alerts: ServiceAlerts[] = [];
  for (const service of model.services.values()) {
    const samples = series.get(service.name);
    made.scan = undefined;
    budgets.push(serviceBudget({ model, service, series: samples, asOf, calendar, meter }));
    alerts.push(
      serviceAlert({ model, service, series: samples, asOf, defaultRules, scan: made.scan }),
    );
  }
  return {
    budgets: budgetReport({ model, series, asOf, from: calendar.from, services: budgets }),
    alerts: alertReport({ model, series, asOf, defaultRules, services: alerts }),
  };
}
