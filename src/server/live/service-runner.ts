import { runningTeams } from '../../engine/routing/index.ts';
import type { RunModel } from '../../model/index.ts';
import { epochSecondsOf } from '../../model/index.ts';
import { getLatestSliSampleTime, listSliPulls, type StoreVersions } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { type SliStatus, sliStatus } from '../prometheus/sli-status.ts';
import type { ErrorBudgetNow } from './error-budget-now.ts';
import { horizonStart } from './load-live-data.ts';
import { serviceOnCall } from './on-call-for-service.ts';
import { horizonDay } from './sli-day-state.ts';

/** Who runs a service right now: the answer of `GET /api/v1/services/{name}/runner`. */
export interface ServiceRunner {
  readonly service: string;
  readonly revision: number;
  readonly agreedRunModel: RunModel;
  readonly currentRunModel: RunModel;
  /** When and why the current run model began; null while the agreed one has always held. */
  readonly since: { readonly at: string; readonly reason: string } | null;
  /** The teams that run it under the current run model (§12.2–§12.5). */
  readonly teams: readonly string[];
  /** Who is on call now, on the rotation that gets its alerts first. */
  readonly onCall: readonly { readonly rotation: string; readonly person: string }[];
  /** Rotations that cover the service but have nobody on duty now (8x5, 8x7 outside hours). */
  readonly offDuty: readonly string[];
  readonly errorBudget: ErrorBudgetNow;
  /** Where its SLI comes from and since when there is no data, when there is none. */
  readonly sli: SliStatus;
}

/**
 * Puts together who runs a service now, who is on call for it and its error budget. One query
 * reads the store's versions (or the request's authentication read them); what is derived from the live state is kept under them
 * (`LiveCache`), so a request reads nothing else while no revision or live data arrives.
 */
export async function serviceRunner(
  context: ServerContext,
  name: string,
  /** The store's versions when the request's authentication already read them. */
  known?: StoreVersions,
  /** The instant to answer for; now by default. */
  at?: Date,
): Promise<ServiceRunner> {
  const versions = known ?? (await context.live.versions());
  const revision = await context.models.at(undefined, versions.revision);
  const { model } = revision;
  const service = model.services.get(name);
  if (!service) throw notFound(`service ${name}`);
  const db = context.store.db;
  const now = at ?? context.now();
  const state = await context.live.runState(versions, model);
  const current = state.runModel(name);
  const latest = state.latestEvent(name);

  const { onCall, offDuty } = serviceOnCall({
    model,
    service,
    runModel: current,
    onCallAt: await context.onCallAt(revision, now, versions),
  });

  // The day sums are refreshed only when the live version moved; the budget is summed from them.
  await context.live.days.refreshTo(versions.live, horizonDay(now, context.config.liveHorizonDays));
  const errorBudget = await context.live.budgets.of({
    model,
    service,
    asOf: epochSecondsOf(now),
    horizon: horizonStart(now, context.config.liveHorizonDays).getTime() / 1000,
  });
  const [pull, latestSample] = await context.live.remember(versions, `runner-sli ${name}`, () =>
    Promise.all([
      listSliPulls({ db, service: name }).then((p) => p[0]),
      getLatestSliSampleTime({ db, service: name }),
    ]),
  );
  const pulling = context.config.sliPull;
  return {
    service: name,
    revision: revision.revision,
    agreedRunModel: service.spec.runModel,
    currentRunModel: current,
    since: latest && latest.to === current ? { at: latest.at, reason: latest.reason } : null,
    teams: runningTeams(model, service, current),
    onCall,
    offDuty,
    errorBudget,
    sli: sliStatus({
      hasQueries: service.spec.sli !== undefined,
      pulling: pulling !== undefined,
      pull,
      latestSample,
      // Three steps without a sample is no longer a late scrape.
      staleAfterSeconds: 3 * (pulling?.stepSeconds ?? 0) + (pulling?.intervalMs ?? 0) / 1000,
    }),
  };
}
