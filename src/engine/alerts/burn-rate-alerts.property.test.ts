import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveOf } from '../budgets/objective.ts';
import { type SliSeries, seriesOf } from '../budgets/sli-series.ts';
import type { AlertRule } from './alert-rules.ts';
import { burnRateAlerts, sampleInterval } from './burn-rate-alerts.ts';

/** The definition, evaluated the slow way: every sample time, windows summed from scratch. */
function reference(series: SliSeries, rule: AlertRule, target: number, asOf: number) {
  const o = objectiveOf(target);
  const step = sampleInterval(series);
  const long = Math.max(rule.longWindow, step);
  const short = Math.max(rule.shortWindow ?? long, step);
  const times = [...series.seconds.slice(0, series.length)].filter((t) => t < asOf);
  const sum = (from: number, to: number) => {
    let bad = 0;
    let total = 0;
    for (let i = 0; i < series.length; i++) {
      const t = series.seconds[i] as number;
      if (t > from && t <= to) {
        total += series.total[i] as number;
        bad += (series.total[i] as number) - (series.good[i] as number);
      }
    }
    return { bad, total };
  };
  const burns = (w: { bad: number; total: number }) =>
    w.total > 0 &&
    BigInt(w.bad) * BigInt(o.den) * 10n >
      BigInt(w.total) * BigInt(o.num) * BigInt(Math.round(rule.burnRate * 10));
  const out: [number, number | null][] = [];
  let fired = -1;
  const unique = [...new Set(times)];
  unique.forEach((t, k) => {
    const on = burns(sum(t - long, t)) && burns(sum(t - short, t));
    if (on && fired < 0) fired = t;
    if (!on && fired >= 0) {
      out.push([fired, t]);
      fired = -1;
    }
    if (fired >= 0) {
      const next = unique[k + 1] ?? asOf;
      const last = k === unique.length - 1;
      if (next > t + short || (last && t + short <= asOf)) {
        out.push([fired, t + short]);
        fired = -1;
      }
    }
  });
  if (fired >= 0) out.push([fired, null]);
  return out;
}

describe('burnRateAlerts', () => {
  it('fires and resolves exactly as evaluating every sample would, blocks skipped or not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.constantFrom(0, 60, 60, 60, 60, 120, 600),
            total: fc.integer({ min: 0, max: 50 }),
            badShare: fc.constantFrom(0, 0, 0, 0, 0.02, 0.5, 1),
          }),
          { minLength: 1, maxLength: 300 },
        ),
        fc.constantFrom(1, 2.5, 6, 14.4),
        fc.constantFrom(300, 1800, 3600, 7200),
        fc.option(fc.constantFrom(60, 300, 600), { nil: null }),
        (steps, burnRate, longWindow, shortWindow) => {
          let t = 1_000_000;
          const samples = steps.map((s) => {
            t += s.gap;
            const bad = Math.round(s.total * s.badShare);
            return { at: t, good: s.total - bad, total: s.total };
          });
          const series = seriesOf('api', samples);
          const rule: AlertRule = {
            name: 'r',
            severity: 'page',
            burnRate,
            longWindow,
            shortWindow: shortWindow !== null && shortWindow < longWindow ? shortWindow : null,
          };
          const asOf = t + 1200;
          const got = burnRateAlerts({ series, objective: objectiveOf(99.5), rules: [rule], asOf });
          expect(got.map((f) => [f.firedAt, f.resolvedAt])).toEqual(
            reference(series, rule, 99.5, asOf),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
