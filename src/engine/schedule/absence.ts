import type { Interval } from './interval.ts';

/** A person not available for on-call during an interval (leave, sickness, training). */
export interface Absence extends Interval {
  readonly person: string;
}
