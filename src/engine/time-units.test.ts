import { describe, expect, it } from 'vitest';
import {
  alertWindowSeconds,
  DAY_MS,
  type DurationHours,
  type DurationMillis,
  type DurationMinutes,
  type DurationSeconds,
  durationMillis,
  durationMillisOfSeconds,
  durationMinutes,
  durationSeconds,
  durationSecondsOfMillis,
  type EpochMillis,
  type EpochMillisArray,
  type EpochSeconds,
  type EpochSecondsArray,
  earlierSeconds,
  epochMillis,
  epochMillisArray,
  epochSeconds,
  epochSecondsArray,
  HOUR_MS,
  hoursOfMillis,
  hoursOfSeconds,
  instantAtOffset,
  laterMillis,
  laterSeconds,
  laterWall,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  millisBetween,
  millisOfHours,
  millisOfMinutes,
  millisOfSeconds,
  minutesOfSeconds,
  secondsBetween,
  secondsOfMillis,
  type WallClockMillis,
  wallAtOffset,
  wallClockMillis,
  wallDay,
  wallOfDay,
} from '../model/index.ts';
import { windowOfSeconds } from '../model/interop/slo-generator/window-of-seconds.ts';
import {
  burnRateAlertsOf,
  durationHoursOf,
  SLOTH_DEFAULT_WINDOWS,
} from '../model/interop/sloth/alert-windows.ts';
import { AlertmanagerAlert } from '../model/records/alertmanager-payload.ts';
import { parseIsoInstant } from '../model/records/iso-time.ts';
import { isoOfSeconds, parseTimeParameter } from '../model/records/time-parameter.ts';
import { type AlertRule, timeToExhaustion } from './alerts/alert-rules.ts';
import { budgetPeriods } from './budgets/budget-periods.ts';
import { coveringSamples } from './budgets/covering-samples.ts';
import { DAY, isoOf } from './budgets/epoch.ts';
import { firstSampleAfter } from './budgets/sample-span.ts';
import { createSliCollector, seriesOf } from './budgets/sli-series.ts';
import { wallClockSegments } from './compensation/wall-clock-segments.ts';
import {
  DEFAULT_BUSINESS_HOURS,
  dailyInterval,
  minuteOfDay,
  monthlyHoursFromWeeklyMinutes,
  type WeekInterval,
  weeklyCoverageMinutes,
} from './coverage-hours/index.ts';
import { downtimeMinutesOf, downtimeSeconds } from './kpis/downtime.ts';
import type { KpiPeriod } from './kpis/period-kpis.ts';
import { type HandoffPattern, slotsBetween } from './schedule/handoff-slots.ts';
import type { RotationRun } from './schedule/rotation-runs.ts';
import type { HoursSplit } from './schedule/split-hours.ts';
import type { SunRelay } from './schedule/sun-relay.ts';
import { timeOffOwed } from './schedule/time-off.ts';
import { zoneClock } from './schedule/zone-clock.ts';

// Each `@ts-expect-error` below is a line that must NOT compile: `npx tsc --noEmit` fails if the
// line becomes valid (the directive is then unused). The runtime checks show the conversions.

const mondayNine = epochMillis(Date.UTC(2025, 4, 5, 9));
const mondayNineSeconds = epochSeconds(Date.UTC(2025, 4, 5, 9) / 1000);

