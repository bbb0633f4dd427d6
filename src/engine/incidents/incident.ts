import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
/**
 * An incident as whorunsit reads it from CSV or JSON (DESIGN.md: `id, service, startedAt,
 * detectedAt, resolvedAt, customerVisible`, optionally `budgetConsumed`). Times are epoch
 * seconds (UTC).
 */
export interface Incident {
  readonly id: string;
  readonly service: string;
  readonly startedAt: EpochSeconds;
  /** Null when the export does not say. */
  readonly detectedAt: EpochSeconds | null;
  /** Null while the incident is still open. */
  readonly resolvedAt: EpochSeconds | null;
  readonly customerVisible: boolean;
  /** The share of the period's error budget it consumed as the source states it (1 = all). */
  readonly budgetConsumed: number | null;
}

/** When the incident ended, or `asOf` for one still open. */
export function incidentEnd(incident: Incident, asOf: EpochSeconds): EpochSeconds {
  return incident.resolvedAt ?? epochSeconds(Math.max(asOf, incident.startedAt));
}

/** Incidents grouped by service, each group in order of start (then id). */
export function incidentsByService(
  incidents: readonly Incident[],
): ReadonlyMap<string, readonly Incident[]> {
  const out = new Map<string, Incident[]>();
  for (const incident of [...incidents].sort(compareIncidents)) {
    const list = out.get(incident.service);
    if (list) list.push(incident);
    else out.set(incident.service, [incident]);
  }
  return out;
}

/** By start, then id: the one order every report lists incidents in. */
export function compareIncidents(a: Incident, b: Incident): number {
  return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
