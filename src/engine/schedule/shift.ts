import type { EpochMillis } from '../../model/index.ts';
import type { Interval } from './interval.ts';

/**
 * A person on call for a rotation during an interval: the unit of a schedule. A turn that is
 * not continuous (a week of 8x5, a week of daytimes in follow-the-sun) is several shifts with
 * the same `turn`.
 */
export interface Shift extends Interval {
  /** When the shift starts and ends (`[start, end)`). */
  readonly start: EpochMillis;
  readonly end: EpochMillis;
  readonly rotation: string;
  readonly person: string;
  /** The turn the shift belongs to: the site's zone and the turn index, e.g. `Europe/Berlin#2911`. */
  readonly turn: string;
}

/** Orders shifts by start, then rotation, then person: the one order every output uses. */
export function compareShifts(a: Shift, b: Shift): number {
  return (
    a.start - b.start ||
    (a.rotation < b.rotation ? -1 : a.rotation > b.rotation ? 1 : 0) ||
    (a.person < b.person ? -1 : a.person > b.person ? 1 : 0)
  );
}
