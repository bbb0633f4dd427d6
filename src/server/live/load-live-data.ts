import { createSliCollector, type SliSeries } from '../../engine/budgets/index.ts';
import type { Incident } from '../../engine/incidents/index.ts';
import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { listIncidents, listSliSamples, type StoreDb } from '../../store/index.ts';

/** What the budget and handover engines run over, read from the store. */
export interface LiveData {
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly incidents: readonly Incident[];
}

/**
 * Reads SLI samples and incidents of the last `horizonDays` before `now`. Budget periods are
 * anchored to fixed instants, not to the first sample, so a moving horizon does not shift them.
 */
export async function loadLiveData(options: {
  readonly db: StoreDb;
  readonly now: Date;
  readonly horizonDays: number;
  readonly service?: string | undefined;
}): Promise<LiveData> {
  const from = horizonStart(options.now, options.horizonDays);
  const [series, incidents] = await Promise.all([
    loadSliSeries({ db: options.db, service: options.service, from }),
    loadIncidents({ db: options.db, service: options.service, from }),
  ]);
  return { series, incidents };
}

/** The incidents that started from `from` on (of one service, or all), as the engines read them. */
export async function loadIncidents(options: {
  readonly db: StoreDb;
  readonly from: Date;
  readonly service?: string | undefined;
}): Promise<Incident[]> {
  const incidents = await listIncidents({
    db: options.db,
    service: options.service,
    from: options.from.toISOString(),
  });
  return incidents.map((i) => ({
    id: i.id,
    service: i.service,
    startedAt: seconds(i.startedAt),
    detectedAt: i.detectedAt === null ? null : seconds(i.detectedAt),
    resolvedAt: i.resolvedAt === null ? null : seconds(i.resolvedAt),
    customerVisible: i.customerVisible,
    budgetConsumed: i.budgetConsumed,
  }));
}

/** The oldest instant the budget and handover engines look at: `horizonDays` before `now`. */
export function horizonStart(now: Date, horizonDays: number): Date {
  return new Date(now.getTime() - horizonDays * 86_400_000);
}

/**
 * The SLI samples that count time from `from` on (of one service, or all), as the engine's
 * series: those after `from` (a sample at t counts (previous, t]: engine/budgets/sample-span.ts).
 */
export async function loadSliSeries(options: {
  readonly db: StoreDb;
  readonly from: Date;
  readonly service?: string | undefined;
}): Promise<ReadonlyMap<string, SliSeries>> {
  const samples = await listSliSamples({
    db: options.db,
    service: options.service,
    from: new Date(options.from.getTime() + 1000).toISOString(),
  });
  const collector = createSliCollector();
  for (const s of samples) collector.add(s.service, seconds(s.timestamp), s.good, s.total);
  return collector.finish();
}

/** Epoch seconds of a stored ISO timestamp, as the engine counts time. */
export function seconds(iso: string): EpochSeconds {
  return epochSeconds(Math.floor(Date.parse(iso) / 1000));
}
