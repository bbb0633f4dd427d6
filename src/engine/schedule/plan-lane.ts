import { durationMillis, type EpochMillis, epochMillis, laterMillis } from '../../model/index.ts';
import {
  type Block,
  type BlockList,
  blocksOverlapping,
  someBlockOverlapping,
} from './block-list.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import type { Slot } from './handoff-slots.ts';
import { DAY_MS, HOUR_MS, type Interval, subtractIntervals } from './interval.ts';
import type { LocalDays } from './local-days.ts';
import type { Assignment, LanePeople, LaneState, PlanSetup } from './plan-period.ts';
import type { Lane, TurnWindows } from './rotation-lanes.ts';
import { type HoursSplit, NO_HOURS, splitAll } from './split-hours.ts';
import { type TurnChoice, takeTurn, turnRoom } from './take-turn.ts';
import { timeOffAfter, timeOffOwed } from './time-off.ts';

/** How far past a turn's end its time off can reach and still matter for planning. */
const TIME_OFF_HORIZON = durationMillis(31 * DAY_MS);

const NONE: readonly Interval[] = [];
const NO_WINDOWS: TurnWindows = { of: () => NONE, split: () => NO_HOURS };
const NO_TIME_OFF: readonly TimeOff[] = [];

const someIn = (list: BlockList | undefined, within: Interval, test: (b: Block) => boolean) =>
  list !== undefined && someBlockOverlapping(list, within, test);

/** What planning one lane within a period needs from the period around it. */
export interface LaneRun {
  readonly setup: PlanSetup;
  readonly lane: Lane;
  readonly period: Interval;
  /** Turns ending after this are left to a later call. */
  readonly end: EpochMillis;
  /** Turns ending at or before this were planned already (the period's head). */
  readonly resumeUntil: EpochMillis;
  readonly state: LaneState;
  /** Each person's on-call and time off so far, made on first use. */
  readonly busyOf: (id: number) => BlockList;
  readonly timeOffOf: (id: number) => BlockList;
  /** Records an assignment: it blocks its holder from then on. */
  readonly commit: (a: Assignment) => void;
  readonly out: Assignment[];
}

/** A lane's planner: made once per lane and plan, then run period by period. */
export type LanePlanner = (run: LaneRun) => void;

/**
 * Plans one lane's turns that end in a period, in time order (see planPeriod). Members are
 * looked up by their position in the lane once, not by name on every turn, and each lane's
 * planner is made once per plan, not once per period: a year of a thousand follow-the-sun
 * rotations is 150,000 turns and 27,000 lane-quarters.
 */
export function planLane(run: LaneRun): void {
  const { planners } = run.setup;
  let planner = planners.get(run.lane);
  if (!planner) {
    planner = lanePlanner(run.setup, run.lane);
    planners.set(run.lane, planner);
  }
  planner(run);
}

