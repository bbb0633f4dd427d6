import type { Model } from '../../model/index.ts';
import { objectiveOf } from '../budgets/objective.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { AlertRule } from './alert-rules.ts';
import { type AlertFiring, burnRateAlerts } from './burn-rate-alerts.ts';

export interface ServiceAlerts {
  readonly name: string;
  readonly target: number | null;
  readonly firings: readonly AlertFiring[];
  readonly notes: readonly string[];
}

export interface AlertReport {
  readonly asOf: number;
  readonly rules: readonly AlertRule[];
  readonly services: readonly ServiceAlerts[];
  readonly unknownServices: readonly string[];
}

/** Burn-rate alert firings for every service of the model that has a target and samples. */
export function serviceAlerts(options: {
  readonly model: Model;
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly rules: readonly AlertRule[];
  readonly asOf: number;
}): AlertReport {
  const { model, series, rules, asOf } = options;
  const services = [...model.services.values()].map((service): ServiceAlerts => {
    const target = service.spec.availabilityTarget;
    const samples = series.get(service.name);
    if (target === undefined) {
      return {
        name: service.name,
        target: null,
        firings: [],
        notes: ['no availabilityTarget: burn rates need an objective'],
      };
    }
    if (!samples || samples.length === 0) {
      return { name: service.name, target, firings: [], notes: ['no SLI samples'] };
    }
    const objective = objectiveOf(target);
    return {
      name: service.name,
      target,
      firings: burnRateAlerts({ series: samples, objective, rules, asOf }),
      notes: [],
    };
  });
  const unknownServices = [...series.keys()].filter((name) => !model.services.has(name));
  return { asOf, rules, services, unknownServices };
}
