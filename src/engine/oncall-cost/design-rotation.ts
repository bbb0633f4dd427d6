import type { Coverage, RotationType } from '../../model/index.ts';

/** A rotation of an on-call design: one the model has, or one a design proposes. */
export interface DesignRotation {
  readonly name: string;
  readonly type: RotationType;
  readonly coverage: Coverage;
  /** The services it is on call for. */
  readonly services: readonly string[];
  /** Its members today; undefined for a proposed rotation. */
  readonly members?: number | undefined;
}

export type DesignName = 'current' | 'optimized' | 'team-rotation-per-team';

export interface Design {
  readonly name: DesignName;
  readonly rotations: readonly DesignRotation[];
  /** Why each service sits where it does, when the design says more than its rotations. */
  readonly notes: readonly string[];
}
