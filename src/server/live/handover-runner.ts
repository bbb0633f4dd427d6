import type { DurationMillis } from '../../model/concepts/time-units.ts';
import type { RunModelEventRecord, StoreDb } from '../../store/index.ts';
import type { ModelCache } from '../revisions/model-cache.ts';
import { evaluateHandovers } from './evaluate-handovers.ts';
import { horizonDay, type SliDayState } from './sli-day-state.ts';

export interface HandoverRunner {
  /** Runs the handover engine now; calls queue behind one another. */
  readonly evaluate: () => Promise<RunModelEventRecord[]>;
  readonly stop: () => Promise<void>;
}

export interface HandoverRunnerOptions {
  readonly db: StoreDb;
  readonly models: ModelCache;
  readonly now: () => Date;
  readonly horizonDays: number;
  /** The SLI day sums, shared with the runner route; the runner refreshes them on each run. */
  readonly days: SliDayState;
  readonly webhooks: readonly string[];
  /** 0 runs only on demand (after ingest); otherwise also on this clock tick. */
  readonly tickIntervalMs: DurationMillis;
  /** Called after changes were recorded, e.g. to send the webhooks. */
  readonly onChanges: (changes: readonly RunModelEventRecord[]) => void;
  readonly log: { warn: (object: object, message: string) => void };
}

/**
 * Runs the handover engine on ingest and on a clock tick (budget periods end with time, not
 * only with data). Runs never overlap within a server; across servers the store keeps each
 * change once. The SLI day sums are kept in memory and refreshed with what changed; a run
 * decides again only for the services whose days changed, or for every service when what all
 * decisions rest on moved: a new revision, a new UTC day (periods end and the horizon moves at
 * midnight), or a new first day of data (which fixes where the periods start).
 */
export function startHandoverRunner(options: HandoverRunnerOptions): HandoverRunner {
  const { days } = options;
  let queue: Promise<unknown> = Promise.resolve();
  // What the last successful run decided under; undefined: decide for every service.
  let last: { revision: number; day: number; first: number | null } | undefined;
  const pending = new Set<string>();
  // Whoever refreshed the day sums (this runner or a request), their changes are decided here.
  days.subscribe((services) => {
    for (const service of services) pending.add(service);
  });
  const evaluate = (): Promise<RunModelEventRecord[]> => {
    const next = queue.then(async () => {
      const revision = await options.models.latest();
      if (!revision) return [];
      const now = options.now();
      try {
        await days.refresh(horizonDay(now, options.horizonDays));
        const day = Math.floor(now.getTime() / 86_400_000);
        const first = days.firstDay();
        const all =
          last === undefined ||
          last.revision !== revision.revision ||
          last.day !== day ||
          last.first !== first;
        // Services changed by a refresh made while this run decides wait for the next run.
        const services = all ? [...revision.model.services.keys()] : [...pending];
        pending.clear();
        const changes = await evaluateHandovers({
          db: options.db,
          revision,
          now,
          days,
          services,
          webhooks: options.webhooks,
        });
        last = { revision: revision.revision, day, first };
        if (changes.length > 0) options.onChanges(changes);
        return changes;
      } catch (error) {
        // Whatever was not decided is decided on the next run, for every service.
        last = undefined;
        throw error;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const timer =
    options.tickIntervalMs > 0
      ? setInterval(() => {
          evaluate().catch((error: unknown) =>
            options.log.warn({ err: error }, 'handover tick failed'),
          );
        }, options.tickIntervalMs)
      : undefined;
  timer?.unref();
  return {
    evaluate,
    stop: async () => {
      if (timer) clearInterval(timer);
      await queue;
    },
  };
}
