/**
 * The cycles of a graph where every node has at most one outgoing edge (a "reports to" or
 * "part of" relation). Each cycle is listed once, starting at its alphabetically first member.
 */
export function findCycles(next: ReadonlyMap<string, string>): string[][] {
  const cycles: string[][] = [];
  // The walk that first reached each node: a node reached again by the same walk closes a
  // cycle, one reached by an earlier walk leads into what is known already. One map for all the
  // walks, since a large organization has a walk per person.
  const walkOf = new Map<string, number>();
  let walk = 0;
  for (const start of next.keys()) {
    if (walkOf.has(start)) continue;
    walk++;
    const path: string[] = [];
    let node: string | undefined = start;
    while (node !== undefined && !walkOf.has(node)) {
      walkOf.set(node, walk);
      path.push(node);
      node = next.get(node);
    }
    if (node !== undefined && walkOf.get(node) === walk) {
      const cycle = path.slice(path.indexOf(node));
      const min = cycle.indexOf([...cycle].sort()[0] as string);
      cycles.push([...cycle.slice(min), ...cycle.slice(0, min)]);
    }
  }
  return cycles.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}
