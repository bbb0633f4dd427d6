import { lowerBound, regularInterval, type SliSeries } from './sli-series.ts';

/** The SLI samples that cover a stretch of time, and what they counted. */
export interface CoveringSamples {
  /** How many samples cover some of the stretch. */
  readonly samples: number;
  /** Bad events (`total − good`) of those samples. */
  readonly bad: number;
  /** All events of those samples. */
  readonly total: number;
  /**
   * The events those samples counted inside the stretch, each sample's total taken in
   * proportion to the part of its interval the stretch overlaps (events spread evenly over it).
   */
  readonly totalDuring: number;
  /**
   * How the samples were read: stamped at the `end` of the interval they count (a Prometheus
   * range query step) or at its `start` (an hourly bucket named by its first minute).
   */
  readonly stamp: 'end' | 'start';
}

interface Group {
  readonly t: number;
  readonly samples: number;
  readonly good: number;
  readonly total: number;
}

/**
 * The samples of `series` that cover the stretch `[start, end)` (§12.4.8). A sample counts the
 * events of the interval between it and its neighbour, but exporters stamp that interval at its
 * end (a Prometheus range query step: `(previous, t]`) or at its start (an hourly bucket:
 * `[t, next)`), and the file does not say which. Both readings are taken and the one whose
 * samples hold more bad events is the incident's (the end on a tie): a two-hour sample at 20:00
 * covers an incident from 19:40 to 20:00 when the bad events are in it, the 08:00 sample of an
 * hourly bucket an incident from 08:00 to 09:00. The first and last samples of a series count
 * one interval (regular, else the first gap) beyond them. Samples of the same second count
 * together.
 */
export function coveringSamples(series: SliSeries, start: number, end: number): CoveringSamples {
  const none = { samples: 0, bad: 0, total: 0, totalDuring: 0 };
  const { seconds, length } = series;
  if (length === 0 || !(end > start)) return { ...none, stamp: 'end' };
  // From the last sample at or before `start` to the first at or after `end` (times are whole
  // seconds: the first after `start` is the first at or after start + 1).
  let lo = lowerBound(series, Math.floor(start) + 1);
  if (lo > 0) {
    const t = seconds[lo - 1] as number;
    lo--;
    while (lo > 0 && (seconds[lo - 1] as number) === t) lo--;
  }
  const groups: Group[] = [];
  let i = lo;
  while (i < length) {
    const t = seconds[i] as number;
    let good = 0;
    let total = 0;
    let j = i;
    for (; j < length && (seconds[j] as number) === t; j++) {
      good += series.good[j] as number;
      total += series.total[j] as number;
    }
    groups.push({ t, samples: j - i, good, total });
    i = j;
    if (t >= end) break;
  }
  const interval = defaultInterval(series);
  const before = lo > 0 ? (seconds[lo - 1] as number) : (seconds[0] as number) - interval;
  const last = groups.at(-1)?.t ?? 0;
  const after = i < length ? (seconds[i] as number) : last + interval;
  const byEnd = read(groups, start, end, (k) => [groups[k - 1]?.t ?? before, groups[k]?.t ?? 0]);
  const byStart = read(groups, start, end, (k) => [groups[k]?.t ?? 0, groups[k + 1]?.t ?? after]);
  return byStart.bad > byEnd.bad ? { ...byStart, stamp: 'start' } : { ...byEnd, stamp: 'end' };
}

/** The samples covering `[start, end)` when group k counts the interval `bounds(k)`. */
function read(
  groups: readonly Group[],
  start: number,
  end: number,
  bounds: (k: number) => readonly [number, number],
): Omit<CoveringSamples, 'stamp'> {
  let samples = 0;
  let bad = 0;
  let total = 0;
  let totalDuring = 0;
  groups.forEach((g, k) => {
    const [from, to] = bounds(k);
    const span = to - from;
    // An interval of no length (one sample, no interval known) covers its own moment.
    const overlap =
      span > 0 ? Math.min(to, end) - Math.max(from, start) : g.t >= start && g.t < end ? 1 : 0;
    if (overlap <= 0) return;
    samples += g.samples;
    bad += g.total - g.good;
    total += g.total;
    totalDuring += span > 0 ? (g.total * overlap) / span : g.total;
  });
  return { samples, bad, total, totalDuring };
}

/** The interval a series' samples come at: its regular one, else the first gap between two. */
function defaultInterval(series: SliSeries): number {
  const regular = regularInterval(series);
  if (regular !== undefined) return regular;
  const first = series.seconds[0] as number;
  for (let k = 1; k < series.length; k++) {
    const t = series.seconds[k] as number;
    if (t > first) return t - first;
  }
  return 0;
}
