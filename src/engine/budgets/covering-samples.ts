import { type DurationSeconds, durationSeconds, type EpochSeconds } from '../../model/index.ts';
import { firstSampleAfter, sampleCountsIn } from './sample-span.ts';
import { regularInterval, type SliSeries } from './sli-series.ts';

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
}

interface Group {
  readonly t: EpochSeconds;
  readonly samples: number;
  readonly good: number;
  readonly total: number;
}

/**
 * The samples of `series` that cover the stretch `[start, end)` (§12.4.8). A sample at t counts
 * the events of (previous, t] (sample-span.ts: the one reading budgets and burn-rate windows
 * make too); every sample whose interval overlaps the stretch covers it: a two-hour sample at
 * 20:00 covers an incident from 19:40 to 20:00. The first sample of a series counts one interval
 * (regular, else the first gap) before it. Samples of the same second count together.
 */
export function coveringSamples(
  series: SliSeries,
  start: EpochSeconds,
  end: EpochSeconds,
): CoveringSamples {
  const none = { samples: 0, bad: 0, total: 0, totalDuring: 0 };
  const { seconds, length } = series;
  if (length === 0 || !(end > start)) return none;
  // From the first sample that counts events after `start` to the first at or after `end`.
  const lo = firstSampleAfter(series, start);
  const groups: Group[] = [];
  let i = lo;
  while (i < length) {
    const t = seconds[i] as EpochSeconds;
    if (groups.length > 0 && (groups.at(-1) as Group).t >= end) break;
    let good = 0;
    let total = 0;
    let j = i;
    for (; j < length && (seconds[j] as number) === t; j++) {
      good += series.good[j] as number;
      total += series.total[j] as number;
    }
    groups.push({ t, samples: j - i, good, total });
    i = j;
  }
  const before =
    lo > 0 ? (seconds[lo - 1] as number) : (seconds[0] as number) - defaultInterval(series);
  let samples = 0;
  let bad = 0;
  let total = 0;
  let totalDuring = 0;
  groups.forEach((g, k) => {
    const from = k > 0 ? (groups[k - 1] as Group).t : before;
    const span = g.t - from;
    // An interval of no length (one sample, no interval known) covers its own moment.
    const overlap =
      span > 0
        ? Math.min(g.t, end) - Math.max(from, start)
        : sampleCountsIn(g.t, start, end)
          ? 1
          : 0;
    if (overlap <= 0) return;
    samples += g.samples;
    bad += g.total - g.good;
    total += g.total;
    totalDuring += span > 0 ? (g.total * overlap) / span : g.total;
  });
  return { samples, bad, total, totalDuring };
}
/** The interval a series' samples come at: its regular one, else the first gap between two. */
function defaultInterval(series: SliSeries): DurationSeconds {
  const regular = regularInterval(series);
  if (regular !== undefined) return regular;
  const first = series.seconds[0] as number;
  for (let k = 1; k < series.length; k++) {
    const t = series.seconds[k] as number;
    if (t > first) return durationSeconds(t - first);
  }
  return durationSeconds(0);
}
