import { DateTime } from 'luxon';
import type { IncidentWork } from './incident-work.ts';

/** One row of an incident export as text, before validation (DESIGN.md's incident columns). */
export interface IncidentRecord {
  /** 1-based line of the row in its file, for error messages. */
  readonly line: number;
  readonly fields: Readonly<Record<string, string | undefined>>;
}

export interface IncidentRecordProblem {
  readonly line: number;
  readonly column: string;
  readonly code: 'missing-field' | 'invalid-value' | 'unknown-reference';
  readonly message: string;
}

export const INCIDENT_COLUMNS = ['id', 'service', 'startedAt', 'resolvedAt'] as const;

/** ISO 8601 with an explicit offset: a time without a zone could be anyone's local time. */
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Validates incident rows into incidents: `id`, `service` (a Service of the model),
 * `startedAt` and `resolvedAt` (ISO 8601 with offset, or empty for an open incident),
 * optional `detectedAt` between them. Every problem in every row comes back at once.
 */
export function readIncidentRecords(
  records: readonly IncidentRecord[],
  services: ReadonlySet<string>,
): {
  readonly incidents: readonly IncidentWork[];
  readonly problems: readonly IncidentRecordProblem[];
} {
  const incidents: IncidentWork[] = [];
  const problems: IncidentRecordProblem[] = [];
  for (const { line, fields } of records) {
    const before = problems.length;
    const problem = (column: string, code: IncidentRecordProblem['code'], message: string) =>
      problems.push({ line, column, code, message });
    const required = (column: string): string | undefined => {
      const value = fields[column]?.trim();
      if (!value) problem(column, 'missing-field', `expected a value for ${column}`);
      return value || undefined;
    };
    const time = (column: string, value: string | undefined): number | null => {
      if (!value) return null;
      const parsed = DateTime.fromISO(value, { setZone: true });
      if (!ZONED.test(value) || !parsed.isValid) {
        problem(
          column,
          'invalid-value',
          `expected an ISO 8601 time with offset like 2026-03-14T10:00:00Z, found "${value}"`,
        );
        return null;
      }
      return parsed.toSeconds();
    };
    const id = required('id');
    const service = required('service');
    if (service && !services.has(service)) {
      problem(
        'service',
        'unknown-reference',
        `expected the name of a Service, found "${service}", which is not defined`,
      );
    }
    const startedAt = time('startedAt', required('startedAt'));
    const detectedAt = time('detectedAt', fields.detectedAt?.trim());
    const resolvedAt = time('resolvedAt', fields.resolvedAt?.trim());
    if (startedAt !== null && resolvedAt !== null && resolvedAt < startedAt) {
      problem('resolvedAt', 'invalid-value', 'expected resolvedAt to be at or after startedAt');
    }
    if (detectedAt !== null && startedAt !== null && detectedAt < startedAt) {
      problem('detectedAt', 'invalid-value', 'expected detectedAt to be at or after startedAt');
    }
    if (problems.length === before && id && service && startedAt !== null) {
      incidents.push({ id, service, startedAt, detectedAt, resolvedAt });
    }
  }
  return { incidents, problems };
}
