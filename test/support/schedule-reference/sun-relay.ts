// The schedule engine's src/engine/schedule/sun-relay.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it. Since then each site
// takes over at its own time of day (follow-the-sun windows), here as in the engine.

import { epochMillis, wallClockMillis } from '../../../src/model/index.ts';
import { clocks } from './clocks.ts';
import { DAY_MS, type Interval } from './interval.ts';

/** Follow-the-sun: sites in order, each taking over at its own local time of day. */
export interface SunRelay {
  /** Each site's zone and local time of day of its takeovers, in milliseconds after midnight. */
  readonly sites: readonly { readonly zone: string; readonly timeOfDay: number }[];
}

/** The daytime segments of every site of a relay within a span, each site's in order. */
export type RelaySegments = readonly (readonly Interval[])[];

const cache = new Map<string, RelaySegments>();

/**
 * Splits a span among the sites of a relay: each site takes over when its own local clock
 * reaches the handoff time and hands on at the next takeover of any site. All takeovers are
 * sorted on one time line, so the segments tile the span exactly; when two sites take over at
 * the same instant (zones whose offsets meet for part of the year), the later site in order
 * takes over and the earlier one's segment is empty. Memoized: rotations with the same sites
 * and handoff time share the work.
 */
export function relaySegments(relay: SunRelay, span: Interval): RelaySegments {
  const key = `${relay.sites.map((s) => `${s.zone}@${s.timeOfDay}`).join(',')}|${span.start}|${span.end}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const takeovers: { at: number; site: number }[] = [];
  relay.sites.forEach((site, index) => {
    const clock = clocks.clock(site.zone);
    // From two local days before the span, so the segment running at its start is included.
    let day = Math.floor(clock.toWall(epochMillis(span.start)) / DAY_MS) - 2;
    for (;;) {
      const at = clock.fromWall(wallClockMillis(day * DAY_MS + site.timeOfDay));
      takeovers.push({ at, site: index });
      if (at >= span.end) break;
      day++;
    }
  });
  takeovers.sort((a, b) => a.at - b.at || a.site - b.site);
  const segments: Interval[][] = relay.sites.map(() => []);
  for (let i = 0; i + 1 < takeovers.length; i++) {
    const from = takeovers[i] as { at: number; site: number };
    const to = (takeovers[i + 1] as { at: number }).at;
    const start = Math.max(from.at, span.start);
    const end = Math.min(to, span.end);
    if (end > start) (segments[from.site] as Interval[]).push({ start, end });
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(key, segments);
  return segments;
}
