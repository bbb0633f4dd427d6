import { type CompensationPolicy, type EpochMillis, epochMillis } from '../../model/index.ts';
import { addBlock, type Block, type BlockList, blockList } from './block-list.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import type { SharedSlots, Slot } from './handoff-slots.ts';
import { earlier, type Interval } from './interval.ts';
import type { LoadWeights } from './load-weights.ts';
import type { LocalDays } from './local-days.ts';
import { type LanePlanner, planLane } from './plan-lane.ts';
import type { Lane } from './rotation-lanes.ts';

/**
 * A turn given to a person: the parts of its windows they hold, and the time off it earns. It
 * is also the block that keeps its holder busy: from the start of its first part to the end of
 * its last, busy only within the parts.
 */
export interface Assignment extends Block {
  readonly rotation: string;
  readonly parts: readonly Interval[];
  readonly lane: Lane;
  readonly turn: Slot;
  readonly person: string;
  /** The person's number in the plan (see LanePeople). */
  readonly id: number;
  /** The time off the turn earns, as the plan reports it. */
  readonly timeOff: readonly TimeOff[];
}

/** What stays the same across periods: the lanes and the rules. */
export interface PlanSetup {
  readonly lanes: readonly Lane[];
  readonly people: ReadonlyMap<Lane, LanePeople>;
  /** How many people the lanes have: person numbers run from 0 to this. */
  readonly headcount: number;
  readonly absences: ReadonlyMap<string, BlockList>;
  readonly policy: CompensationPolicy | undefined;
  readonly weights: LoadWeights;
  readonly tolerance: number;
  readonly allowed: (a: string, b: string) => boolean;
  /** Each lane's turns, made once for lanes with the same handoffs. */
  readonly slots: SharedSlots;
  /** Each lane's planner, made on first use and run period by period. */
  readonly planners: Map<Lane, LanePlanner>;
}

/** A lane's members, in member order. */
export interface LanePeople {
  /** Each member's number, the same in every lane: planning keeps people's state in arrays. */
  readonly ids: readonly number[];
  /** Each member's local days (their zone, the policy's business hours). */
  readonly days: readonly LocalDays[];
}

/** What a lane's planning has counted so far: carried on when a period's head is resumed. */
export interface LaneState {
  /**
   * Six numbers per member, in the lane's member order: hours carried (total, off, weekend)
   * and fair share (total, off, weekend).
   */
  readonly tally: Float64Array;
  /** Fair shares handed out to all members so far (total, off, weekend). */
  readonly handedOut: Float64Array;
}

/** A period planned up to a point: its assignments and where each lane's count stands. */
export interface PlannedPeriod {
  readonly assignments: readonly Assignment[];
  readonly state: ReadonlyMap<Lane, LaneState>;
  /** Turns ending at or before this are planned. */
  readonly until: EpochMillis;
}

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
    readonly until?: EpochMillis | undefined;
    /** Called after each lane is planned. */
    readonly onLane?: (() => void) | undefined;
    /** The period's head, planned earlier: kept as it is, and planning goes on from it. */
    readonly resume?: PlannedPeriod | undefined;
  },
): PlannedPeriod {
  const { period } = options;
  // Each person's on-call and time off in this period, by person number, made on first use.
  const busy: (BlockList | undefined)[] = new Array(setup.headcount).fill(undefined);
  const timeOff: (BlockList | undefined)[] = new Array(setup.headcount).fill(undefined);
  const listOf = (lists: (BlockList | undefined)[], id: number): BlockList => {
    let list = lists[id];
    if (!list) {
      list = blockList();
      lists[id] = list;
    }
    return list;
  };
  const commit = (a: Assignment) => {
    if (a.parts.length > 0) addBlock(listOf(busy, a.id), a);
    if (a.timeOff.length > 0) {
      const list = listOf(timeOff, a.id);
      for (let i = 0; i < a.timeOff.length; i++) addBlock(list, a.timeOff[i] as Interval);
    }
  };
  const { context } = options;
  for (let i = 0; i < context.length; i++) commit(context[i] as Assignment);
  const out: Assignment[] = [];
  const resumed = options.resume?.assignments ?? [];
  for (let i = 0; i < resumed.length; i++) {
    const a = resumed[i] as Assignment;
    commit(a);
    out.push(a);
  }
  const resumeUntil = options.resume?.until ?? epochMillis(Number.NEGATIVE_INFINITY);
  const states = new Map<Lane, LaneState>();
  const end = earlier(options.until ?? period.end, period.end);
  const busyOf = (id: number) => listOf(busy, id);
  const timeOffOf = (id: number) => listOf(timeOff, id);
  for (const lane of setup.lanes) {
    const state: LaneState = options.resume?.state.get(lane) ?? {
      tally: new Float64Array(6 * lane.members.length),
      handedOut: new Float64Array(3),
    };
    states.set(lane, state);
    planLane({ setup, lane, period, end, resumeUntil, state, busyOf, timeOffOf, commit, out });
    options.onLane?.();
  }
  return { assignments: out, state: states, until: end };
}
