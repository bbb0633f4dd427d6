/**
 * Today's rotations the §12.6 optimized design keeps none of (`DesignRotation.keeps`): it merges
 * them onto a same-domain pager (`sameDomainPagers`) or replaces them (a thin layer, domain
 * rotations). One definition for every command that asks whether a rotation goes on: the surplus
 * allocation offers no free SRE a rotation the design ends (`freeSrePlaces`), and the plan's
 * decisions and risks say it is replaced (`shortRotationsTheDesignReplaces`).
 */
export function rotationsTheDesignEnds(
  today: Iterable<string>,
  optimized: readonly { readonly keeps?: string | null | undefined }[],
): Set<string> {
  const kept = new Set(optimized.flatMap((r) => (r.keeps ? [r.keeps] : [])));
  return new Set([...today].filter((name) => !kept.has(name)));
}
