import { compareIncidents, type Incident } from '../engine/incidents/incident.ts';
import { IncidentRecordSchema, type Problem } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { type DataRecord, dataProblem, readRecords } from './records/read-records.ts';
import { parseRecord } from './records/record-problems.ts';

/** Incident fields (DESIGN.md): `budgetConsumed` is optional, so is a CSV column for it. */
export const INCIDENT_FIELDS = [
  'id',
  'service',
  'startedAt',
  'detectedAt',
  'resolvedAt',
  'customerVisible',
] as const;

/**
 * Names real incident exports use for the fields (snake_case exports, PagerDuty's
 * `incident_number`, `created_on`, `resolved_on` and `service_name`, postmortem records'
 * `start_time` and `end_time`), read when the field's own name is absent.
 */
export const INCIDENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['incident_id', 'incident_number', 'incidentId', 'number', 'key'],
  service: ['service_name', 'serviceName', 'service_id'],
  startedAt: [
    'started_at',
    'start_time',
    'startTime',
    'start',
    'created_at',
    'created_on',
    'createdAt',
  ],
  detectedAt: ['detected_at', 'detection_time', 'detectedTime'],
  resolvedAt: [
    'resolved_at',
    'resolved_on',
    'end_time',
    'endTime',
    'end',
    'ended_at',
    'resolvedTime',
  ],
  customerVisible: ['customer_visible', 'customer_impact', 'customerImpact'],
  budgetConsumed: ['budget_consumed'],
};

export interface IncidentInput {
  readonly incidents: readonly Incident[];
  readonly problems: readonly Problem[];
}

/**
 * The one reader of incident files, CSV or JSON: `id, service, startedAt, detectedAt,
 * resolvedAt, customerVisible[, budgetConsumed]`, or the names of INCIDENT_ALIASES. `detectedAt`
 * and `resolvedAt` may be empty (not known; still open); other columns are ignored; times take
 * any ISO 8601 zone form. Each bad record is a located problem; none is dropped silently.
 * Importers of other incident exports map their records onto `parseIncidentRecord`.
 */
export async function readIncidents(path: string, io: CliIo): Promise<IncidentInput> {
  const incidents: Incident[] = [];
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  await readRecords(path, io, {
    fields: INCIDENT_FIELDS,
    aliases: INCIDENT_ALIASES,
    onProblem: (p) => problems.push(p),
    onRecord: (record) => {
      const parsed = parseIncidentRecord(record, path);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        return;
      }
      const seen = firstLine.get(parsed.incident.id);
      if (seen !== undefined) {
        problems.push(
          dataProblem({
            code: 'duplicate-name',
            file: path,
            line: record.line,
            column: record.column('id'),
            path: 'id',
            message: `expected a unique incident id, "${parsed.incident.id}" is also on line ${seen}`,
          }),
        );
        return;
      }
      firstLine.set(parsed.incident.id, record.line);
      incidents.push(parsed.incident);
    },
  });
  return { incidents: incidents.sort(compareIncidents), problems };
}

export type ParsedIncident =
  | { readonly ok: true; readonly incident: Incident }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * One incident from one record, or the problems that keep it from being one: read with the one
 * incident schema, which `POST /api/v1/incidents` uses too.
 */
export function parseIncidentRecord(record: DataRecord, file: string): ParsedIncident {
  const parsed = parseRecord({
    schema: IncidentRecordSchema,
    fields: INCIDENT_RECORD_FIELDS,
    record,
    file,
  });
  return parsed.ok ? { ok: true, incident: parsed.value } : parsed;
}

/** Every field the incident schema reads, the optional `budgetConsumed` included. */
const INCIDENT_RECORD_FIELDS = [...INCIDENT_FIELDS, 'budgetConsumed'] as const;
