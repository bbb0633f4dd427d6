import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationSeconds, type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { objectiveOf } from '../budgets/objective.ts';
import { type SliSeries, seriesOf } from '../budgets/sli-series.ts';
import type { AlertRule } from './alert-rules.ts';
import { burnRateAlerts, sampleInterval } from './burn-rate-alerts.ts';
import { evaluateRegularRule } from './evaluate-regular-rule.ts';
import { evaluateRule } from './evaluate-rule.ts';
import { scanSeries } from './scan-series.ts';

/** The definition, evaluated the slow way: every sample time, windows summed from scratch. */
function reference(series: SliSeries, rule: AlertRule, target: number, asOf: number) {
  const o = objectiveOf(target);
  const step = sampleInterval(series);
  const long = Math.max(rule.longWindow, step);
  const short = Math.max(rule.shortWindow ?? long, step);
  // A sample at t counts (previous, t]: one at asOf is known at asOf.
  const times = [...series.seconds.slice(0, series.length)].filter((t) => t <= asOf);
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
            return { at: epochSeconds(t), good: s.total - bad, total: s.total };
          });
          const series = seriesOf('api', samples);
          const rule: AlertRule = {
            name: 'r',
            severity: 'page',
            burnRate,
            longWindow: durationSeconds(longWindow),
            shortWindow:
              shortWindow !== null && shortWindow < longWindow
                ? durationSeconds(shortWindow)
                : null,
          };
          const asOf = epochSeconds(t + 1200);
          const got = burnRateAlerts({ series, objective: objectiveOf(99.5), rules: [rule], asOf });
          expect(got.map((f) => [f.firedAt, f.resolvedAt])).toEqual(
            reference(series, rule, 99.5, asOf),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  // Samples at a fixed interval take another path (window bounds by index arithmetic, blocks
  // skipped whole while quiet, halved near bursts): long quiet stretches, a few bursts of every
  // strength, windows narrower than the interval, and reports made before the data ends.
  const regular = fc.record({
    step: fc.constantFrom(1, 60, 60, 300, 3600),
    length: fc.integer({ min: 1, max: 400 }),
    base: fc.integer({ min: 0, max: 40 }),
    bursts: fc.array(
      fc.record({
        at: fc.nat({ max: 399 }),
        length: fc.integer({ min: 1, max: 120 }),
        share: fc.constantFrom(0.01, 0.02, 0.05, 0.1, 0.3, 1),
      }),
      { maxLength: 4 },
    ),
    burnRate: fc.constantFrom(1, 2.5, 6, 14.4),
    longWindow: fc.constantFrom(300, 1800, 3600, 7200, 21_600),
    shortWindow: fc.option(fc.constantFrom(60, 300, 600, 1800), { nil: null }),
    cut: fc.integer({ min: -50, max: 5 }),
  });

  function regularSamples(r: typeof regular extends fc.Arbitrary<infer T> ? T : never) {
    return Array.from({ length: r.length }, (_, i) => {
      // Totals that vary, and now and then a sample without events.
      const total = (i * 7919) % 17 === 0 ? 0 : r.base + ((i * 104_729) % 7);
      const share = r.bursts.find((b) => i >= b.at && i < b.at + b.length)?.share ?? 0;
      const noise = (i * 31) % 97 === 0 ? 1 : 0;
      const bad = Math.min(total, Math.round(total * share) + noise);
      return { at: epochSeconds(1_000_000 + i * r.step), good: total - bad, total };
    });
  }

  it('fires and resolves exactly as evaluating every sample would on samples at a fixed interval', () => {
    fc.assert(
      fc.property(regular, (r) => {
        const series = seriesOf('api', regularSamples(r));
        const rule: AlertRule = {
          name: 'r',
          severity: 'page',
          burnRate: r.burnRate,
          longWindow: durationSeconds(r.longWindow),
          shortWindow:
            r.shortWindow !== null && r.shortWindow < r.longWindow
              ? durationSeconds(r.shortWindow)
              : null,
        };
        const asOf = epochSeconds(1_000_000 + (r.length + r.cut) * r.step);
        const expected = reference(series, rule, 99.5, asOf);
        const objective = objectiveOf(99.5);
        // Made by a collector, whose interval is known, and assembled by hand, whose times are
        // checked on the way.
        for (const s of [series, { ...series }]) {
          const got = burnRateAlerts({ series: s, objective, rules: [rule], asOf });
          expect(got.map((f) => [f.firedAt, f.resolvedAt])).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same firings and peaks by index arithmetic as by searching times, fractional counts included', () => {
    fc.assert(
      fc.property(
        regular,
        fc.constantFrom(0.25, 0.1, 1 / 3),
        fc.constantFrom(300, 3600),
        (r, fraction, short) => {
          const samples = regularSamples(r).map((s) => ({
            at: s.at,
            good: s.good * fraction,
            total: s.total * fraction,
          }));
          const series = seriesOf('api', samples);
          const scan = scanSeries(series, { n: series.length });
          const objective = objectiveOf(99.9);
          const rule = {
            long: durationSeconds(Math.max(r.longWindow, scan.step)),
            short: durationSeconds(Math.max(Math.min(short, r.longWindow), scan.step)),
            lhs: objective.den * 10,
            rhs: objective.num * Math.round(r.burnRate * 10),
          };
          const asOf = epochSeconds(1_000_000 + r.length * r.step);
          const common = { n: series.length, asOf, sums: scan.sums, rule };
          expect(
            evaluateRegularRule({
              ...common,
              first: series.seconds[0] as EpochSeconds,
              step: scan.step,
            }),
          ).toEqual(evaluateRule({ ...common, seconds: series.seconds }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
