/**
 * The cycles of a graph where every node has at most one outgoing edge (a "reports to" or
 * "part of" relation). Each cycle is listed once, starting at its alphabetically first member.
 */
export function findCycles(next: ReadonlyMap<string, string>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | undefined = start;
    while (node !== undefined && !done.has(node) && !onPath.has(node)) {
      onPath.set(node, path.length);
      path.push(node);
      node = next.get(node);
    }
    if (node !== undefined && onPath.has(node)) {
      const cycle = path.slice(onPath.get(node));
      const min = cycle.indexOf([...cycle].sort()[0] as string);
      cycles.push([...cycle.slice(min), ...cycle.slice(0, min)]);
    }
    for (const n of path) done.add(n);
  }
  return cycles.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}
