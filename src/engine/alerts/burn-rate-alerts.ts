import { durationSeconds, type EpochSeconds } from '../../model/index.ts';
import { decimalScale, type Objective } from '../budgets/objective.ts';
import { firstSampleAfter } from '../budgets/sample-span.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { AlertRule, AlertSeverity } from './alert-rules.ts';
import { evaluateRegularRule } from './evaluate-regular-rule.ts';
import { evaluateRule } from './evaluate-rule.ts';
import { type SeriesScan, scanSeries } from './scan-series.ts';

export { sampleInterval } from './sample-interval.ts';

/** One firing of an alert: when it fired and when it resolved (null: still firing at asOf). */
export interface AlertFiring {
  readonly service: string;
  readonly rule: string;
  readonly severity: AlertSeverity;
  readonly burnRate: number;
  readonly firedAt: EpochSeconds;
  readonly resolvedAt: EpochSeconds | null;
  /** The highest long-window burn rate seen while firing. */
  readonly peakBurnRate: number;
}

/**
 * When each rule would have fired and resolved on `series` (SRE Workbook, ch. 5). The rule is
 * evaluated at every sample time t over the windows (t − long, t] and (t − short, t], on the
 * samples known at `asOf` (a sample at t counts (previous, t]: sample-span.ts); it fires when both windows burn faster than the rule's burn rate
 * (strictly, as Prometheus' `>`), and resolves at the first evaluation where either does not.
 * A window without events burns nothing: when the data stops, the alert resolves once the short
 * window holds no sample any more. A window shorter than the interval between samples is
 * evaluated over one interval (hourly samples cannot tell a 5-minute window apart from its hour,
 * and a narrower window would empty between every two samples).
 */
export function burnRateAlerts(options: {
  readonly series: SliSeries;
  readonly objective: Objective;
  readonly rules: readonly AlertRule[];
  readonly asOf: EpochSeconds;
}): readonly AlertFiring[] {
  const { series, rules, asOf } = options;
  const n = firstSampleAfter(series, asOf);
  if (n === 0 || rules.length === 0) return [];
  return firingsOf({ ...options, scan: scanSeries(series, { n }) });
}

/** `burnRateAlerts` from a scan of the series that is already made (`scanSeries`). */
export function firingsOf(options: {
  readonly series: SliSeries;
  readonly scan: SeriesScan;
  readonly objective: Objective;
  readonly rules: readonly AlertRule[];
  readonly asOf: EpochSeconds;
}): readonly AlertFiring[] {
  const { series, scan, objective, rules, asOf } = options;
  const { n, step, sums } = scan;
  if (n === 0 || rules.length === 0) return [];
  const seconds = series.seconds;
  const allowed = objective.num / objective.den;
  const out: AlertFiring[] = [];
  for (const rule of rules) {
    // bad/total > burnRate × num/den  ⇔  bad × den × scale > total × num × burnRate × scale,
    // all integers: exact at the threshold for integer counts.
    const scale = decimalScale(rule.burnRate);
    const long = durationSeconds(Math.max(rule.longWindow, step));
    const prepared = {
      long,
      // A rule without a short window is a single-window alert: the long window decides alone.
      short: durationSeconds(Math.max(rule.shortWindow ?? long, step)),
      lhs: objective.den * scale,
      rhs: objective.num * Math.round(rule.burnRate * scale),
    };
    const events = scan.regular
      ? evaluateRegularRule({
          n,
          first: seconds[0] as EpochSeconds,
          step,
          asOf,
          sums,
          rule: prepared,
        })
      : evaluateRule({ seconds, n, asOf, sums, rule: prepared });
    for (const event of events) {
      out.push({
        service: series.service,
        rule: rule.name,
        severity: rule.severity,
        burnRate: rule.burnRate,
        firedAt: event.firedAt,
        resolvedAt: event.resolvedAt,
        peakBurnRate: Number((event.peakRatio / allowed).toPrecision(6)),
      });
    }
  }
  out.sort((a, b) => a.firedAt - b.firedAt || ruleOrder(rules, a, b));
  return out;
}

function ruleOrder(rules: readonly AlertRule[], a: AlertFiring, b: AlertFiring): number {
  return rules.findIndex((r) => r.name === a.rule) - rules.findIndex((r) => r.name === b.rule);
}
