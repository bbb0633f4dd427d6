import { budgetCalendar, serviceBudget } from '../../engine/budgets/index.ts';
import {
  type TierBasis,
  tierOfService,
  tierThresholds,
} from '../../engine/spectrum/availability-tier.ts';
import {
  type CompiledModel,
  dateOfSeconds,
  epochSecondsOf,
  type RunModel,
  type Service,
  serviceDomain,
} from '../../model/index.ts';
import type { StoreDb } from '../../store/index.ts';
import { currentRunModels } from '../live/current-run-models.ts';
import { currentWindowStart } from '../live/current-window-start.ts';
import { type ErrorBudgetNow, errorBudgetNow } from '../live/error-budget-now.ts';
import { horizonStart, loadSliSeries } from '../live/load-live-data.ts';
import { serviceOnCall } from '../live/on-call-for-service.ts';
import type { OnCallAt } from '../live/on-call-now.ts';

/** One service as the console lists it: where it sits, who runs it now, its budget now. */
export interface ServiceNow {
  readonly name: string;
  readonly organization: string | null;
  readonly productLine: string | null;
  readonly domain: string | null;
  readonly team: string;
  readonly sreTeams: readonly string[];
  /** The tier it is run by (`tierOfService`) and where it comes from. */
  readonly tier: 'high' | 'medium' | 'low';
  readonly tierBasis: TierBasis;
  readonly availabilityTarget: number | null;
  readonly agreedRunModel: RunModel;
  readonly currentRunModel: RunModel;
  /** When and why the current run model began; null while the agreed one has always held. */
  readonly since: { readonly at: string; readonly reason: string } | null;
  readonly onCall: readonly { readonly rotation: string; readonly person: string }[];
  readonly offDuty: readonly string[];
  readonly errorBudget: ErrorBudgetNow;
}

/**
 * Every service of a model with who runs it and its error budget now, from one read of the
 * samples of the longest current window: the runner's answer for all services at once.
 */
export async function servicesNow(options: {
  readonly db: StoreDb;
  readonly model: CompiledModel;
  readonly now: Date;
  readonly horizonDays: number;
  readonly onCallAt: OnCallAt;
  /** Only this service (its samples alone are read). */
  readonly only?: Service | undefined;
}): Promise<ServiceNow[]> {
  const { db, model, now, only } = options;
  const asOf = epochSecondsOf(now);
  const services = only ? [only] : [...model.services.values()];
  let earliest = asOf;
  for (const service of services) {
    const start = currentWindowStart(model, service, asOf);
    if (start < earliest) earliest = start;
  }
  const horizon = horizonStart(now, options.horizonDays);
  const from = dateOfSeconds(earliest);
  const [state, series] = await Promise.all([
    currentRunModels(db, model),
    loadSliSeries({
      db,
      service: only?.name,
      from: new Date(Math.max(from.getTime(), horizon.getTime())),
    }),
  ]);
  const calendar = budgetCalendar(series, asOf);
  const budgets = new Map(
    services.map((service) => [
      service.name,
      serviceBudget({ model, service, series: series.get(service.name), asOf, calendar }),
    ]),
  );
  const thresholds = tierThresholds(model);
  return services.map((service) => {
    const current = state.runModel(service.name);
    const latest = state.latestEvent(service.name);
    const { tier, basis } = tierOfService(service, thresholds);
    return {
      ...placeOf(model, service),
      tier,
      tierBasis: basis,
      availabilityTarget: service.spec.availabilityTarget ?? null,
      agreedRunModel: service.spec.runModel,
      currentRunModel: current,
      since: latest && latest.to === current ? { at: latest.at, reason: latest.reason } : null,
      ...serviceOnCall({ model, service, runModel: current, onCallAt: options.onCallAt }),
      errorBudget: errorBudgetNow(budgets.get(service.name)),
    };
  });
}

/** Where a service sits: its owner team's organization, its product line, domain and SRE teams. */
function placeOf(model: CompiledModel, service: Service) {
  const team = model.teams.get(service.spec.owner);
  return {
    name: service.name,
    organization: team?.spec.organization ?? null,
    productLine: service.spec.productLine ?? team?.spec.productLine ?? null,
    domain: serviceDomain(model, service) ?? null,
    team: service.spec.owner,
    sreTeams: model.index.sreTeamsOf(service.name),
  };
}
