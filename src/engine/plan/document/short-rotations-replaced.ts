import { rotationsTheDesignEnds } from '../../oncall-cost/rotations-the-design-ends.ts';

/** What the rule needs of a rotation's sizing: its name and whether it has the people it needs. */
interface Sized {
  readonly name: string;
  readonly sustainable: boolean;
}

/** What the rule needs of the priced designs: today's rotations and what the design keeps. */
export interface Designs {
  readonly current: { readonly rotations: readonly { readonly name: string }[] };
  readonly optimized: {
    readonly rotations: readonly { readonly keeps?: string | null | undefined }[];
  };
}

/**
 * Today's rotations that are short of people (§12.9.5) and that the §12.6 optimized design does
 * not keep: the design mends them by replacing them. One rule for the on-call decision, which
 * gives it as a reason to move, and the risk register, whose mitigation of such a shortfall is
 * that move before any hire.
 */
export function shortRotationsTheDesignReplaces(
  sized: readonly Sized[],
  designs: Designs,
): readonly string[] {
  const ended = rotationsTheDesignEnds(
    designs.current.rotations.map((r) => r.name),
    designs.optimized.rotations,
  );
  return sized.filter((r) => !r.sustainable && ended.has(r.name)).map((r) => r.name);
}
