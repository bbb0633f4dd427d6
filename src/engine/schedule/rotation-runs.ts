import {
  type DurationMillis,
  durationMillis,
  type EpochMillis,
  type EpochMillisArray,
  epochMillis,
  epochMillisArray,
  millisBetween,
} from '../../model/index.ts';
import type { Interval } from './interval.ts';
import type { Shift } from './shift.ts';

/** A stretch of consecutive shifts of one rotation: `shifts[from]` to `shifts[to - 1]`. */
export interface RotationRun {
  readonly rotation: string;
  readonly from: number;
  readonly to: number;
  /** The people on call in the stretch, in the order they first appear. */
  readonly people: readonly string[];
  /**
   * The stretch's starts and ends in its order: numbers in typed arrays are quicker to search
   * and merge than a million shift objects (the elements are `EpochMillis`).
   */
  readonly starts: EpochMillisArray;
  readonly ends: EpochMillisArray;
  /** Who is on call in each shift of the stretch: their place in `people`. */
  readonly who: Int32Array;
  /** Whether the stretch is in order of start (as a schedule lists it). */
  readonly sorted: boolean;
  /** The longest shift of the stretch. */
  readonly longest: DurationMillis;
}

/**
 * The runs of shifts of one rotation, in one pass. A schedule lists its shifts by rotation,
 * then start, so a rotation is one run; the checks then look at a few runs and their people
 * rather than at every one of a million shifts each.
 */
export function rotationRuns(shifts: readonly Shift[]): RotationRun[] {
  const runs: RotationRun[] = [];
  let from = 0;
  while (from < shifts.length) {
    const run = runFrom(shifts, from);
    runs.push(run);
    from = run.to;
  }
  return runs;
}

/** The run starting at `from`. */
function runFrom(shifts: readonly Shift[], from: number): RotationRun {
  const rotation = (shifts[from] as Shift).rotation;
  let to = from + 1;
  while (to < shifts.length && (shifts[to] as Shift).rotation === rotation) to++;
  const people: string[] = [];
  const starts = epochMillisArray(to - from);
  const ends = epochMillisArray(to - from);
  const who = new Int32Array(to - from);
  let sorted = true;
  let longest = durationMillis(0);
  for (let k = from; k < to; k++) {
    const s = shifts[k] as Shift;
    let p = people.indexOf(s.person);
    if (p < 0) p = people.push(s.person) - 1;
    who[k - from] = p;
    starts[k - from] = s.start;
    ends[k - from] = s.end;
    if (k > from && s.start < (starts[k - from - 1] as EpochMillis)) sorted = false;
    const length = millisBetween(s.start, s.end);
    if (length > longest) longest = length;
  }
  return { rotation, from, to, people, starts, ends, who, sorted, longest };
}

/**
 * The instants a run in order of start covers, merged: `mergeIntervals` of its shifts, from
 * the numbers alone.
 */
export function mergeRun(run: RotationRun): Interval[] {
  const { starts, ends } = run;
  const out: Interval[] = [];
  let open = false;
  let start = epochMillis(0);
  let end = epochMillis(0);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as EpochMillis;
    const e = ends[i] as EpochMillis;
    if (s >= e) continue;
    if (open && s <= end) {
      if (e > end) end = e;
    } else {
      if (open) out.push({ start, end });
      start = s;
      end = e;
      open = true;
    }
  }
  if (open) out.push({ start, end });
  return out;
}
