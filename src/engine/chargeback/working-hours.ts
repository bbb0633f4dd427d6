import { DateTime } from 'luxon';
import { WEEKDAYS } from '../../model/index.ts';
import type { Month } from '../compensation/index.ts';
import { type BusinessHours, minuteOfDay, WEEKS_PER_MONTH } from '../coverage-hours/index.ts';

/**
 * Business hours of one person in the month, in hundredths of an hour: business days × business
 * hours a day, public holidays not known; `average` is 365.25 ÷ 12 days.
 */
export function workingHundredths(month: Month | 'average', hours: BusinessHours): number {
  const minutes = minuteOfDay(hours.end) - minuteOfDay(hours.start);
  if (month === 'average') {
    const days = new Set(hours.days).size;
    return Math.round(
      (days * minutes * 100 * WEEKS_PER_MONTH.numerator) / (60 * WEEKS_PER_MONTH.denominator),
    );
  }
  const start = DateTime.fromObject(
    { year: month.year, month: month.month, day: 1 },
    { zone: 'UTC' },
  );
  let days = 0;
  for (let d = start; d.month === month.month; d = d.plus({ days: 1 })) {
    if (hours.days.includes(WEEKDAYS[d.weekday - 1] as (typeof WEEKDAYS)[number])) days++;
  }
  return Math.round((days * minutes * 100) / 60);
}
