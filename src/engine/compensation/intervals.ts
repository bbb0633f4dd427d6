import { durationMillis, type EpochMillis, epochMillis, hoursOfMillis } from '../../model/index.ts';

/** A half-open span of real time `[startMs, endMs)`, epoch milliseconds (in the type). */
export interface TimeInterval {
  readonly startMs: EpochMillis;
  readonly endMs: EpochMillis;
}

/** Sorted, merged, without empty spans. */
export function normalizeIntervals(intervals: readonly TimeInterval[]): TimeInterval[] {
  const sorted = intervals.filter((i) => i.endMs > i.startMs).sort((a, b) => a.startMs - b.startMs);
  const merged: TimeInterval[] = [];
  for (const i of sorted) {
    const last = merged.at(-1);
    if (last && i.startMs <= last.endMs) {
      merged[merged.length - 1] = {
        startMs: last.startMs,
        endMs: epochMillis(Math.max(last.endMs, i.endMs)),
      };
    } else merged.push(i);
  }
  return merged;
}

export function intersectIntervals(
  a: readonly TimeInterval[],
  b: readonly TimeInterval[],
): TimeInterval[] {
  const out: TimeInterval[] = [];
  for (const x of normalizeIntervals(a)) {
    for (const y of normalizeIntervals(b)) {
      const startMs = epochMillis(Math.max(x.startMs, y.startMs));
      const endMs = epochMillis(Math.min(x.endMs, y.endMs));
      if (endMs > startMs) out.push({ startMs, endMs });
    }
  }
  return normalizeIntervals(out);
}

export function subtractIntervals(
  from: readonly TimeInterval[],
  remove: readonly TimeInterval[],
): TimeInterval[] {
  let rest = normalizeIntervals(from);
  for (const r of normalizeIntervals(remove)) {
    rest = rest.flatMap((i) => {
      if (r.endMs <= i.startMs || r.startMs >= i.endMs) return [i];
      const parts: TimeInterval[] = [];
      if (r.startMs > i.startMs) parts.push({ startMs: i.startMs, endMs: r.startMs });
      if (r.endMs < i.endMs) parts.push({ startMs: r.endMs, endMs: i.endMs });
      return parts;
    });
  }
  return rest;
}

export function intervalHours(intervals: readonly TimeInterval[]): number {
  return hoursOfMillis(durationMillis(intervals.reduce((h, i) => h + (i.endMs - i.startMs), 0)));
}
