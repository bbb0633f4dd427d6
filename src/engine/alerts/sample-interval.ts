import { type DurationSeconds, durationSeconds } from '../../model/index.ts';
import type { SliSeries } from '../budgets/sli-series.ts';

/** The shortest time between two samples of the series (its resolution); 0 with fewer than 2. */
export function sampleInterval(series: SliSeries): DurationSeconds {
  let step = 0;
  for (let i = 1; i < series.length; i++) {
    const d = (series.seconds[i] as number) - (series.seconds[i - 1] as number);
    if (d > 0 && (step === 0 || d < step)) step = d;
  }
  return durationSeconds(step);
}
