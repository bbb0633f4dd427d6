import { type EpochSeconds, millisOfSeconds } from '../../model/index.ts';
import type { TimeInterval } from './intervals.ts';

/**
 * The fields of an incident (src/engine/incidents, DESIGN.md's CSV columns) that compensation
 * needs. Times are epoch seconds.
 */
export interface IncidentWork {
  readonly id: string;
  readonly service: string;
  readonly startedAt: EpochSeconds;
  readonly detectedAt: EpochSeconds | null;
  readonly resolvedAt: EpochSeconds | null;
}

/**
 * The time people worked on an incident: from detection (else its start) to resolution.
 * Nobody works an incident before it is detected. Undefined while it is still open.
 */
export function incidentWorkInterval(incident: IncidentWork): TimeInterval | undefined {
  if (incident.resolvedAt === null) return undefined;
  const from = incident.detectedAt ?? incident.startedAt;
  if (incident.resolvedAt <= from) return undefined;
  return { startMs: millisOfSeconds(from), endMs: millisOfSeconds(incident.resolvedAt) };
}
