import {
  type CompensationPolicy,
  type DurationMillis,
  durationMillis,
  type EpochMillis,
  laterMillis,
  millisBetween,
} from '../../model/index.ts';
import { earlier, type Interval, later } from './interval.ts';
import type { LocalDays } from './local-days.ts';

/** Local days searched for business hours to take time off in; ends a runaway rate. */
const MAX_DAYS = 3_700;

/**
 * Time off granted for off-hours standby (§12.9.5: "time off following an on-call shift on
 * standby outside of business hours"): `timeOffPerStandbyHour` hours per off-hours hour on
 * call, so as long again times the rate; zero without a policy or a rate.
 */
export function timeOffOwed(
  offHours: DurationMillis,
  policy: CompensationPolicy | undefined,
): DurationMillis {
  const rate = policy?.spec.timeOffPerStandbyHour ?? 0;
  return durationMillis(Math.round(offHours * rate));
}

/**
 * When time off is taken: the person's next business hours after the turn ends, in their own
 * zone, until `amount` milliseconds are used up. Off-hours need no time off, so it is only ever
 * taken out of business hours.
 */
export function timeOffAfter(options: {
  readonly end: EpochMillis;
  readonly amount: DurationMillis;
  readonly days: LocalDays;
}): Interval[] {
  const { days } = options;
  let left: number = options.amount;
  const out: Interval[] = [];
  let day = days.dayOf(options.end);
  for (let n = 0; left > 0 && n < MAX_DAYS; n++) {
    if (day.businessDay) {
      const start = later(options.end, day.businessStart);
      const end = earlier(day.businessEnd, laterMillis(start, durationMillis(left)));
      if (end > start) {
        out.push({ start, end });
        left -= millisBetween(start, end);
      }
    }
    day = days.day(day.index + 1);
  }
  return out;
}
