import { serviceBudgets } from '../../engine/budgets/index.ts';
import { runModelRotations, runningTeams } from '../../engine/routing/index.ts';
import type { RunModel } from '../../model/index.ts';
import { dateOfSeconds, epochSecondsOf } from '../../model/index.ts';
import { getLatestSliSampleTime, listSliPulls } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { type SliStatus, sliStatus } from '../prometheus/sli-status.ts';
import { currentRunModels } from './current-run-models.ts';
import { currentWindowStart } from './current-window-start.ts';
import { horizonStart, loadSliSeries } from './load-live-data.ts';

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
  readonly errorBudget: {
    /** Share of the current window's error budget left: 1 untouched, 0 spent, below 0 overspent. */
    readonly remaining: number | null;
    /** Bad events the current window still allows (negative when overspent). */
    readonly remainingEvents: number | null;
    readonly window: string;
    readonly status: 'within' | 'depleted' | 'no-data' | 'no-target';
  };
  /** Where its SLI comes from and since when there is no data, when there is none. */
  readonly sli: SliStatus;
}

/** Puts together who runs a service now, who is on call for it and its error budget. */
export async function serviceRunner(context: ServerContext, name: string): Promise<ServiceRunner> {
  const revision = await context.models.at();
  const { model } = revision;
  const service = model.services.get(name);
  if (!service) throw notFound(`service ${name}`);
  const db = context.store.db;
  const now = context.now();
  const state = await currentRunModels(db, model);
  const current = state.runModel(name);
  const latest = state.latestEvent(name);

  const onCallAt = context.onCallAt(revision, now);
  const rotations = [
    ...runModelRotations(model, service, current).map((r) => r.rotation),
    ...model.index.rotationsCovering(name).filter((r) => r.spec.type === 'thin-layer'),
  ];
  const onCall: { rotation: string; person: string }[] = [];
  const offDuty: string[] = [];
  for (const rotation of rotations) {
    const person = onCallAt(rotation);
    if (person) onCall.push({ rotation: rotation.name, person });
    else offDuty.push(rotation.name);
  }

  // Only the current window's samples: the answer depends on no other, and reading the whole
  // live horizon (400 days of hourly samples) on every request made it ten times slower.
  const asOf = epochSecondsOf(now);
  const horizon = horizonStart(now, context.config.liveHorizonDays);
  const windowStart = dateOfSeconds(currentWindowStart(model, service, asOf));
  const series = await loadSliSeries({
    db,
    service: name,
    from: windowStart > horizon ? windowStart : horizon,
  });
  const budget = serviceBudgets({ model, series, asOf }).services.find((b) => b.name === name);
  const [pull, latestSample] = await Promise.all([
    listSliPulls({ db, service: name }).then((p) => p[0]),
    getLatestSliSampleTime({ db, service: name }),
  ]);
  const pulling = context.config.sliPull;
  const window = budget?.current;
  return {
    service: name,
    revision: revision.revision,
    agreedRunModel: service.spec.runModel,
    currentRunModel: current,
    since: latest && latest.to === current ? { at: latest.at, reason: latest.reason } : null,
    teams: runningTeams(model, service, current),
    onCall,
    offDuty,
    errorBudget: {
      remaining:
        window?.consumedShare === null || window?.consumedShare === undefined
          ? null
          : 1 - window.consumedShare,
      remainingEvents: window && window.status !== 'no-data' ? window.remaining : null,
      window: budget?.window ?? 'none',
      status: budget?.objective ? (window?.status ?? 'no-data') : 'no-target',
    },
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
