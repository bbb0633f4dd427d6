import {
  type EpochMillis,
  type EpochMillisArray,
  epochMillis,
  epochMillisArray,
} from '../../model/index.ts';
import type { Slot } from './handoff-slots.ts';
import { earlier, type Interval, later } from './interval.ts';
import type { Assignment } from './plan-period.ts';
import type { Lane } from './rotation-lanes.ts';
import type { Shift } from './shift.ts';

/** Later than any shift starts: where the search for the next start to emit begins. */
const NEVER = epochMillis(Number.POSITIVE_INFINITY);

/**
 * The shifts of all lanes as columns: shift `j` is on call from `starts[j]` to `ends[j]` for
 * the turn `owners[j]` (an index into the assignments). Lane `l`'s shifts are `from[l]` to
 * `from[l] + filled[l]`. Numbers in typed arrays, which the garbage collector never looks at.
 */
interface Columns {
  readonly from: Int32Array;
  readonly filled: Int32Array;
  readonly starts: EpochMillisArray;
  readonly ends: EpochMillisArray;
  readonly owners: Int32Array;
}

/**
 * The shifts of planned turns within a range: by rotation in model order, a rotation's lanes
 * (its follow-the-sun sites) merged by start, an earlier lane's shift first on equal starts.
 *
 * A year of a thousand follow-the-sun rotations is a million shifts. They are put in order as
 * numbers (see Columns) and made as objects once, in their final order. (The work is in small
 * functions called many times, which the engine optimises early, rather than in long loops.)
 */
export function emitShifts(options: {
  /** Each lane's assignments in time order (turn by turn). */
  readonly assignments: readonly Assignment[];
  /** In model order. */
  readonly lanes: readonly Lane[];
  readonly range: Interval;
}): Shift[] {
  const { assignments, lanes, range } = options;
  const laneIndex = new Map<Lane, number>(lanes.map((lane, i) => [lane, i]));
  const laneOf = assignments.map((a) => laneIndex.get(a.lane) as number);
  // Each lane's stretch of the columns: counted first, so nothing grows.
  const from = new Int32Array(lanes.length + 1);
  assignments.forEach((a, i) => {
    const l = (laneOf[i] as number) + 1;
    from[l] = (from[l] as number) + a.parts.length;
  });
  for (let l = 0; l < lanes.length; l++) {
    from[l + 1] = (from[l + 1] as number) + (from[l] as number);
  }
  const total = from[lanes.length] as number;
  const columns: Columns = {
    from,
    filled: new Int32Array(lanes.length),
    starts: epochMillisArray(total),
    ends: epochMillisArray(total),
    owners: new Int32Array(total),
  };
  let count = 0;
  assignments.forEach((a, i) => {
    count += addParts(columns, { assignment: a, owner: i, lane: laneOf[i] as number, range });
  });

  // The lanes of each rotation, in lane order; rotations in the order of their first lane,
  // which is model order.
  const byRotation = new Map<string, number[]>();
  lanes.forEach((lane, l) => {
    const list = byRotation.get(lane.rotation);
    if (list) list.push(l);
    else byRotation.set(lane.rotation, [l]);
  });
  const emitted: Emitted = {
    out: new Array(count),
    next: 0,
    people: assignments.map((a) => a.person),
    // A turn's name, made once for all its shifts.
    turns: new Array<string | undefined>(assignments.length).fill(undefined),
    // Lanes with the same handoffs share their turns (see sharedSlots): named once.
    names: new WeakMap(),
    assignments,
  };
  for (const [rotation, ofRotation] of byRotation) {
    mergeLanes(columns, emitted, { rotation, lanes: ofRotation });
  }
  return emitted.out;
}

/** Puts an assignment's parts within the range in its lane's stretch; returns how many. */
function addParts(
  columns: Columns,
  item: {
    readonly assignment: Assignment;
    readonly owner: number;
    readonly lane: number;
    readonly range: Interval;
  },
): number {
  const { from, filled, starts, ends, owners } = columns;
  const { parts } = item.assignment;
  const l = item.lane;
  let added = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Interval;
    const start = later(part.start, item.range.start);
    const end = earlier(part.end, item.range.end);
    if (end <= start) continue;
    const at = (from[l] as number) + (filled[l] as number);
    filled[l] = (filled[l] as number) + 1;
    starts[at] = start;
    ends[at] = end;
    owners[at] = item.owner;
    added++;
  }
  return added;
}

/** The shifts made so far, and what they are made from. */
interface Emitted {
  readonly out: Shift[];
  next: number;
  readonly people: readonly string[];
  readonly turns: (string | undefined)[];
  /** Turn names by turn, with the zone they were made for. */
  readonly names: WeakMap<Slot, { readonly zone: string; readonly name: string }>;
  readonly assignments: readonly Assignment[];
}

/** Makes the shifts of one rotation's lanes, merged by start, an earlier lane first on ties. */
function mergeLanes(
  columns: Columns,
  emitted: Emitted,
  rotation: { readonly rotation: string; readonly lanes: readonly number[] },
): void {
  const { from, filled, starts, ends, owners } = columns;
  const n = rotation.lanes.length;
  const cursors = new Int32Array(n);
  const limits = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = rotation.lanes[i] as number;
    cursors[i] = from[l] as number;
    limits[i] = (from[l] as number) + (filled[l] as number);
    putInTimeOrder(columns, cursors[i] as number, limits[i] as number);
  }
  const { out, people, turns } = emitted;
  for (;;) {
    let pick = -1;
    let start = NEVER;
    for (let i = 0; i < n; i++) {
      const c = cursors[i] as number;
      if (c < (limits[i] as number) && (starts[c] as EpochMillis) < start) {
        start = starts[c] as EpochMillis;
        pick = i;
      }
    }
    if (pick < 0) return;
    const j = cursors[pick] as number;
    cursors[pick] = j + 1;
    const owner = owners[j] as number;
    let turn = turns[owner];
    if (turn === undefined) {
      turn = turnName(emitted.assignments[owner] as Assignment, emitted.names);
      turns[owner] = turn;
    }
    out[emitted.next++] = {
      rotation: rotation.rotation,
      person: people[owner] as string,
      start,
      end: ends[j] as EpochMillis,
      turn,
    };
  }
}

/** A turn's name, `Europe/Berlin#2911`: the zone of its handoffs and its number. */
function turnName(a: Assignment, names: Emitted['names']): string {
  const known = names.get(a.turn);
  if (known && known.zone === a.lane.zone) return known.name;
  const name = `${a.lane.zone}#${a.turn.index}`;
  names.set(a.turn, { zone: a.lane.zone, name });
  return name;
}

/**
 * Sorts the stretch `[from, to)` of the columns by start, equal starts staying in the order
 * added. A lane's shifts are in order already unless a turn was split among several people:
 * its parts come person by person.
 */
function putInTimeOrder(columns: Columns, from: number, to: number): void {
  const { starts, ends, owners } = columns;
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) {
    sorted = (starts[i - 1] as EpochMillis) <= (starts[i] as EpochMillis);
  }
  if (sorted) return;
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  order.sort((a, b) => (starts[a] as EpochMillis) - (starts[b] as EpochMillis) || a - b);
  const s = order.map((i) => starts[i] as EpochMillis);
  const e = order.map((i) => ends[i] as EpochMillis);
  const o = order.map((i) => owners[i] as number);
  starts.set(s, from);
  ends.set(e, from);
  owners.set(o, from);
}
