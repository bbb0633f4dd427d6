import { describe, expect, it } from 'vitest';
import { at, regularSeries } from '../../../test/support/sli-samples.ts';
import { epochSeconds } from '../../model/index.ts';
import { HOUR, MINUTE } from '../budgets/epoch.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { seriesOf } from '../budgets/sli-series.ts';
import { WORKBOOK_ALERT_RULES } from './alert-rules.ts';
import { burnRateAlerts, sampleInterval } from './burn-rate-alerts.ts';

const o999 = objectiveOf(99.9);
const pageFast = WORKBOOK_ALERT_RULES.filter((r) => r.name === 'page-1h');
const START = at('2025-01-01T00:00:00Z');

describe('burnRateAlerts', () => {
  it('pages 52 seconds into a total outage, as the workbook computes (0.864 min)', () => {
    const outage = START + 2 * HOUR;
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 3 * HOUR,
      step: 1,
      total: 10,
      bad: (t) => (t >= outage && t < outage + 10 * MINUTE ? 10 : 0),
    });
    const [firing, ...rest] = burnRateAlerts({
      series,
      objective: o999,
      rules: pageFast,
      asOf: epochSeconds(START + 3 * HOUR),
    });
    expect(rest).toEqual([]);
    // The 52nd bad second of 3600 makes 1.444% > 14.4 × 0.1%; 51 make 1.417%.
    expect(firing?.firedAt).toBe(outage + 51);
    // Resolves once the 5-minute window holds 4 bad seconds of 300 (1.33% ≤ 1.44%).
    expect(firing?.resolvedAt).toBe(outage + 10 * MINUTE + 5 * MINUTE - 5);
    expect(firing?.peakBurnRate).toBeCloseTo(600 / 3600 / 0.001, 3);
  });

  it('resolves once only the long window still burns', () => {
    // Per-minute samples: 10 bad minutes at 50% keep the 1 h window above 14.4x for an hour,
    // but the 5 m window is clean 5 minutes after they end.
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 2 * HOUR,
      step: MINUTE,
      total: 1000,
      bad: (t) => (t >= START + HOUR && t < START + HOUR + 10 * MINUTE ? 500 : 0),
    });
    const [firing] = burnRateAlerts({
      series,
      objective: o999,
      rules: pageFast,
      asOf: epochSeconds(START + 2 * HOUR),
    });
    // The first bad minute is 0.83% of the hour, the second makes 1.67% > 1.44%.
    expect(firing?.firedAt).toBe(START + HOUR + MINUTE);
    // 5 bad minutes of 5 at 50% at +9; at +14 the window (+9, +14] holds none.
    expect(firing?.resolvedAt).toBe(START + HOUR + 14 * MINUTE);
  });

  it('evaluates a window shorter than the sample interval over one interval', () => {
    // Hourly samples: the 5-minute window would be empty between samples; it spans the hour.
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 6 * HOUR,
      step: HOUR,
      total: 1000,
      bad: (t) => (t === START + 2 * HOUR || t === START + 3 * HOUR ? 100 : 0),
    });
    expect(sampleInterval(series)).toBe(HOUR);
    expect(
      burnRateAlerts({
        series,
        objective: o999,
        rules: pageFast,
        asOf: epochSeconds(START + 6 * HOUR),
      }),
    ).toEqual([
      expect.objectContaining({ firedAt: START + 2 * HOUR, resolvedAt: START + 4 * HOUR }),
    ]);
  });

  it('does not fire exactly at the burn rate, and fires one bad event above it', () => {
    // Burn rate 14.4 on 99.9%: 14.4 bad per 1000 events. 144 of 10000 is exactly at it.
    const at144 = seriesOf('api', [{ at: START, good: 10000 - 144, total: 10000 }]);
    const at145 = seriesOf('api', [{ at: START, good: 10000 - 145, total: 10000 }]);
    const asOf = epochSeconds(START + 1);
    expect(burnRateAlerts({ series: at144, objective: o999, rules: pageFast, asOf })).toEqual([]);
    expect(burnRateAlerts({ series: at145, objective: o999, rules: pageFast, asOf })).toHaveLength(
      1,
    );
  });

  it('resolves when a gap in the data empties the short window', () => {
    // Per-minute samples that stop for two hours in the middle of an outage.
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 4 * HOUR,
      step: MINUTE,
      total: 100,
      bad: (t) => (t >= START + HOUR ? 100 : 0),
      skip: (t) => t > START + HOUR && t < START + 3 * HOUR,
    });
    const firings = burnRateAlerts({
      series,
      objective: o999,
      rules: pageFast,
      asOf: epochSeconds(START + 4 * HOUR),
    });
    expect(firings[0]).toMatchObject({
      firedAt: START + HOUR,
      resolvedAt: START + HOUR + 5 * MINUTE,
    });
    expect(firings[1]).toMatchObject({ firedAt: START + 3 * HOUR, resolvedAt: null });
  });

  it('reports an alert still firing at asOf with no resolution', () => {
    const series = seriesOf('api', [{ at: START, good: 0, total: 100 }]);
    const firings = burnRateAlerts({
      series,
      objective: o999,
      rules: pageFast,
      asOf: epochSeconds(START + 60),
    });
    expect(firings).toEqual([expect.objectContaining({ firedAt: START, resolvedAt: null })]);
  });

  it('ignores samples after asOf and reads one at asOf, which counts the time up to it', () => {
    const series = seriesOf('api', [
      { at: START, good: 100, total: 100 },
      { at: epochSeconds(START + 60), good: 0, total: 100 },
    ]);
    expect(
      burnRateAlerts({ series, objective: o999, rules: pageFast, asOf: epochSeconds(START + 59) }),
    ).toEqual([]);
    const atAsOf = burnRateAlerts({
      series,
      objective: o999,
      rules: pageFast,
      asOf: epochSeconds(START + 60),
    });
    expect(atAsOf.map((f) => [f.firedAt, f.resolvedAt])).toEqual([[START + 60, null]]);
  });

  it('evaluates samples of the same second together', () => {
    // Alone the first sample burns; with its twin of the same second it does not.
    const series = seriesOf('api', [
      { at: START, good: 0, total: 1 },
      { at: START, good: 10_000, total: 10_000 },
    ]);
    expect(
      burnRateAlerts({ series, objective: o999, rules: pageFast, asOf: epochSeconds(START + 60) }),
    ).toEqual([]);
  });

  it('fires page and ticket alerts of the workbook on a slow, steady burn in order', () => {
    // 0.5% errors for a day on 99.9%: burn rate 5 — below the 6x and 14.4x pages, above the
    // 3x and 1x tickets.
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 48 * HOUR,
      step: MINUTE,
      total: 1000,
      bad: (t) => (t >= START + 12 * HOUR && t < START + 36 * HOUR ? 5 : 0),
    });
    const firings = burnRateAlerts({
      series,
      objective: o999,
      rules: WORKBOOK_ALERT_RULES,
      asOf: epochSeconds(START + 48 * HOUR),
    });
    expect(firings.map((f) => f.rule)).toEqual(['ticket-3d', 'ticket-1d']);
    expect(firings.every((f) => f.resolvedAt !== null)).toBe(true);
  });

  it('fires nothing on a series without bad events', () => {
    const series = regularSeries({
      service: 'api',
      from: START,
      to: START + 6 * HOUR,
      step: MINUTE,
      total: 50,
    });
    expect(
      burnRateAlerts({
        series,
        objective: o999,
        rules: WORKBOOK_ALERT_RULES,
        asOf: epochSeconds(START + 6 * HOUR),
      }),
    ).toEqual([]);
  });
});
