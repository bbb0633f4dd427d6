import { dateOfSeconds, type EpochSeconds } from '../../model/index.ts';
import { monthOf, monthStart } from '../budgets/epoch.ts';

export type KpiPeriodKind = 'month' | 'quarter';

/** A reporting period [start, end) in epoch seconds: `2025-03` or `2025-Q1` (UTC). */
export interface KpiPeriodBounds {
  readonly label: string;
  readonly start: EpochSeconds;
  readonly end: EpochSeconds;
}

/** The month or quarter that contains `at`. */
export function kpiPeriodContaining(kind: KpiPeriodKind, at: EpochSeconds): KpiPeriodBounds {
  if (kind === 'month') {
    const start = monthStart(at);
    return { label: monthOf(start), start, end: monthStart(at, 1) };
  }
  const month = dateOfSeconds(at).getUTCMonth();
  const start = monthStart(at, -(month % 3));
  const quarter = Math.floor(month / 3) + 1;
  return {
    label: `${monthOf(start).slice(0, 4)}-Q${quarter}`,
    start,
    end: monthStart(start, 3),
  };
}

/** Every period from the one containing `from` to the one containing `to`, in order. */
export function kpiPeriods(
  kind: KpiPeriodKind,
  from: EpochSeconds,
  to: EpochSeconds,
): readonly KpiPeriodBounds[] {
  const out: KpiPeriodBounds[] = [];
  if (to < from) return out;
  let period = kpiPeriodContaining(kind, from);
  out.push(period);
  while (period.end <= to) {
    period = kpiPeriodContaining(kind, period.end);
    out.push(period);
  }
  return out;
}
