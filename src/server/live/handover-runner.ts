import type { RunModelEventRecord, StoreDb } from '../../store/index.ts';
import type { ModelCache } from '../revisions/model-cache.ts';
import { evaluateHandovers } from './evaluate-handovers.ts';

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
 * change once.
 */
export function startHandoverRunner(options: HandoverRunnerOptions): HandoverRunner {
  let queue: Promise<unknown> = Promise.resolve();
  const evaluate = (): Promise<RunModelEventRecord[]> => {
    const next = queue.then(async () => {
      const revision = await options.models.latest();
      if (!revision) return [];
      const changes = await evaluateHandovers({
        db: options.db,
        revision,
        now: options.now(),
        horizonDays: options.horizonDays,
        webhooks: options.webhooks,
      });
      if (changes.length > 0) options.onChanges(changes);
      return changes;
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
