import type { DurationMinutes } from '../../model/index.ts';

/**
 * The design figures are per average month: a Gregorian year of 365.25 days over 12 months,
 * 30.4375 days or 365.25/84 ≈ 4.348 weeks. Kept as a ratio so money is computed with one
 * rounding at the end.
 */
export const WEEKS_PER_MONTH = { numerator: 365.25, denominator: 84 } as const;

/** Hours per average month from minutes per week (for display; money uses the ratio). */
export function monthlyHoursFromWeeklyMinutes(minutesPerWeek: DurationMinutes): number {
  return (minutesPerWeek / 60) * (WEEKS_PER_MONTH.numerator / WEEKS_PER_MONTH.denominator);
}
