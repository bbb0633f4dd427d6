import type { Shift } from './shift.ts';

/** A stretch of consecutive shifts of one rotation: `shifts[from]` to `shifts[to - 1]`. */
export interface RotationRun {
  readonly rotation: string;
  readonly from: number;
  readonly to: number;
  /** The people on call in the stretch, in the order they first appear. */
  readonly people: readonly string[];
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
    const rotation = (shifts[from] as Shift).rotation;
    const people: string[] = [];
    let to = from;
    for (; to < shifts.length; to++) {
      const s = shifts[to] as Shift;
      if (s.rotation !== rotation) break;
      if (!people.includes(s.person)) people.push(s.person);
    }
    runs.push({ rotation, from, to, people });
    from = to;
  }
  return runs;
}
