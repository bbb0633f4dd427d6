import { createSliCollector, type SliSeries } from '../../engine/budgets/index.ts';
import type { Incident } from '../../engine/incidents/index.ts';
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
  const from = new Date(options.now.getTime() - options.horizonDays * 86_400_000).toISOString();
  const [samples, incidents] = await Promise.all([
    listSliSamples({ db: options.db, service: options.service, from }),
    listIncidents({ db: options.db, service: options.service, from }),
  ]);
  const collector = createSliCollector();
  for (const s of samples) collector.add(s.service, seconds(s.timestamp), s.good, s.total);
  return {
    series: collector.finish(),
    incidents: incidents.map((i) => ({
      id: i.id,
      service: i.service,
      startedAt: seconds(i.startedAt),
      detectedAt: i.detectedAt === null ? null : seconds(i.detectedAt),
      resolvedAt: i.resolvedAt === null ? null : seconds(i.resolvedAt),
      customerVisible: i.customerVisible,
      budgetConsumed: i.budgetConsumed,
    })),
  };
}

/** Epoch seconds of a stored ISO timestamp, as the engine counts time. */
export function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
