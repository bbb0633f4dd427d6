// The schedule engine's src/engine/schedule/plan-period.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import { type Slot, slotsBetween } from '../../../src/engine/schedule/handoff-slots.ts';
import type { LoadWeights } from '../../../src/engine/schedule/load-weights.ts';
import type { LocalDays } from '../../../src/engine/schedule/local-days.ts';
import { timeOffAfter, timeOffOwed } from '../../../src/engine/schedule/time-off.ts';
import { type CompensationPolicy, durationMillis, epochMillis } from '../../../src/model/index.ts';
import { type Block, type BlockList, blockList } from './block-list.ts';
import {
  DAY_MS,
  HOUR_MS,
  type Interval,
  inMillis,
  subtractIntervals,
  totalLength,
} from './interval.ts';
import type { Lane } from './rotation-lanes.ts';
import { type HoursSplit, splitAll } from './split-hours.ts';
import { takeTurn } from './take-turn.ts';

/** A turn given to a person: the parts of its windows they hold, and the time off it earns. */
export interface Assignment {
  readonly lane: Lane;
  readonly turn: Slot;
  readonly person: string;
  readonly parts: readonly Interval[];
  readonly timeOff: readonly Interval[];
}

/** What stays the same across periods: the lanes and the rules. */
export interface PlanSetup {
  readonly lanes: readonly Lane[];
  /** Each lane member's local days (their zone, the policy's business hours). */
  readonly daysOf: (lane: Lane, person: string) => LocalDays;
  readonly absences: ReadonlyMap<string, BlockList>;
  readonly policy: CompensationPolicy | undefined;
  readonly weights: LoadWeights;
  readonly tolerance: number;
  readonly allowed: (a: string, b: string) => boolean;
}

/** What a lane's planning has counted so far: carried on when a period's head is resumed. */
export interface LaneState {
  /** Per member: hours carried (total, off, weekend) and fair share (total, off, weekend). */
  readonly tally: Map<string, Float64Array>;
  /** Fair shares handed out to all members so far (total, off, weekend). */
  readonly handedOut: Float64Array;
}

/** A period planned up to a point: its assignments and where each lane's count stands. */
export interface PlannedPeriod {
  readonly assignments: readonly Assignment[];
  readonly state: ReadonlyMap<Lane, LaneState>;
  /** Turns ending at or before this are planned. */
  readonly until: number;
}

/** How far past a turn's end its time off can reach and still matter for planning. */
const TIME_OFF_HORIZON = 31 * DAY_MS;

/**
 * Plans the turns that end in one period, lane by lane in model order, each lane's turns in
 * time order. `context` holds assignments fixed elsewhere (the start of the next period) that
 * this period's turns must not collide with; `until` stops early (to plan only a period's start).
 */
