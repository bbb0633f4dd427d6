import { durationMinutes } from '../../model/index.ts';
import {
  type BusinessHours,
  businessWindow,
  dailyInterval,
  overlapMinutes,
  type WeeklyCoverageMinutes,
  weekendWindow,
} from '../coverage-hours/index.ts';
import type { DesignRelay } from './design-rotation.ts';

/**
 * Minutes a week one follow-the-sun relay keeps someone on call, split by business hours: each
 * site stands by from the handoff for its part of every day, against business hours in its own
 * zone; January's and July's parts are averaged, a season each.
 */
export function relayWeeklyMinutes(
  relay: DesignRelay,
  hours: BusinessHours,
): WeeklyCoverageMinutes {
  const business = businessWindow(hours);
  const weekend = weekendWindow(hours);
  let total = 0;
  let inside = 0;
  let weekendMinutes = 0;
  for (const part of relay.parts) {
    for (const minutes of [part.january, part.july]) {
      const window = [0, 1, 2, 3, 4, 5, 6].flatMap((day) =>
        dailyInterval(day, durationMinutes(part.takeoverMinute), durationMinutes(minutes)),
      );
      total += (7 * minutes) / 2;
      inside += overlapMinutes(window, business) / 2;
      weekendMinutes += overlapMinutes(window, weekend) / 2;
    }
  }
  return {
    total: durationMinutes(total),
    business: durationMinutes(inside),
    off: durationMinutes(total - inside),
    weekend: durationMinutes(weekendMinutes),
  };
}
