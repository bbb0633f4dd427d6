import { describe, expect, it } from 'vitest';
import { readIncidentRecords } from './incident-records.ts';

const services = new Set(['api']);
const row = (fields: Record<string, string>, line = 2) => ({ line, fields });

describe('readIncidentRecords', () => {
  it('reads a complete row into an incident with epoch seconds', () => {
    const result = readIncidentRecords(
      [
        row({
          id: 'INC-1',
          service: 'api',
          startedAt: '2026-03-14T10:00:00Z',
          detectedAt: '2026-03-14T10:05:00+00:00',
          resolvedAt: '2026-03-14T12:00:00+01:00',
        }),
      ],
      services,
    );
    expect(result.problems).toEqual([]);
    expect(result.incidents).toEqual([
      {
        id: 'INC-1',
        service: 'api',
        startedAt: 1773482400,
        detectedAt: 1773482700,
        resolvedAt: 1773486000,
      },
    ]);
  });

  it('keeps an open incident with no resolution time', () => {
    const result = readIncidentRecords(
      [row({ id: 'x', service: 'api', startedAt: '2026-03-14T10:00:00Z', resolvedAt: '' })],
      services,
    );
    expect(result.incidents[0]?.resolvedAt).toBeNull();
  });

  it('reports every problem of a row with its line and column', () => {
    const result = readIncidentRecords(
      [row({ id: '', service: 'web', startedAt: '2026-03-14T10:00', resolvedAt: 'soon' }, 7)],
      services,
    );
    expect(result.incidents).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [7, 'id', 'missing-field'],
      [7, 'service', 'unknown-reference'],
      [7, 'startedAt', 'invalid-value'],
      [7, 'resolvedAt', 'invalid-value'],
    ]);
    expect(result.problems[2]?.message).toContain('with offset');
  });

  it('refuses resolution or detection before the start', () => {
    const result = readIncidentRecords(
      [
        row({
          id: 'x',
          service: 'api',
          startedAt: '2026-03-14T10:00:00Z',
          detectedAt: '2026-03-14T09:00:00Z',
          resolvedAt: '2026-03-14T08:00:00Z',
        }),
      ],
      services,
    );
    expect(result.problems.map((p) => p.column)).toEqual(['resolvedAt', 'detectedAt']);
  });
});