export function planPeriod(
  setup: PlanSetup,
  options: {
    readonly period: Interval;
    readonly context: readonly Assignment[];
    readonly until?: number | undefined;
    /** Called after each lane is planned. */
    readonly onLane?: (() => void) | undefined;
    /** The period's head, planned earlier: kept as it is, and planning goes on from it. */
    readonly resume?: PlannedPeriod | undefined;
  },
): PlannedPeriod {
  const { period } = options;
  const busy = new Map<string, BlockList>();
  const timeOff = new Map<string, BlockList>();
  const listOf = (map: Map<string, BlockList>, person: string): BlockList => {
    let list = map.get(person);
    if (!list) {
      list = blockList();
      map.set(person, list);
    }
    return list;
  };
  const commit = (a: Assignment) => {
    const first = a.parts[0];
    const last = a.parts.at(-1);
    if (first && last) {
      const block: Block = { start: first.start, end: last.end, rotation: a.lane.rotation };
      listOf(busy, a.person).add(a.parts.length > 1 ? { ...block, parts: a.parts } : block);
    }
    if (a.timeOff.length > 0) {
      const list = listOf(timeOff, a.person);
      for (const off of a.timeOff) list.add(off);
    }
  };
  for (const a of options.context) commit(a);
  const out: Assignment[] = [];
  for (const a of options.resume?.assignments ?? []) {
    commit(a);
    out.push(a);
  }
  const resumeUntil = options.resume?.until ?? Number.NEGATIVE_INFINITY;
  const states = new Map<Lane, LaneState>();
  const end = Math.min(options.until ?? period.end, period.end);
  for (const lane of setup.lanes) {
    const rotation = lane.rotation;
    // Turns ending in the period start at most one turn length (plus a day for clock changes)
    // before it.
    const windowsOf = lane.windowsWithin({
      start: period.start - lane.pattern.length - DAY_MS,
      end: period.end,
    });
    // Hours carried and fair share so far, per member, in each thing balanced separately.
    const state: LaneState = options.resume?.state.get(lane) ?? {
      tally: new Map(lane.members.map((p) => [p, new Float64Array(6)])),
      handedOut: new Float64Array(3),
    };
    states.set(lane, state);
    const { tally, handedOut } = state;
    const n = lane.members.length;

    const NONE: Interval[] = [];
    const blocked = (person: string, within: Interval, onCall = true): Interval[] => {
      let found: Interval[] = NONE;
      const a = setup.absences.get(person)?.overlapping(within);
      if (a && a.length > 0) found = [...a];
      const t = timeOff.get(person)?.overlapping(within);
      if (t && t.length > 0) found = [...found, ...t];
      const b = onCall ? busy.get(person)?.overlapping(within) : undefined;
      if (b && b.length > 0) {
        for (const x of b) {
          if (setup.allowed(x.rotation ?? rotation, rotation)) continue;
          if (found === NONE) found = [];
          if (x.parts) found.push(...x.parts);
          else found.push(x);
        }
      }
      return found;
    };
    // The span of the turn's windows, made once per turn rather than once per candidate.
    let spanOf: readonly Interval[] = NONE;
    let span: Interval = { start: 0, end: 0 };
    const free = (person: string, within: readonly Interval[]): readonly Interval[] => {
      const first = within[0];
      const last = within.at(-1);
      if (!first || !last) return within;
      if (within !== spanOf) {
        spanOf = within;
        span = { start: first.start, end: last.end };
      }
      const blocks = blocked(person, span);
      if (blocks.length === 0) return within;
      return within.flatMap((w) => subtractIntervals(w, blocks));
    };
    const present = (person: string): boolean => {
      const first = windows[0];
      const last = windows.at(-1);
      if (!first || !last) return true;
      const blocks = blocked(person, { start: first.start, end: last.end }, false);
      const length = totalLength(windows);
      return totalLength(windows.flatMap((w) => subtractIntervals(w, blocks))) === length;
    };
    const earned = (person: string, parts: readonly Interval[], split: HoursSplit) => {
      const last = parts.at(-1);
      const owed = timeOffOwed(durationMillis(split.off), setup.policy);
      if (!last || owed === 0) return [];
      return timeOffAfter({
        end: epochMillis(last.end),
        amount: owed,
        days: setup.daysOf(lane, person),
      });
    };

    // The turn being planned, seen by the callbacks below (made once per lane, not per turn).
    let turn: Slot = { index: 0, start: epochMillis(0), end: epochMillis(0) };
    let windows: readonly Interval[] = [];
    let splits = new Map<LocalDays, HoursSplit>();
    let personSplits = new Map<string, HoursSplit>();
    const daysOf = new Map(lane.members.map((p) => [p, setup.daysOf(lane, p)]));
    const splitFor = (person: string, parts: readonly Interval[]): HoursSplit => {
      const days = daysOf.get(person) ?? setup.daysOf(lane, person);
      if (parts !== windows) return splitAll(parts, days);
      let split = personSplits.get(person);
      if (split) return split;
      // Members of one site share a zone: split a turn's hours once per zone.
      split = splits.get(days);
      if (!split) {
        split = windowsOf.split(turn, days);
        splits.set(days, split);
      }
      personSplits.set(person, split);
      return split;
    };
    const grantsTimeOff = (setup.policy?.spec.timeOffPerStandbyHour ?? 0) > 0;
    const fits = (person: string, parts: readonly Interval[]): boolean => {
      const last = parts.at(-1);
      if (!last || !grantsTimeOff) return true;
      const later = busy
        .get(person)
        ?.overlapping({ start: last.end, end: last.end + TIME_OFF_HORIZON });
      if (!later || later.length === 0) return true;
      const off = earned(person, parts, splitFor(person, parts));
      return !off.some((o) =>
        later.some((b) => (b.parts ?? [b]).some((p) => p.start < o.end && o.start < p.end)),
      );
    };
    const { weights } = setup;
    // Behind or ahead in total, off-hours and weekend hours, each counted as much as this turn
    // has of it: a weekend turn goes to whoever is furthest behind on weekends, a weekday turn
    // to whoever is behind on hours and nights.
    // Fair shares handed out so far, summed over members: how common nights and weekends are.
    // Among members equally loaded, who should take this turn: whoever is furthest behind in
    // what it is made of (business hours, off-hours, weekend hours), each scaled by how rare it
    // is, so weekends and nights go round as evenly as the load itself.
    const debt = (person: string) => {
      const t = tally.get(person) as Float64Array;
      const split = splitFor(person, windows);
      if (split.total === 0) return 0;
      const total = handedOut[0] as number;
      const offRate = total > 0 ? (handedOut[1] as number) / total : 1;
      const weekendRate = total > 0 ? (handedOut[2] as number) / total : 1;
      const business = split.business / split.total;
      const off = offRate > 0 ? split.off / split.total / offRate : 0;
      const weekend = weekendRate > 0 ? split.weekend / split.total / weekendRate : 0;
      return (
        weights.total * business * ((t[0] as number) - (t[3] as number)) +
        weights.offHours * off * ((t[1] as number) - (t[4] as number)) +
        weights.weekend * weekend * ((t[2] as number) - (t[5] as number))
      );
    };
    // The load that is balanced: weighted hours carried beyond the fair share.
    const ahead = (person: string) => {
      const t = tally.get(person) as Float64Array;
      return (
        weights.total * ((t[0] as number) - (t[3] as number)) +
        weights.offHours * ((t[1] as number) - (t[4] as number)) +
        weights.weekend * ((t[2] as number) - (t[5] as number))
      );
    };
    const owe = (person: string, fraction: number) => {
      const t = tally.get(person) as Float64Array;
      const split = splitFor(person, windows);
      t[3] = (t[3] as number) + (fraction * split.total) / HOUR_MS;
      t[4] = (t[4] as number) + (fraction * split.off) / HOUR_MS;
      t[5] = (t[5] as number) + (fraction * split.weekend) / HOUR_MS;
      handedOut[0] = (handedOut[0] as number) + (fraction * split.total) / HOUR_MS;
      handedOut[1] = (handedOut[1] as number) + (fraction * split.off) / HOUR_MS;
      handedOut[2] = (handedOut[2] as number) + (fraction * split.weekend) / HOUR_MS;
    };
    const adjacent = (person: string) => {
      const first = windows[0];
      const last = windows.at(-1);
      const list = busy.get(person);
      if (!first || !last || !list) return false;
      const touching = [
        ...list.overlapping({ start: first.start - 1, end: first.start }),
        ...list.overlapping({ start: last.end, end: last.end + 1 }),
      ];
      return touching.some((b) => b.rotation === rotation);
    };
    const candidates = lane.members.map((person) => ({ person, order: 0 }));

    for (const slot of slotsBetween(lane.pattern, inMillis({ start: period.start, end }))) {
      // A turn belongs to the period it ends in (see plan-periods.ts).
      if (slot.end <= period.start || slot.end > end || slot.end <= resumeUntil) continue;
      turn = slot;
      windows = windowsOf.of(turn);
      if (windows.length === 0) continue;
      splits = new Map();
      personSplits = new Map();
      const turnIndex = ((turn.index % n) + n) % n;
      candidates.forEach((c, i) => {
        c.order = (i - turnIndex + n) % n;
      });
      const taken = takeTurn({
        candidates,
        windows,
        free,
        present,
        fits,
        debt,
        ahead,
        adjacent,
        owe,
        tolerance: setup.tolerance,
      });
      for (const { person, parts } of taken) {
        const split = splitFor(person, parts);
        const t = tally.get(person);
        if (t) {
          t[0] = (t[0] as number) + split.total / HOUR_MS;
          t[1] = (t[1] as number) + split.off / HOUR_MS;
          t[2] = (t[2] as number) + split.weekend / HOUR_MS;
        }
        const assignment = { lane, turn, person, parts, timeOff: earned(person, parts, split) };
        commit(assignment);
        out.push(assignment);
      }
    }
    options.onLane?.();
  }
  return { assignments: out, state: states, until: end };
}
