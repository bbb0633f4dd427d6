import type { CompiledModel, EpochSeconds, Service } from '../../model/index.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { firstSampleAfter } from '../budgets/sample-span.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import { type AlertRule, WORKBOOK_ALERT_RULES } from './alert-rules.ts';
import { alertRulesOf } from './alert-rules-of.ts';
import { type AlertFiring, firingsOf } from './burn-rate-alerts.ts';
import { type SeriesScan, scanSeries } from './scan-series.ts';
import { type ScanScratch, scanScratch } from './sum-stretch.ts';

export interface ServiceAlerts {
  readonly name: string;
  readonly target: number | null;
  /** Where the rules come from: the service's policy, or the workbook's defaults. */
  readonly rules: string;
  readonly firings: readonly AlertFiring[];
  readonly notes: readonly string[];
}

export interface AlertReport {
  readonly asOf: EpochSeconds;
  /** The rules used where a policy sets none. */
  readonly defaultRules: readonly AlertRule[];
  readonly services: readonly ServiceAlerts[];
  readonly unknownServices: readonly string[];
}

/**
 * Burn-rate alert firings for every service of the model that has a target and samples, with
 * the alerts its error budget policy configures (`burnRateAlerts`), else `defaultRules` (the
 * workbook's four).
 */
export function serviceAlerts(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: EpochSeconds;
  readonly defaultRules?: readonly AlertRule[] | undefined;
}): AlertReport {
  const { model, series, asOf } = options;
  const defaultRules = options.defaultRules ?? WORKBOOK_ALERT_RULES;
  // One scratch for the pass: each service's scan reuses the prefix sums of the one before.
  const scratch = scanScratch();
  const services = [...model.services.values()].map((service) =>
    serviceAlert({ model, service, series: series.get(service.name), asOf, defaultRules, scratch }),
  );
  return alertReport({ series, asOf, defaultRules, services, model });
}

/** The report around the alerts of the model's services: services in the data but not the model. */
export function alertReport(options: {
  readonly model: CompiledModel;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly asOf: EpochSeconds;
  readonly defaultRules: readonly AlertRule[];
  readonly services: readonly ServiceAlerts[];
}): AlertReport {
  const { model, series, asOf, defaultRules, services } = options;
  const unknownServices = [...series.keys()].filter((name) => !model.services.has(name));
  return { asOf, defaultRules, services, unknownServices };
}

/**
 * The burn-rate alert firings of one service. `scan` is the scan of `series` up to `asOf` when
 * the caller has made it already (for its budgets); otherwise the series is scanned here.
 */
export function serviceAlert(options: {
  readonly model: CompiledModel;
  readonly service: Service;
  readonly series: SliSeries | undefined;
  readonly asOf: EpochSeconds;
  readonly defaultRules: readonly AlertRule[];
  readonly scan?: SeriesScan | undefined;
  /** Where to scan when no scan is given (`scanSeries`): one per pass over many services. */
  readonly scratch?: ScanScratch | undefined;
}): ServiceAlerts {
  const { model, service, series: samples, asOf, defaultRules } = options;
  const { rules, source } = alertRulesOf(model, service, defaultRules);
  const base = { name: service.name, rules: source };
  const target = service.spec.availabilityTarget;
  if (target === undefined) {
    return {
      ...base,
      target: null,
      firings: [],
      notes: ['no availabilityTarget: burn rates need an objective'],
    };
  }
  if (!samples || samples.length === 0) {
    return { ...base, target, firings: [], notes: ['no SLI samples'] };
  }
  const objective = objectiveOf(target);
  const scan =
    options.scan ??
    scanSeries(samples, { n: firstSampleAfter(samples, asOf), scratch: options.scratch });
  const step = scan.step;
  const narrow = rules.filter((r) => Math.min(r.longWindow, r.shortWindow ?? r.longWindow) < step);
  return {
    ...base,
    target,
    firings: firingsOf({ series: samples, scan, objective, rules, asOf }),
    notes:
      narrow.length === 0
        ? []
        : [
            `samples come every ${step / 60} minutes: windows of ${narrow.map((r) => r.name).join(', ')} narrower than that are evaluated over one sample interval`,
          ],
  };
}
