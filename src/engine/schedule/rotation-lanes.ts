import {
  type CompiledModel,
  durationMillis,
  millisOfMinutes,
  type Rotation,
  rotationTurnTakers,
} from '../../model/index.ts';
import { type ModelSites, rotationSetup, takeoverHandoff } from '../sites/index.ts';
import type { BusinessHours } from './business-hours.ts';
import { coverageWindows } from './coverage-windows.ts';
import { type HandoffPattern, handoffPattern } from './handoff-slots.ts';
import { earlier, type Interval, later } from './interval.ts';
import type { LocalDays } from './local-days.ts';
import { type HoursSplit, splitHours } from './split-hours.ts';
import { type RelaySegments, relaySegments, type SunRelay } from './sun-relay.ts';
import { zoneClocks } from './zone-clocks.ts';

/** The on-call windows of turns, and how their hours split, prepared for a span. */
export interface TurnWindows {
  /** The windows of a turn (within it, in order). */
  readonly of: (turn: Interval) => readonly Interval[];
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
 * The lanes of a rotation. A rotation that follows the sun (`rotationSetup`: it says so, or its
 * sites are far enough apart and large enough) is one lane per site: each site covers its own
 * part of the day, from its local takeover time until the next site's, with turns among the
 * site's members. Every other rotation is one lane in its own zone in which every member takes
 * whole turns, wherever they live; 8x5 and 8x7 keep their business-hours windows in the
 * rotation's zone whatever the members' zones.
 */
export function rotationLanes(options: {
  readonly model: CompiledModel;
  readonly rotation: Rotation;
  readonly hours: BusinessHours;
  /** The model's sites, worked out once per plan. */
  readonly sites: ModelSites;
}): Lane[] {
  const { model, rotation, hours } = options;
  const spec = rotation.spec;
  const memo = model.derive(laneMemo);
  const clocks = zoneClocks(model);
  const setup = rotationSetup(model, rotation, options.sites);
  if (setup.kind === 'relay') {
    const sites = setup.sites;
    const relay: SunRelay = {
      sites: sites.map((s) => ({
        clock: clocks.clock(s.zone),
        timeOfDay: millisOfMinutes(s.takeoverMinute),
      })),
    };
    // This rotation's segments by span: planning a range asks for one span per quarter.
    const known: { readonly span: Interval; readonly segments: RelaySegments }[] = [];
    const segmentsWithin = (span: Interval): RelaySegments => {
      for (const k of known) {
        if (k.span.start === span.start && k.span.end === span.end) return k.segments;
      }
      const segments = relaySegments(relay, span);
      known.push({ span: { start: span.start, end: span.end }, segments });
      return segments;
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
      windowsWithin: (span) => slicer(memo, segmentsWithin(span)[index] ?? []),
    }));
  }
  const zone = spec.timezone;
  const coverage = spec.coverage;
  return [
    {
      rotation: rotation.name,
      zone,
      members: rotationTurnTakers(model, rotation),
      pattern: handoffPattern({
        clock: clocks.clock(zone),
        handoff: spec.handoff,
        shiftLength: spec.shiftLength,
      }),
      windowsWithin: (span) =>
        coverage === '24x7'
          ? memo.wholeTurns
          : slicer(memo, sharedCoverageWindows(memo, clocks.days(zone, hours), coverage, span)),
    },
  ];
}

/**
 * What lanes share, kept per model (`model.derive`): windows by coverage, zone and span, and the
 * slicers cut from them, so rotations with the same windows sum their hours once.
 */
interface LaneMemo {
  /** Round the clock, a turn is its one window. */
  readonly wholeTurns: TurnWindows;
  /** Coverage windows by local days (zone and business hours), then coverage, then span. */
  readonly windows: WeakMap<
    LocalDays,
    Map<string, { readonly span: Interval; readonly windows: Interval[] }[]>
  >;
  /** A slicer per list of windows: lanes with the same windows share it and what it knows. */
  readonly slicers: WeakMap<readonly Interval[], TurnWindows>;
}

function laneMemo(): LaneMemo {
  // The same array for the same turn.
  const whole = new WeakMap<Interval, Interval[]>();
  return {
    wholeTurns: {
      of: (turn) => {
        let windows = whole.get(turn);
        if (!windows) {
          windows = [turn];
          whole.set(turn, windows);
        }
        return windows;
      },
      split: (turn, days) => splitHours(turn, days),
    },
    windows: new WeakMap(),
    slicers: new WeakMap(),
  };
}

/** Spans kept per coverage and zone; planning a range asks for one per quarter. */
const SPANS_KEPT = 64;

