import {
  type BudgetWindow,
  type DurationSeconds,
  durationSeconds,
  type EpochSeconds,
  epochSeconds,
  laterSeconds,
} from '../../model/index.ts';
import { DAY, dayOf, monthOf, monthStart } from './epoch.ts';

/** One error budget period [start, end) in epoch seconds. */
export interface BudgetPeriod {
  /** `2025-03` for calendar months, `2025-03-03..2025-03-30` (last day included) otherwise. */
  readonly label: string;
  readonly start: EpochSeconds;
  readonly end: EpochSeconds;
  /** Whether the period had ended at `asOf`; only complete periods drive handover decisions. */
  readonly complete: boolean;
}

/**
 * Rolling windows are cut into consecutive periods of their length starting from this Monday,
 * so a period's bounds never depend on when the data starts or when the report is made: the
 * timeline of who ran a service stays the same as data is added.
 */
export const ROLLING_ANCHOR = epochSeconds(Date.UTC(1970, 0, 5) / 1000);

/** The length in seconds of a rolling window; undefined for calendar months. */
export function rollingSeconds(window: BudgetWindow): DurationSeconds | undefined {
  if (window === '28d') return durationSeconds(28 * DAY);
  if (window === '30d') return durationSeconds(30 * DAY);
  return undefined;
}

/** The period of `window` that contains `at`. */
export function periodContaining(
  window: BudgetWindow,
  at: EpochSeconds,
  asOf: EpochSeconds,
): BudgetPeriod {
  const length = rollingSeconds(window);
  if (length === undefined) {
    const start = monthStart(at);
    const end = monthStart(at, 1);
    return { label: monthOf(start), start, end, complete: end <= asOf };
  }
  const start = laterSeconds(
    ROLLING_ANCHOR,
    durationSeconds(Math.floor((at - ROLLING_ANCHOR) / length) * length),
  );
  const end = laterSeconds(start, length);
  const lastDay = epochSeconds(end - DAY);
  return { label: `${dayOf(start)}..${dayOf(lastDay)}`, start, end, complete: end <= asOf };
}

/**
 * The budget periods of `window` from the one containing `from` to the one containing the last
 * second before `asOf`, in order. Empty when `from` is not before `asOf`.
 */
export function budgetPeriods(options: {
  readonly window: BudgetWindow;
  readonly from: EpochSeconds;
  readonly asOf: EpochSeconds;
}): readonly BudgetPeriod[] {
  const { window, from, asOf } = options;
  const periods: BudgetPeriod[] = [];
  if (!(from < asOf)) return periods;
  let period = periodContaining(window, from, asOf);
  periods.push(period);
  while (period.end < asOf) {
    period = periodContaining(window, period.end, asOf);
    periods.push(period);
  }
  return periods;
}
