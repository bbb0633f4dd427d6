import { type DurationMillis, type EpochMillis, wallDay, wallOfDay } from '../../model/index.ts';
import { earlier, type Interval, later } from './interval.ts';
import type { ZoneClock } from './zone-clock.ts';

/** Follow-the-sun: sites in order, each taking over at its own local time of day. */
export interface SunRelay {
  readonly sites: readonly {
    /** The clock of the site's zone. */
    readonly clock: ZoneClock;
    /** Local time of day the site takes over, in milliseconds after midnight. */
    readonly timeOfDay: DurationMillis;
  }[];
}

/** The daytime segments of every site of a relay within a span, each site's in order. */
export type RelaySegments = readonly (readonly Interval[])[];

/**
 * Splits a span among the sites of a relay: each site takes over when its own local clock
 * reaches its takeover time (`rotationSetup`) and hands on at the next takeover of any site.
 * All takeovers are sorted on one time line, so the segments tile the span exactly, whatever
 * daylight saving does to each zone; when two sites take over at the same instant, the later
 * site in order takes over and the earlier one's segment is empty.
 */
export function relaySegments(relay: SunRelay, span: Interval): RelaySegments {
  const takeovers: { at: EpochMillis; site: number }[] = [];
  relay.sites.forEach((site, index) => {
    const { clock } = site;
    // From two local days before the span, so the segment running at its start is included.
    let day = wallDay(clock.toWall(span.start)) - 2;
    for (;;) {
      const at = clock.fromWall(wallOfDay(day, site.timeOfDay));
      takeovers.push({ at, site: index });
      if (at >= span.end) break;
      day++;
    }
  });
  takeovers.sort((a, b) => a.at - b.at || a.site - b.site);
  const segments: Interval[][] = relay.sites.map(() => []);
  for (let i = 0; i + 1 < takeovers.length; i++) {
    const from = takeovers[i] as { at: EpochMillis; site: number };
    const to = (takeovers[i + 1] as { at: EpochMillis }).at;
    const start = later(from.at, span.start);
    const end = earlier(to, span.end);
    if (end > start) (segments[from.site] as Interval[]).push({ start, end });
  }
  return segments;
}
