import type { RunModelEventRecord, StoreDb } from '../../store/index.ts';
import type { ModelCache } from '../revisions/model-cache.ts';
import { evaluateHandovers } from './evaluate-handovers.ts';
import { createSliDayState, horizonDay } from './sli-day-state.ts';

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
  readonly webhooks: readonly string[];
  /** 0 runs only on demand (after ingest); otherwise also on this clock tick. */
  readonly tickIntervalMs: number;
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
  const days = createSliDayState(options.db);
  let queue: Promise<unknown> = Promise.resolve();
  // What the last successful run decided under; undefined: decide for every service.
  let last: { revision: number; day: number; first: number | null } | undefined;
  const pending = new Set<string>();
  const evaluate = (): Promise<RunModelEventRecord[]> => {
    const next = queue.then(async () => {
      const revision = await options.models.latest();
      if (!revision) return [];
      const now = options.now();
      try {
        for (const service of await days.refresh(horizonDay(now, options.horizonDays))) {
          pending.add(service);
        }
        const day = Math.floor(now.getTime() / 86_400_000);
        const first = days.firstDay();
        const all =
          last === undefined ||
          last.revision !== revision.revision ||
          last.day !== day ||
          last.first !== first;
        const changes = await evaluateHandovers({
          db: options.db,
          revision,
          now,
          days,
          services: all ? revision.model.services.keys() : pending,
          webhooks: options.webhooks,
        });
        pending.clear();
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
