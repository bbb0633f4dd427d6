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
  const kept = new Set(designs.optimized.rotations.flatMap((r) => (r.keeps ? [r.keeps] : [])));
  const today = new Set(designs.current.rotations.map((r) => r.name));
  return sized
    .filter((r) => !r.sustainable && today.has(r.name) && !kept.has(r.name))
    .map((r) => r.name);
}
