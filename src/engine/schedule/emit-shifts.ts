import type { Interval } from './interval.ts';
import type { Assignment } from './plan-period.ts';
import type { Lane } from './rotation-lanes.ts';
import type { Shift } from './shift.ts';

/**
 * The shifts of planned turns within a range: by rotation in model order, a rotation's lanes
 * (its follow-the-sun sites) merged by start, an earlier lane's shift first on equal starts.
 *
 * A year of a thousand follow-the-sun rotations is a million shifts. They are put in order as
 * numbers in typed arrays (each shift a start, an end and the turn it belongs to), which the
 * garbage collector never has to look at, and made as objects once, in their final order.
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
  // Each lane's stretch of the columns: counted first, so nothing grows.
  const from = new Int32Array(lanes.length + 1);
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as Assignment;
    const l = laneIndex.get(a.lane) as number;
    from[l + 1] = (from[l + 1] as number) + a.parts.length;
  }
  for (let l = 0; l < lanes.length; l++)
    from[l + 1] = (from[l + 1] as number) + (from[l] as number);
  const total = from[lanes.length] as number;
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  const owners = new Int32Array(total);
  const filled = new Int32Array(lanes.length);
  let count = 0;
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i] as Assignment;
    const l = laneIndex.get(a.lane) as number;
    const { parts } = a;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as Interval;
      const start = Math.max(part.start, range.start);
      const end = Math.min(part.end, range.end);
      if (end <= start) continue;
      const at = (from[l] as number) + (filled[l] as number)++;
      starts[at] = start;
      ends[at] = end;
      owners[at] = i;
      count++;
    }
  }

  // A turn's name and holder, looked up once for all its shifts.
  const turns: (string | undefined)[] = new Array(assignments.length).fill(undefined);
  const turnOf = (i: number): string => {
    let name = turns[i];
    if (name === undefined) {
      const a = assignments[i] as Assignment;
      name = `${a.lane.zone}#${a.turn.index}`;
      turns[i] = name;
    }
    return name;
  };
  const people = assignments.map((a) => a.person);

  const out: Shift[] = new Array(count);
  let next = 0;
  const emit = (rotation: string, j: number) => {
    const owner = owners[j] as number;
    out[next++] = {
      rotation,
      person: people[owner] as string,
      start: starts[j] as number,
      end: ends[j] as number,
      turn: turnOf(owner),
    };
  };
  // The lanes of each rotation, in lane order; rotations in the order of their first lane,
  // which is model order.
  const byRotation = new Map<string, number[]>();
  lanes.forEach((lane, l) => {
    const list = byRotation.get(lane.rotation);
    if (list) list.push(l);
    else byRotation.set(lane.rotation, [l]);
  });
  for (const [rotation, ofRotation] of byRotation) {
    const n = ofRotation.length;
    const cursors = new Int32Array(n);
    const limits = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const l = ofRotation[i] as number;
      cursors[i] = from[l] as number;
      limits[i] = (from[l] as number) + (filled[l] as number);
      putInTimeOrder({ starts, ends, owners }, cursors[i] as number, limits[i] as number);
    }
    for (;;) {
      // The lane whose next shift starts first; the earlier lane on a tie.
      let pick = -1;
      let start = Number.POSITIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const c = cursors[i] as number;
        if (c < (limits[i] as number) && (starts[c] as number) < start) {
          start = starts[c] as number;
          pick = i;
        }
      }
      if (pick < 0) break;
      emit(rotation, cursors[pick] as number);
      cursors[pick] = (cursors[pick] as number) + 1;
    }
  }
  return out;
}

/**
 * Sorts one lane's stretch `[from, to)` of the columns by start, equal starts staying in the
 * order added. It is in order already unless a turn was split among several people: its parts
 * come person by person.
 */
function putInTimeOrder(
  columns: {
    readonly starts: Float64Array;
    readonly ends: Float64Array;
    readonly owners: Int32Array;
  },
  from: number,
  to: number,
): void {
  const { starts, ends, owners } = columns;
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++)
    sorted = (starts[i - 1] as number) <= (starts[i] as number);
  if (sorted) return;
  const order: number[] = [];
  for (let i = from; i < to; i++) order.push(i);
  order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
  const s = order.map((i) => starts[i] as number);
  const e = order.map((i) => ends[i] as number);
  const o = order.map((i) => owners[i] as number);
  starts.set(s, from);
  ends.set(e, from);
  owners.set(o, from);
}
