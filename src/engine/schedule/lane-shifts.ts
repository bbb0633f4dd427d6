import type { Shift } from './shift.ts';

/**
 * One lane's shifts before they become objects, as columns: a year of a thousand follow-the-sun
 * rotations is a million shifts, and numbers in arrays are put in order without touching (or
 * keeping alive) a million objects. The shifts are made once, in their final order.
 */
export interface LaneShifts {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly people: string[];
  readonly turns: string[];
  /** How many shifts the columns hold (they are made for at most as many as first said). */
  length: number;
}

/** Columns for up to `capacity` shifts. */
export function laneShifts(capacity: number): LaneShifts {
  return {
    starts: new Float64Array(capacity),
    ends: new Float64Array(capacity),
    people: new Array<string>(capacity).fill(''),
    turns: new Array<string>(capacity).fill(''),
    length: 0,
  };
}

/**
 * The positions of a lane's shifts by start, equal starts in the order added; undefined when
 * they are in order already (they are, unless a turn was split among several people: its parts
 * come person by person).
 */
function timeOrder(lane: LaneShifts): number[] | undefined {
  const { starts, length } = lane;
  for (let i = 1; i < length; i++) {
    if ((starts[i - 1] as number) > (starts[i] as number)) {
      const order: number[] = [];
      for (let k = 0; k < length; k++) order.push(k);
      return order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
    }
  }
  return undefined;
}

/**
 * Appends the shifts of one rotation's lanes (its follow-the-sun sites) to `out`, merged into
 * one list by start; on equal starts the earlier lane's shift comes first.
 */
export function emitShifts(out: Shift[], rotation: string, lanes: readonly LaneShifts[]): void {
  const orders = lanes.map(timeOrder);
  const at = lanes.map(() => 0);
  for (;;) {
    let pick = -1;
    let start = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lanes.length; i++) {
      const lane = lanes[i] as LaneShifts;
      const k = at[i] as number;
      if (k >= lane.length) continue;
      const s = lane.starts[orders[i]?.[k] ?? k] as number;
      if (s < start) {
        start = s;
        pick = i;
      }
    }
    if (pick < 0) return;
    const lane = lanes[pick] as LaneShifts;
    const k = at[pick] as number;
    const j = orders[pick]?.[k] ?? k;
    at[pick] = k + 1;
    out.push({
      rotation,
      person: lane.people[j] as string,
      start,
      end: lane.ends[j] as number,
      turn: lane.turns[j] as string,
    });
  }
}
