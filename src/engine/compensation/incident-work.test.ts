import { describe, expect, it } from 'vitest';
import { epochMillis, epochSeconds } from '../../model/index.ts';
import { type IncidentWork, incidentWorkInterval } from './incident-work.ts';
import type { TimeInterval } from './intervals.ts';

describe('incidentWorkInterval', () => {
  const incident: IncidentWork = {
    id: 'INC-1',
    service: 'api',
    startedAt: epochSeconds(1_773_900_000),
    detectedAt: epochSeconds(1_773_900_600),
    resolvedAt: epochSeconds(1_773_904_200),
  };

  it('works from detection to resolution, in epoch milliseconds', () => {
    expect(incidentWorkInterval(incident)).toEqual({
      startMs: 1_773_900_600_000,
      endMs: 1_773_904_200_000,
    });
    expect(incidentWorkInterval({ ...incident, resolvedAt: null })).toBeUndefined();
  });

  it('takes incident times in seconds and work in milliseconds, nothing else (checked by tsc)', () => {
    // @ts-expect-error milliseconds are not the incident's seconds
    const millis: IncidentWork = { ...incident, resolvedAt: epochMillis(1_773_904_200_000) };
    // @ts-expect-error a bare number has no unit
    const bare: TimeInterval = { startMs: 0, endMs: epochMillis(1) };
    // Brands are for the compiler only: at run time the times are plain numbers.
    expect([millis.resolvedAt, bare.startMs]).toEqual([1_773_904_200_000, 0]);
  });
});
