import {
  type DurationMinutes,
  type DurationSeconds,
  durationMinutes,
  durationSeconds,
  type EpochSeconds,
} from '../../model/index.ts';
import { type Incident, incidentEnd } from '../incidents/incident.ts';

/**
 * Seconds of downtime of `incidents`: per service the length of the union of their intervals
 * (two overlapping incidents of one service are one outage for its users), summed over
 * services (§12.4.8: downtime, not the number of incidents, is what users experience).
 */
export function downtimeSeconds(
  incidents: readonly Incident[],
  asOf: EpochSeconds,
): DurationSeconds {
  const byService = new Map<string, [number, number][]>();
  for (const incident of incidents) {
    const interval: [number, number] = [incident.startedAt, incidentEnd(incident, asOf)];
    const list = byService.get(incident.service);
    if (list) list.push(interval);
    else byService.set(incident.service, [interval]);
  }
  let total = 0;
  for (const intervals of byService.values()) {
    intervals.sort((a, b) => a[0] - b[0]);
    let [start, end] = intervals[0] as [number, number];
    for (const [s, e] of intervals.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        total += end - start;
        [start, end] = [s, e];
      }
    }
    total += end - start;
  }
  return durationSeconds(total);
}

/**
 * Seconds of downtime in minutes as the value report prints them: to two decimals (whole
 * hundredths of a minute, 0.6 seconds), rounded half up.
 */
export function downtimeMinutesOf(seconds: DurationSeconds): DurationMinutes {
  return durationMinutes(Math.round(seconds / 0.6) / 100);
}
