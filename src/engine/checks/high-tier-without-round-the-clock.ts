import { needsRoundTheClock } from '../schedule/round-the-clock.ts';
import { describeTier } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';
import { officeHoursOnlyCover } from './office-hours-cover.ts';

/**
 * §12.6: a high tier (`tierOfService`: its target's, else its demand's) needs a team rotation that covers it round the clock. One
 * covered only in office hours (8x5, 8x7), even with a thin layer in front taking the runbook
 * cases, waits for the morning on any breach no runbook covers. The schedule reports the same
 * service as a `coverage-gap` for every night and weekend (the same rule, `round-the-clock.ts`).
 */
export const highTierWithoutRoundTheClock: Check = {
  code: 'high-tier-without-round-the-clock',
  severity: 'error',
  section: '§12.6',
  summary:
    'a high-tier service covered only in office hours (8x5, 8x7), with no round-the-clock team or domain rotation behind the thin layer',
  run: ({ model, thresholds }) =>
    [...model.services.values()].flatMap((s) => {
      if (!needsRoundTheClock(s, thresholds)) return [];
      const described = officeHoursOnlyCover(model, s);
      if (described === undefined) return [];
      return [
        finding(
          highTierWithoutRoundTheClock,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has ${describeTier(s, thresholds)} but only ${listNames(described)} cover it: nobody who knows it is on call at night or on weekends, so a breach no runbook covers waits for office hours. Put it on a 24x7 team rotation (a thin layer may take the runbook cases in front of it).`,
        ),
      ];
    }),
};
