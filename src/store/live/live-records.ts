/** One SLI measurement: of `total` events in the interval ending at `timestamp`, `good` were good. */
export interface SliSampleRecord {
  readonly service: string;
  readonly timestamp: string;
  readonly good: number;
  readonly total: number;
}

/** An incident as reported; `resolvedAt` is null while it is open. */
export interface IncidentRecord {
  readonly id: string;
  readonly service: string;
  readonly startedAt: string;
  readonly detectedAt: string | null;
  readonly resolvedAt: string | null;
  readonly customerVisible: boolean;
  /** Share of the period's error budget consumed, when the reporter knows it. */
  readonly budgetConsumed: number | null;
}

/** A change of who runs a service, with why. */
export interface RunModelEventRecord {
  readonly id: number;
  readonly service: string;
  readonly sequence: number;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly at: string;
  readonly revisionId: number | null;
}

/** Rows per INSERT: stays under SQLite's bound-parameter limit with room to spare. */
export const BATCH_ROWS = 500;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
