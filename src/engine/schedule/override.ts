import type { EpochMillis } from '../../model/index.ts';

/**
 * A change made by people on top of the planned schedule: two people swap turns, or someone
 * takes over part of a rotation. Applied after planning, then every constraint is checked again.
 */
export type Override =
  | {
      readonly kind: 'swap';
      readonly rotation: string;
      /** A moment in each of the two shifts whose turns are exchanged. */
      readonly first: EpochMillis;
      readonly second: EpochMillis;
    }
  | {
      readonly kind: 'take';
      readonly rotation: string;
      /** Who takes over every shift of the rotation in `[start, end)`. */
      readonly person: string;
      readonly start: EpochMillis;
      readonly end: EpochMillis;
    };