describe('time units', () => {
  it('refuses seconds where milliseconds are expected, and milliseconds for seconds', () => {
    // @ts-expect-error seconds are not milliseconds
    const asMillis: EpochMillis = mondayNineSeconds;
    // @ts-expect-error milliseconds are not seconds
    const asSeconds: EpochSeconds = mondayNine;
    // @ts-expect-error a duration in seconds is not one in milliseconds
    laterMillis(mondayNine, durationSeconds(60));
    // @ts-expect-error a duration in milliseconds is not one in seconds
    laterSeconds(mondayNineSeconds, durationMillis(60_000));
    // @ts-expect-error a run's starts are epoch milliseconds, not seconds
    epochMillisArray(1)[0] = mondayNineSeconds;
    // @ts-expect-error budget periods count epoch seconds, not milliseconds
    budgetPeriods({ window: '28d', from: mondayNine, asOf: mondayNineSeconds });
    // @ts-expect-error a budget's length of time is not an instant
    isoOf(DAY);
    // Brands are for the compiler only: at run time both are plain numbers.
    expect(asMillis).toBe(Date.UTC(2025, 4, 5, 9) / 1000);
    expect(asSeconds).toBe(Date.UTC(2025, 4, 5, 9));
    expect(millisOfSeconds(mondayNineSeconds)).toBe(mondayNine);
    expect(secondsOfMillis(mondayNine)).toBe(mondayNineSeconds);
    expect(durationMillisOfSeconds(durationSeconds(90))).toBe(90_000);
    expect(durationSecondsOfMillis(durationMillis(1_500))).toBe(1.5);
  });

  it('refuses an instant where a duration is expected, and a duration for an instant', () => {
    // @ts-expect-error an instant is not a length of time
    laterMillis(mondayNine, mondayNine);
    // @ts-expect-error an instant in seconds is not a length of time either
    laterSeconds(mondayNineSeconds, mondayNineSeconds);
    // @ts-expect-error a length of time is not an instant
    const at: EpochMillis = HOUR_MS;
    // @ts-expect-error the time off owed is a length of time, not the instant a turn ends
    timeOffOwed(mondayNine, undefined);
    // @ts-expect-error a run's longest shift is a length of time
    const longest: RotationRun['longest'] = mondayNine;
    const split: HoursSplit = {
      // @ts-expect-error a split of hours holds lengths of time
      total: mondayNine,
      business: HOUR_MS,
      off: HOUR_MS,
      weekend: HOUR_MS,
    };
    // @ts-expect-error the difference of two instants is a plain number until it is named
    const between: DurationMillis = mondayNine - epochMillis(0);
    expect(millisBetween(epochMillis(0), mondayNine)).toBe(Date.UTC(2025, 4, 5, 9));
    expect(secondsBetween(epochSeconds(10), epochSeconds(70))).toBe(60);
    expect(laterMillis(mondayNine, HOUR_MS)).toBe(Date.UTC(2025, 4, 5, 10));
    expect(laterSeconds(mondayNineSeconds, durationSeconds(3_600))).toBe(
      Date.UTC(2025, 4, 5, 10) / 1000,
    );
    expect([at, longest, split.total, between]).toEqual([
      3_600_000,
      mondayNine,
      mondayNine,
      mondayNine,
    ]);
  });

  it('refuses a wall-clock time where an instant is expected, and an instant for a wall time', () => {
    const berlin = zoneClock('Europe/Berlin');
    const wall = berlin.toWall(mondayNine);
    // @ts-expect-error a wall-clock time is not an instant
    const instant: EpochMillis = wall;
    // @ts-expect-error a zone clock reads instants, not wall-clock times
    berlin.toWall(wall);
    // @ts-expect-error a zone clock places wall-clock times, not instants
    berlin.fromWall(mondayNine);
    // @ts-expect-error a wall-clock segment's ends are instants
    wallClockSegments({ startMs: wall, endMs: mondayNine, zone: 'UTC', cuts: [] });
    // @ts-expect-error a handoff anchor is a wall-clock time
    const anchor: HandoffPattern['anchorWall'] = mondayNine;
    // @ts-expect-error a takeover time of day is a length of time after local midnight
    const site: SunRelay['sites'][number] = { clock: berlin, timeOfDay: wall };
    // @ts-expect-error a wall-clock time moves by a length of time, not by another wall time
    laterWall(wall, wall);
    // Berlin is two hours ahead in May: 09:00 UTC is 11:00 on the wall.
    expect(wall).toBe(Date.UTC(2025, 4, 5, 11));
    expect(berlin.fromWall(wall)).toBe(mondayNine);
    expect(wallAtOffset(mondayNine, 120)).toBe(wall);
    expect(instantAtOffset(wall, 120)).toBe(mondayNine);
    expect([instant, anchor, site.timeOfDay]).toEqual([wall, mondayNine, wall]);
  });

  it('names days, hours and minutes of wall-clock time once', () => {
    const day = wallDay(wallClockMillis(Date.UTC(2025, 4, 5, 23, 59)));
    expect(day).toBe(Date.UTC(2025, 4, 5) / DAY_MS);
    expect(wallOfDay(day, millisOfMinutes(9 * 60 + 30))).toBe(Date.UTC(2025, 4, 5, 9, 30));
    expect(wallDay(wallClockMillis(Date.UTC(1969, 11, 31, 23)))).toBe(-1);
    expect(millisOfHours(168)).toBe(7 * DAY_MS);
    expect(hoursOfMillis(durationMillis(5_400_000))).toBe(1.5);
  });

  it('keeps the unit of a run of shifts in its typed arrays, at no cost', () => {
    const starts: EpochMillisArray = epochMillisArray(2);
    starts[0] = mondayNine;
    starts[1] = laterMillis(mondayNine, DAY_MS);
    // @ts-expect-error a bare number has no unit
    starts[1] = 0;
    const first: EpochMillis | undefined = starts[0];
    expect(starts).toBeInstanceOf(Float64Array);
    expect([first, starts[1]]).toEqual([mondayNine, 0]);
  });

  it('reads Alertmanager and ISO times as epoch instants, and writes stored times from seconds', () => {
    const parsed = parseIsoInstant('2025-05-05T11:00:00+02:00');
    // @ts-expect-error an ISO time is read as epoch milliseconds, not seconds
    const parsedSeconds: EpochSeconds | undefined = parsed;
    // @ts-expect-error a time parameter is epoch milliseconds, not seconds
    const at: EpochSeconds | undefined = parseTimeParameter('2025-05-05');
    // @ts-expect-error the store's text is written from epoch seconds, not milliseconds
    isoOfSeconds(mondayNine);
    const alert = AlertmanagerAlert.parse({ labels: {}, startsAt: '2025-05-05T09:00:00Z' });
    // @ts-expect-error an alert's start is epoch seconds, not milliseconds
    const startsAt: EpochMillis = alert.startsAt;
    expect([parsed, parsedSeconds, at]).toEqual([mondayNine, mondayNine, Date.UTC(2025, 4, 5)]);
    expect([startsAt, isoOfSeconds(alert.startsAt)]).toEqual([
      mondayNineSeconds,
      '2025-05-05T09:00:00.000Z',
    ]);
  });

  it('keeps SLI sample times in epoch seconds, from the collector to the sample span', () => {
    const series = seriesOf('api', [
      { at: mondayNineSeconds, good: 9, total: 10 },
      { at: laterSeconds(mondayNineSeconds, durationSeconds(60)), good: 10, total: 10 },
    ]);
    const times: EpochSecondsArray = series.seconds;
    // @ts-expect-error a sample's time is epoch seconds, not milliseconds
    seriesOf('api', [{ at: mondayNine, good: 1, total: 1 }]);
    // @ts-expect-error a collector takes epoch seconds, not a bare number
    createSliCollector().add('api', 0, 1, 1);
    // @ts-expect-error a series' times are epoch seconds, not milliseconds
    epochSecondsArray(1)[0] = mondayNine;
    // @ts-expect-error the sample span is searched with an instant in seconds
    firstSampleAfter(series, mondayNine);
    // @ts-expect-error an incident's stretch is two instants, not an instant and a length
    coveringSamples(series, mondayNineSeconds, durationSeconds(60));
    // @ts-expect-error a series' times are seconds, not the milliseconds of a run of shifts
    const shifts: EpochMillisArray = times;
    expect(firstSampleAfter(series, mondayNineSeconds)).toBe(1);
    expect(
      coveringSamples(
        series,
        earlierSeconds(mondayNineSeconds, durationSeconds(30)),
        mondayNineSeconds,
      ),
    ).toMatchObject({ samples: 1, bad: 1 });
    expect(times).toBeInstanceOf(Uint32Array);
    expect(shifts[0]).toBe(mondayNineSeconds);
  });

  it('keeps burn-rate alert windows in seconds, from the policy to the evaluation', () => {
    const hour = alertWindowSeconds('1h');
    const rule: AlertRule = {
      name: 'page-1h',
      severity: 'page',
      burnRate: 14.4,
      longWindow: hour,
      shortWindow: alertWindowSeconds('5m'),
    };
    // @ts-expect-error an alert window is a length in seconds, not a bare number
    const bare: AlertRule = { ...rule, longWindow: 3600 };
    // @ts-expect-error an alert window is seconds, not milliseconds
    const millis: AlertRule = { ...rule, shortWindow: HOUR_MS };
    // @ts-expect-error an alert window is a length of time, not an instant
    const instant: AlertRule = { ...rule, longWindow: mondayNineSeconds };
    // @ts-expect-error a policy's window is a length in seconds, not milliseconds
    const policy: DurationMillis = alertWindowSeconds('28d');
    // @ts-expect-error how long a budget lasts is a length in seconds, not milliseconds
    timeToExhaustion(14.4, millisOfHours(720));
    expect([hour, rule.shortWindow, timeToExhaustion(14.4, durationSeconds(720 * 3600))]).toEqual([
      3600, 300, 180_000,
    ]);
    expect([bare.longWindow, millis.shortWindow, instant.longWindow, policy]).toEqual([
      3600,
      HOUR_MS,
      mondayNineSeconds,
      2_419_200,
    ]);
  });

  it('counts downtime in seconds and reports it in minutes, converted by name', () => {
    const none = downtimeSeconds([], mondayNineSeconds);
    // @ts-expect-error downtime is counted in seconds; minutes are a conversion away
    const asMinutes: DurationMinutes = none;
    // @ts-expect-error minutes of downtime come from a length of time, not an instant
    minutesOfSeconds(mondayNineSeconds);
    // @ts-expect-error the reported minutes come from seconds, not milliseconds
    downtimeMinutesOf(HOUR_MS);
    // @ts-expect-error a KPI's MTTR is minutes, not seconds
    const mttr: KpiPeriod['mttrMinutes'] = durationSeconds(90);
    // @ts-expect-error a KPI's MTBF is hours, not a bare number
    const bareMtbf: KpiPeriod['mtbfHours'] = 12;
    // @ts-expect-error a KPI's MTBF is hours, not minutes
    const mtbfMinutes: KpiPeriod['mtbfHours'] = durationMinutes(720);
    const mtbf: KpiPeriod['mtbfHours'] = hoursOfSeconds(durationSeconds(43_200));
    expect([bareMtbf, mtbfMinutes, mtbf]).toEqual([12, 720, 12]);
    expect([none, asMinutes, mttr]).toEqual([0, 0, 90]);
    expect(minutesOfSeconds(durationSeconds(90))).toBe(1.5);
    expect(downtimeMinutesOf(durationSeconds(1))).toBe(0.02);
    expect(durationMinutes(5)).toBe(5);
  });

  it('reads Sloth periods and windows in hours and slo-generator windows in seconds', () => {
    const month = durationHoursOf('30d');
    // @ts-expect-error a Sloth period is read as hours, not a bare number
    burnRateAlertsOf(SLOTH_DEFAULT_WINDOWS, 720);
    // @ts-expect-error a Sloth period in hours is not one in seconds
    burnRateAlertsOf(SLOTH_DEFAULT_WINDOWS, durationSeconds(2_592_000));
    // @ts-expect-error a slo-generator step window is seconds, not hours
    windowOfSeconds(durationHoursOf('1h') as DurationHours);
    expect(month).toBe(720);
    expect(burnRateAlertsOf(SLOTH_DEFAULT_WINDOWS, month as DurationHours)?.[0]).toMatchObject({
      burnRate: 14.4,
    });
    expect(windowOfSeconds(durationSeconds(2_419_200))).toBe('28d');
  });

  it('counts a week of coverage in minutes from Monday 00:00', () => {
    const nine = minuteOfDay('09:00');
    const day = dailyInterval(0, nine, durationMinutes(8 * 60));
    // @ts-expect-error a coverage window counts minutes, not milliseconds
    dailyInterval(0, millisOfMinutes(9 * 60), durationMinutes(8 * 60));
    // @ts-expect-error a coverage window's length is minutes, not seconds
    dailyInterval(0, nine, durationSeconds(8 * 3600));
    // @ts-expect-error an interval of the week holds minutes, not bare numbers
    const bare: WeekInterval = { from: 0, to: 60 };
    // @ts-expect-error monthly hours come from minutes a week, not from seconds
    monthlyHoursFromWeeklyMinutes(durationSeconds(3600));
    const week = weeklyCoverageMinutes('24x7', DEFAULT_BUSINESS_HOURS);
    // @ts-expect-error minutes of coverage a week are not milliseconds
    const asMillis: DurationMillis = week.total;
    // @ts-expect-error a day of the week's minutes is not milliseconds
    const dayMillis: DurationMillis = MINUTES_PER_DAY;
    expect(day).toEqual([{ from: 540, to: 1020 }]);
    expect([dayMillis, MINUTES_PER_WEEK]).toEqual([1440, 10_080]);
    expect([bare.to, asMillis, week.off]).toEqual([60, 10_080, 10_080 - 5 * 480]);
    expect(monthlyHoursFromWeeklyMinutes(durationMinutes(60 * 84))).toBeCloseTo(365.25);
  });

  it('places weekly handoffs at the same wall-clock time across a daylight-saving change', () => {
    const berlin = zoneClock('Europe/Berlin');
    const pattern: HandoffPattern = {
      zone: 'Europe/Berlin',
      clock: berlin,
      anchorWall: wallOfDay(4, millisOfMinutes(9 * 60)),
      length: durationMillis(7 * DAY_MS),
    };
    const range = {
      start: epochMillis(Date.UTC(2025, 2, 24)),
      end: epochMillis(Date.UTC(2025, 3, 7)),
    };
    const walls: WallClockMillis[] = slotsBetween(pattern, range).map((s) =>
      berlin.toWall(s.start),
    );
    // Monday 09:00 local before and after the change of 2025-03-30 (turns overlapping the
    // range, unclipped: the first began the week before).
    expect(walls.map((w) => new Date(w).toISOString())).toEqual([
      '2025-03-17T09:00:00.000Z',
      '2025-03-24T09:00:00.000Z',
      '2025-03-31T09:00:00.000Z',
    ]);
    const owed: DurationMillis = timeOffOwed(HOUR_MS, undefined);
    const owedSeconds: DurationSeconds = durationSecondsOfMillis(owed);
    expect(owedSeconds).toBe(0);
  });
});
