import type { DurationMillis } from '../../model/concepts/time-units.ts';
import {
  type DeletedData,
  deleteExpiredData,
  type ExpiryCutoffs,
  type StoreDb,
} from '../../store/index.ts';
import type { RetentionSettings } from '../config.ts';

export interface RetentionSweeper {
  /** Deletes what the settings no longer keep, now; runs queue behind one another. */
  readonly sweep: () => Promise<DeletedData>;
  readonly stop: () => Promise<void>;
}

export interface RetentionSweeperOptions {
  readonly db: StoreDb;
  readonly retention: RetentionSettings;
  readonly now: () => Date;
  /** 0: only when `sweep` is called; otherwise also soon after start and on this clock tick. */
  readonly intervalMs: DurationMillis;
  /** Called after rows were deleted, e.g. to tell the console. */
  readonly onDeleted: (deleted: DeletedData) => void;
  readonly log: { warn: (object: object, message: string) => void };
}

const DAY_MS = 86_400_000;

/** The instants before which each kind of data goes, at `now`. */
export function expiryCutoffs(retention: RetentionSettings, now: Date): ExpiryCutoffs {
  const before = (days: number | undefined) =>
    days === undefined ? undefined : new Date(now.getTime() - days * DAY_MS).toISOString();
  return {
    sliSamples: before(retention.sliSamplesDays),
    incidents: before(retention.incidentsDays),
    alerts: before(retention.alertsDays),
  };
}

/**
 * Deletes SLI samples, resolved incidents and finished alerts older than the retention settings,
 * soon after start and then on a clock tick. With no setting it does nothing: by default the
 * server keeps everything. Several servers on one database may sweep at once: deleting what is
 * already gone deletes nothing.
 */
export function startRetentionSweeper(options: RetentionSweeperOptions): RetentionSweeper {
  const empty: DeletedData = { sliSamples: 0, incidents: 0, alerts: 0 };
  const { retention } = options;
  const configured =
    retention.sliSamplesDays !== undefined ||
    retention.incidentsDays !== undefined ||
    retention.alertsDays !== undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const sweep = (): Promise<DeletedData> => {
    const next = queue.then(async () => {
      if (!configured) return empty;
      const deleted = await deleteExpiredData({
        db: options.db,
        before: expiryCutoffs(retention, options.now()),
      });
      if (deleted.sliSamples + deleted.incidents + deleted.alerts > 0) options.onDeleted(deleted);
      return deleted;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const background = () => {
    sweep().catch((error: unknown) =>
      options.log.warn({ err: error }, 'deleting data past its retention failed'),
    );
  };
  const active = configured && options.intervalMs > 0;
  const first = active ? setTimeout(background, Math.min(options.intervalMs, 10_000)) : undefined;
  first?.unref();
  const timer = active ? setInterval(background, options.intervalMs) : undefined;
  timer?.unref();
  return {
    sweep,
    stop: async () => {
      if (first) clearTimeout(first);
      if (timer) clearInterval(timer);
      await queue;
    },
  };
}