function lanePlanner(setup: PlanSetup, lane: Lane): LanePlanner {
  const { weights } = setup;
  const rotation = lane.rotation;
  const members = lane.members;
  const n = members.length;
  const { ids, days } = setup.people.get(lane) as LanePeople;
  const absences = members.map((p) => setup.absences.get(p));
  // Members of one site share a zone: a turn's hours are split once per zone.
  const zones = [...new Set(days)];
  const zoneOf = days.map((d) => zones.indexOf(d));
  const zoneSplits: (HoursSplit | undefined)[] = zones.map(() => undefined);
  const zoneEarned: (readonly Interval[] | undefined)[] = zones.map(() => undefined);

  // The period being planned, set by each run: the windows of its turns, the members' hours
  // carried and fair shares so far, and their on-call and time off.
  let windowsOf: TurnWindows = NO_WINDOWS;
  let tally: Float64Array = new Float64Array(0);
  let handedOut: Float64Array = new Float64Array(3);
  const busy: BlockList[] = [];
  const timeOff: BlockList[] = [];

  // The turn being planned, seen by the callbacks below (made once per lane, not per turn):
  // its windows, from the start of the first to the end of the last, and the time after it in
  // which time off it earns can meet a later on-call.
  let turn: Slot = { index: 0, start: epochMillis(0), end: epochMillis(0) };
  let windows: readonly Interval[] = NONE;
  let span: Interval = turn;
  let after: Interval = turn;

  const splitFor = (member: number, parts: readonly Interval[]): HoursSplit => {
    if (parts !== windows) return splitAll(parts, days[member] as LocalDays);
    const zone = zoneOf[member] as number;
    let split = zoneSplits[zone];
    if (!split) {
      split = windowsOf.split(turn, days[member] as LocalDays);
      zoneSplits[zone] = split;
    }
    return split;
  };

  // Whether a busy block keeps the member from this rotation (another one, unless allowed).
  const elsewhere = (b: Block) => !setup.allowed(b.rotation ?? rotation, rotation);
  // Whether an interval shares an instant with one of the turn's windows (sorted, disjoint).
  const meets = (x: Interval): boolean => {
    if (x.end <= x.start) return false;
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i] as Interval;
      if (w.start >= x.end) return false;
      if (w.end > x.start) return true;
    }
    return false;
  };
  const blockMeets = (b: Block) => (b.parts ? b.parts.some(meets) : meets(b));
  const busyMeets = (b: Block) => elsewhere(b) && blockMeets(b);
  const whole = (member: number): boolean => {
    return !(
      someIn(absences[member], span, blockMeets) ||
      someBlockOverlapping(timeOff[member] as BlockList, span, blockMeets) ||
      someBlockOverlapping(busy[member] as BlockList, span, busyMeets)
    );
  };

  const present = (member: number): boolean =>
    !(
      someIn(absences[member], span, blockMeets) ||
      someBlockOverlapping(timeOff[member] as BlockList, span, blockMeets)
    );

  const blocked = (member: number, within: Interval): readonly Interval[] => {
    let found: Interval[] | undefined;
    const absent = absences[member];
    const a = absent ? blocksOverlapping(absent, within) : NONE;
    if (a.length > 0) found = [...a];
    const t = blocksOverlapping(timeOff[member] as BlockList, within);
    if (t.length > 0) found = [...(found ?? []), ...t];
    for (const x of blocksOverlapping(busy[member] as BlockList, within)) {
      if (!elsewhere(x)) continue;
      found ??= [];
      if (x.parts) found.push(...x.parts);
      else found.push(x);
    }
    return found ?? NONE;
  };
  const free = (member: number, within: readonly Interval[]): readonly Interval[] => {
    const first = within[0];
    const last = within[within.length - 1];
    if (!first || !last) return within;
    const blocks = blocked(member, { start: first.start, end: last.end });
    if (blocks.length === 0) return within;
    return within.flatMap((w) => subtractIntervals(w, blocks));
  };

  const earned = (member: number, parts: readonly Interval[], split: HoursSplit) => {
    // The whole turn earns members of one zone the same time off: worked out once per zone.
    const zone = zoneOf[member] as number;
    if (parts === windows) {
      const known = zoneEarned[zone];
      if (known) return known;
    }
    const last = parts[parts.length - 1];
    const owed = timeOffOwed(split.off, setup.policy);
    const off =
      !last || owed === 0
        ? NONE
        : timeOffAfter({ end: last.end, amount: owed, days: days[member] as LocalDays });
    if (parts === windows) zoneEarned[zone] = off;
    return off;
  };
  const grantsTimeOff = (setup.policy?.spec.timeOffPerStandbyHour ?? 0) > 0;
  const fits = (member: number, parts: readonly Interval[]): boolean => {
    const last = parts[parts.length - 1];
    if (!last || !grantsTimeOff) return true;
    const later = blocksOverlapping(
      busy[member] as BlockList,
      parts === windows ? after : { start: last.end, end: laterMillis(last.end, TIME_OFF_HORIZON) },
    );
    if (later.length === 0) return true;
    const off = earned(member, parts, splitFor(member, parts));
    for (const o of off) {
      for (const b of later) {
        for (const p of b.parts ?? [b]) if (p.start < o.end && o.start < p.end) return false;
      }
    }
    return true;
  };
  // Among members equally loaded, who should take this turn: whoever is furthest behind in
  // what it is made of (business hours, off-hours, weekend hours), each scaled by how rare it
  // is (the fair shares handed out so far), so weekends and nights go round as evenly as the
  // load itself.
  const debt = (member: number) => {
    const t = 6 * member;
    const split = splitFor(member, windows);
    if (split.total === 0) return 0;
    const total = handedOut[0] as number;
    const offRate = total > 0 ? (handedOut[1] as number) / total : 1;
    const weekendRate = total > 0 ? (handedOut[2] as number) / total : 1;
    const business = split.business / split.total;
    const off = offRate > 0 ? split.off / split.total / offRate : 0;
    const weekend = weekendRate > 0 ? split.weekend / split.total / weekendRate : 0;
    return (
      weights.total * business * ((tally[t] as number) - (tally[t + 3] as number)) +
      weights.offHours * off * ((tally[t + 1] as number) - (tally[t + 4] as number)) +
      weights.weekend * weekend * ((tally[t + 2] as number) - (tally[t + 5] as number))
    );
  };
  // The load that is balanced: weighted hours carried beyond the fair share.
  const ahead = (member: number) => {
    const t = 6 * member;
    return (
      weights.total * ((tally[t] as number) - (tally[t + 3] as number)) +
      weights.offHours * ((tally[t + 1] as number) - (tally[t + 4] as number)) +
      weights.weekend * ((tally[t + 2] as number) - (tally[t + 5] as number))
    );
  };
  const owe = (member: number, fraction: number) => {
    const t = 6 * member;
    const split = splitFor(member, windows);
    tally[t + 3] = (tally[t + 3] as number) + (fraction * split.total) / HOUR_MS;
    tally[t + 4] = (tally[t + 4] as number) + (fraction * split.off) / HOUR_MS;
    tally[t + 5] = (tally[t + 5] as number) + (fraction * split.weekend) / HOUR_MS;
    handedOut[0] = (handedOut[0] as number) + (fraction * split.total) / HOUR_MS;
    handedOut[1] = (handedOut[1] as number) + (fraction * split.off) / HOUR_MS;
    handedOut[2] = (handedOut[2] as number) + (fraction * split.weekend) / HOUR_MS;
  };
  const sameRotation = (b: Block) => b.rotation === rotation;
  const adjacent = (member: number) => {
    const list = busy[member] as BlockList;
    return (
      // One millisecond either side: a turn of the same rotation ending or starting there.
      someBlockOverlapping(
        list,
        { start: epochMillis(span.start - 1), end: span.start },
        sameRotation,
      ) ||
      someBlockOverlapping(list, { start: span.end, end: epochMillis(span.end + 1) }, sameRotation)
    );
  };
  const candidates: { person: string; member: number; order: number }[] = members.map(
    (person, member) => ({ person, member, order: 0 }),
  );
  // One choice for all of the lane's turns, its windows set turn by turn.
  const choice: { -readonly [K in keyof TurnChoice]: TurnChoice[K] } = {
    candidates,
    windows,
    whole,
    present,
    free,
    fits,
    debt,
    ahead,
    adjacent,
    owe,
    tolerance: setup.tolerance,
    take,
    room: turnRoom(n),
  };

  // The period's run, for `take` to record assignments in.
  let current: LaneRun | undefined;

  /** Gives a member (parts of) the turn: counts their hours and records the assignment. */
  function take(member: number, parts: readonly Interval[]): void {
    const person = members[member] as string;
    const split = splitFor(member, parts);
    const t = 6 * member;
    tally[t] = (tally[t] as number) + split.total / HOUR_MS;
    tally[t + 1] = (tally[t + 1] as number) + split.off / HOUR_MS;
    tally[t + 2] = (tally[t + 2] as number) + split.weekend / HOUR_MS;
    // The time off as the plan reports it, made here once (planSchedule passes it on).
    const earnedOff = earned(member, parts, split);
    const off =
      earnedOff.length === 0
        ? NO_TIME_OFF
        : earnedOff.map((i) => ({ start: i.start, end: i.end, person, rotation }));
    const assignment: Assignment = {
      start: (parts[0] as Interval).start,
      end: (parts[parts.length - 1] as Interval).end,
      rotation,
      parts,
      lane,
      turn,
      person,
      id: ids[member] as number,
      timeOff: off,
    };
    (current as LaneRun).commit(assignment);
    (current as LaneRun).out.push(assignment);
  }

  return (run) => {
    const { period } = run;
    current = run;
    // Turns ending in the period start at most one turn length (plus a day for clock changes)
    // before it.
    windowsOf = lane.windowsWithin({
      start: epochMillis(period.start - lane.pattern.length - DAY_MS),
      end: period.end,
    });
    tally = run.state.tally;
    handedOut = run.state.handedOut;
    for (let m = 0; m < n; m++) {
      busy[m] = run.busyOf(ids[m] as number);
      timeOff[m] = run.timeOffOf(ids[m] as number);
    }
    for (const slot of setup.slots(lane.pattern, { start: period.start, end: run.end })) {
      // A turn belongs to the period it ends in (see plan-periods.ts).
      if (slot.end <= period.start || slot.end > run.end || slot.end <= run.resumeUntil) continue;
      turn = slot;
      windows = windowsOf.of(turn);
      if (windows.length === 0) continue;
      span = {
        start: (windows[0] as Interval).start,
        end: (windows[windows.length - 1] as Interval).end,
      };
      after = { start: span.end, end: laterMillis(span.end, TIME_OFF_HORIZON) };
      choice.windows = windows;
      for (let z = 0; z < zones.length; z++) {
        zoneSplits[z] = undefined;
        zoneEarned[z] = undefined;
      }
      const turnIndex = ((turn.index % n) + n) % n;
      for (let i = 0; i < n; i++) {
        const c = candidates[i] as { member: number; order: number };
        c.order = (c.member - turnIndex + n) % n;
      }
      takeTurn(choice);
    }
  };
}
