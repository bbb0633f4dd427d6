import { DateTime } from 'luxon';
import type { CompiledModel, Person } from '../../model/index.ts';
import { WEEKDAYS } from '../../model/index.ts';
import type { Month } from '../compensation/index.ts';
import { type BusinessHours, minuteOfDay, WEEKS_PER_MONTH } from '../coverage-hours/index.ts';

/**
 * The people of an SRE team whose hours it gives to support (§12.4.7): its members other than
 * managers (they lead the team) and open positions (nobody is in them to give an hour).
 * Chargeback shares a team's time over them, and `support-hours-beyond-working-time` measures
 * agreed support against them.
 */
export function supportingEngineers(model: CompiledModel, team: string): readonly Person[] {
  return model.index
    .membersOf(team)
    .filter((p) => p.spec.role !== 'manager' && p.spec.openPosition !== true);
}

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