/**
 * Coverage windows, shared by every rotation with the same coverage, zone and span, so their
 * hours are summed once (see prefixSums).
 */
function sharedCoverageWindows(
  memo: LaneMemo,
  days: LocalDays,
  coverage: '8x5' | '8x7',
  span: Interval,
): Interval[] {
  let byCoverage = memo.windows.get(days);
  if (!byCoverage) {
    byCoverage = new Map();
    memo.windows.set(days, byCoverage);
  }
  let known = byCoverage.get(coverage);
  if (!known) {
    known = [];
    byCoverage.set(coverage, known);
  }
  for (const k of known) {
    if (k.span.start === span.start && k.span.end === span.end) return k.windows;
  }
  const windows = coverageWindows({ coverage, days, within: span });
  if (known.length >= SPANS_KEPT) known.shift();
  known.push({ span: { start: span.start, end: span.end }, windows });
  return windows;
}

/** Running sums of the hours of a list of windows in a zone: a turn's split in two lookups. */
function prefixSums(windows: readonly Interval[], days: LocalDays): Float64Array {
  // Three sums per window boundary: total, business, weekend.
  const prefix = new Float64Array(3 * (windows.length + 1));
  windows.forEach((w, i) => {
    const s = splitHours(w, days);
    prefix[3 * i + 3] = (prefix[3 * i] as number) + s.total;
    prefix[3 * i + 4] = (prefix[3 * i + 1] as number) + s.business;
    prefix[3 * i + 5] = (prefix[3 * i + 2] as number) + s.weekend;
  });
  return prefix;
}

/**
 * The windows of turns, cut from sorted, disjoint windows prepared for a span. The windows of a
 * turn are the same array each time asked: they are read only.
 */
function slicer(memo: LaneMemo, windows: readonly Interval[]): TurnWindows {
  let made = memo.slicers.get(windows);
  if (!made) {
    made = makeSlicer(windows);
    memo.slicers.set(windows, made);
  }
  return made;
}

function makeSlicer(windows: readonly Interval[]): TurnWindows {
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
  // Turns of lanes with the same windows and handoffs have the same windows: made once, by the
  // turn's start.
  const cache = new Map<number, { readonly end: number; readonly windows: Interval[] }>();
  // The running sums of the zones asked for: a lane's members sit in a few zones.
  const prefixes: { readonly days: LocalDays; readonly sums: Float64Array }[] = [];
  const prefixFor = (days: LocalDays): Float64Array => {
    for (const p of prefixes) if (p.days === days) return p.sums;
    const sums = prefixSums(windows, days);
    prefixes.push({ days, sums });
    return sums;
  };
  return {
    of: (turn) => {
      const hit = cache.get(turn.start);
      if (hit && hit.end === turn.end) return hit.windows;
      const out: Interval[] = [];
      for (let i = firstAfter(turn.start); i < windows.length; i++) {
        const w = windows[i] as Interval;
        if (w.start >= turn.end) break;
        // Whole windows are passed on as they are: no copy for each turn.
        if (w.start >= turn.start && w.end <= turn.end) out.push(w);
        else out.push({ start: later(w.start, turn.start), end: earlier(w.end, turn.end) });
      }
      cache.set(turn.start, { end: turn.end, windows: out });
      return out;
    },
    split: (turn, days) => {
      let lo = firstAfter(turn.start);
      let hi = lo;
      while (hi < windows.length && (windows[hi] as Interval).start < turn.end) hi++;
      let total = 0;
      let business = 0;
      let weekend = 0;
      // Windows cut by the turn's edges are split directly, whole ones from the running sums.
      const first = windows[lo];
      if (first && lo < hi && first.start < turn.start) {
        const s = splitHours({ start: turn.start, end: earlier(first.end, turn.end) }, days);
        total += s.total;
        business += s.business;
        weekend += s.weekend;
        lo++;
      }
      const last = windows[hi - 1];
      if (last && lo < hi && last.end > turn.end) {
        const s = splitHours({ start: later(last.start, turn.start), end: turn.end }, days);
        total += s.total;
        business += s.business;
        weekend += s.weekend;
        hi--;
      }
      if (lo < hi) {
        const p = prefixFor(days);
        total += (p[3 * hi] as number) - (p[3 * lo] as number);
        business += (p[3 * hi + 1] as number) - (p[3 * lo + 1] as number);
        weekend += (p[3 * hi + 2] as number) - (p[3 * lo + 2] as number);
      }
      return {
        total: durationMillis(total),
        business: durationMillis(business),
        off: durationMillis(total - business),
        weekend: durationMillis(weekend),
      };
    },
  };
}
