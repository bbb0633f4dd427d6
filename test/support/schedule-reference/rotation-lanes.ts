// The schedule engine's src/engine/schedule/rotation-lanes.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { BusinessHours } from '../../../src/engine/schedule/business-hours.ts';
import { coverageWindows } from '../../../src/engine/schedule/coverage-windows.ts';
import { type HandoffPattern, handoffPattern } from '../../../src/engine/schedule/handoff-slots.ts';
import type { LocalDays } from '../../../src/engine/schedule/local-days.ts';
import {
  type ModelSites,
  rotationSetup,
  takeoverHandoff,
} from '../../../src/engine/sites/index.ts';
import type { CompiledModel, Rotation } from '../../../src/model/index.ts';
import { clocks } from './clocks.ts';
import { type Interval, inMillis } from './interval.ts';
import { type HoursSplit, splitHours } from './split-hours.ts';
import { relaySegments } from './sun-relay.ts';

/** The on-call windows of turns, and how their hours split, prepared for a span. */
export interface TurnWindows {
  /** The windows of a turn (within it, in order). */
  readonly of: (turn: Interval) => Interval[];
  /** How the hours of all the windows of a turn split in a zone. */
  readonly split: (turn: Interval, days: LocalDays) => HoursSplit;
}

/**
 * One sequence of turns planned on its own: a rotation, or one site of a follow-the-sun
 * rotation. Members take turns; each turn keeps its holder on call during its windows.
 */
export interface Lane {
  readonly rotation: string;
  /** The zone of the lane's handoffs: the rotation's, or the site's in follow-the-sun. */
  readonly zone: string;
  readonly members: readonly string[];
  readonly pattern: HandoffPattern;
  /** Prepares the windows of every turn within `span` at once (cheaper than turn by turn). */
  readonly windowsWithin: (span: Interval) => TurnWindows;
}

/**
 * The lanes of a rotation. A 24x7 rotation whose members sit in several time zones follows the
 * sun: each site covers its own daytime, from its local handoff time until the next site's,
 * with turns among the site's members. Every other rotation is one lane in its own zone; 8x5
 * and 8x7 keep their business-hours windows in the rotation's zone whatever the members' zones.
 */
export function rotationLanes(
  model: CompiledModel,
  rotation: Rotation,
  hours: BusinessHours,
  modelSites: ModelSites,
): Lane[] {
  const spec = rotation.spec;
  // Whether it follows the sun is the engine's one site rule (src/engine/sites).
  const setup = rotationSetup(model, rotation, modelSites);
  if (setup.kind === 'relay') {
    const sites = setup.sites;
    const relay = {
      sites: sites.map((s) => ({ zone: s.zone, timeOfDay: s.takeoverMinute * 60_000 })),
    };
    return sites.map((site, index) => ({
      rotation: rotation.name,
      zone: site.zone,
      members: site.members,
      // Turns change on the handoff's day at the site's takeover, so a turn is whole parts.
      pattern: handoffPattern({
        clock: clocks.clock(site.zone),
        handoff: takeoverHandoff(spec.handoff, site.takeoverMinute),
        shiftLength: spec.shiftLength,
      }),
      windowsWithin: (span) => slicer(relaySegments(relay, span)[index] ?? []),
    }));
  }
  const zone = spec.timezone;
  const coverage = spec.coverage;
  return [
    {
      rotation: rotation.name,
      zone,
      members: [...new Set(spec.members)],
      pattern: handoffPattern({
        clock: clocks.clock(zone),
        handoff: spec.handoff,
        shiftLength: spec.shiftLength,
      }),
      windowsWithin: (span) =>
        coverage === '24x7'
          ? { of: (turn) => [turn], split: (turn, days) => splitHours(turn, days) }
          : slicer(sharedCoverageWindows(coverage, zone, hours, span)),
    },
  ];
}

const windowCache = new Map<string, Interval[]>();

/**
 * Coverage windows, shared by every rotation with the same coverage, zone and span, so their
 * hours are summed once (see prefixSums).
 */
function sharedCoverageWindows(
  coverage: '8x5' | '8x7',
  zone: string,
  hours: BusinessHours,
  span: Interval,
): Interval[] {
  const key = `${coverage}|${zone}|${hours.days.join(',')}|${hours.start}|${span.start}|${span.end}`;
  let windows = windowCache.get(key);
  if (!windows) {
    if (windowCache.size > 10_000) windowCache.clear();
    windows = coverageWindows({ coverage, days: clocks.days(zone, hours), within: inMillis(span) });
    windowCache.set(key, windows);
  }
  return windows;
}

/** Running sums of the hours of a list of windows, per zone: a turn's split in two lookups. */
const sums = new WeakMap<readonly Interval[], Map<LocalDays, Float64Array>>();

function prefixSums(windows: readonly Interval[], days: LocalDays): Float64Array {
  let byDays = sums.get(windows);
  if (!byDays) {
    byDays = new Map();
    sums.set(windows, byDays);
  }
  let prefix = byDays.get(days);
  if (!prefix) {
    // Three sums per window boundary: total, business, weekend.
    prefix = new Float64Array(3 * (windows.length + 1));
    windows.forEach((w, i) => {
      const s = splitHours(w, days);
      const p = prefix as Float64Array;
      p[3 * i + 3] = (p[3 * i] as number) + s.total;
      p[3 * i + 4] = (p[3 * i + 1] as number) + s.business;
      p[3 * i + 5] = (p[3 * i + 2] as number) + s.weekend;
    });
    byDays.set(days, prefix);
  }
  return prefix;
}

/** The windows of turns, cut from sorted, disjoint windows prepared for a span. */
function slicer(windows: readonly Interval[]): TurnWindows {
  // The first window ending after `t`.
  const firstAfter = (t: number): number => {
    let lo = 0;
    let hi = windows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((windows[mid] as Interval).end <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    of: (turn) => {
      const out: Interval[] = [];
      for (let i = firstAfter(turn.start); i < windows.length; i++) {
        const w = windows[i] as Interval;
        if (w.start >= turn.end) break;
        // Whole windows are passed on as they are: no copy for each turn.
        if (w.start >= turn.start && w.end <= turn.end) out.push(w);
        else out.push({ start: Math.max(w.start, turn.start), end: Math.min(w.end, turn.end) });
      }
      return out;
    },
    split: (turn, days) => {
      let lo = firstAfter(turn.start);
      let hi = lo;
      while (hi < windows.length && (windows[hi] as Interval).start < turn.end) hi++;
      let total = 0;
      let business = 0;
      let weekend = 0;
      const add = (s: HoursSplit) => {
        total += s.total;
        business += s.business;
        weekend += s.weekend;
      };
      // Windows cut by the turn's edges are split directly, whole ones from the running sums.
      const first = windows[lo];
      if (first && lo < hi && first.start < turn.start) {
        add(splitHours({ start: turn.start, end: Math.min(first.end, turn.end) }, days));
        lo++;
      }
      const last = windows[hi - 1];
      if (last && lo < hi && last.end > turn.end) {
        add(splitHours({ start: Math.max(last.start, turn.start), end: turn.end }, days));
        hi--;
      }
      if (lo < hi) {
        const p = prefixSums(windows, days);
        total += (p[3 * hi] as number) - (p[3 * lo] as number);
        business += (p[3 * hi + 1] as number) - (p[3 * lo + 1] as number);
        weekend += (p[3 * hi + 2] as number) - (p[3 * lo + 2] as number);
      }
      return { total, business, off: total - business, weekend };
    },
  };
}
