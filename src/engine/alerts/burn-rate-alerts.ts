import { decimalScale, type Objective } from '../budgets/objective.ts';
import type { SliSeries } from '../budgets/sli-series.ts';
import type { AlertRule, AlertSeverity } from './alert-rules.ts';

/** One firing of an alert: when it fired and when it resolved (null: still firing at asOf). */
export interface AlertFiring {
  readonly service: string;
  readonly rule: string;
  readonly severity: AlertSeverity;
  readonly burnRate: number;
  readonly firedAt: number;
  readonly resolvedAt: number | null;
  /** The highest long-window burn rate seen while firing. */
  readonly peakBurnRate: number;
}

/**
 * When each rule would have fired and resolved on `series` (SRE Workbook, ch. 5). The rule is
 * evaluated at every sample time t over the windows (t − long, t] and (t − short, t], on the
 * samples before `asOf`; it fires when both windows burn faster than the rule's burn rate
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
  readonly asOf: number;
}): readonly AlertFiring[] {
  const out: AlertFiring[] = [];
  const step = sampleInterval(options.series);
  for (const rule of options.rules) evaluateRule({ ...options, rule, out, step });
  out.sort((a, b) => a.firedAt - b.firedAt || ruleOrder(options.rules, a, b));
  return out;
}

/** The shortest time between two samples of the series (its resolution); 0 with fewer than 2. */
export function sampleInterval(series: SliSeries): number {
  let step = 0;
  for (let i = 1; i < series.length; i++) {
    const d = (series.seconds[i] as number) - (series.seconds[i - 1] as number);
    if (d > 0 && (step === 0 || d < step)) step = d;
  }
  return step;
}

function ruleOrder(rules: readonly AlertRule[], a: AlertFiring, b: AlertFiring): number {
  return rules.findIndex((r) => r.name === a.rule) - rules.findIndex((r) => r.name === b.rule);
}

function evaluateRule(options: {
  readonly series: SliSeries;
  readonly objective: Objective;
  readonly rule: AlertRule;
  readonly asOf: number;
  readonly out: AlertFiring[];
  readonly step: number;
}): void {
  const { series, objective, rule, asOf, out, step } = options;
  const { seconds, good, total } = series;
  // bad/total > burnRate × num/den  ⇔  bad × den × scale > total × num × burnRate × scale,
  // all integers: exact at the threshold for integer counts.
  const scale = decimalScale(rule.burnRate);
  const lhs = objective.den * scale;
  const rhs = objective.num * Math.round(rule.burnRate * scale);
  const allowed = objective.num / objective.den;
  const long = Math.max(rule.longWindow, step);
  // A rule without a short window is a single-window alert: the long window decides alone.
  const short = Math.max(rule.shortWindow ?? long, step);
  let n = series.length;
  while (n > 0 && (seconds[n - 1] as number) >= asOf) n--;

  let longBad = 0;
  let longTotal = 0;
  let shortBad = 0;
  let shortTotal = 0;
  let longStart = 0;
  let shortStart = 0;
  let firedAt = -1;
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const t = seconds[i] as number;
    const ti = total[i] as number;
    const bi = ti - (good[i] as number);
    longBad += bi;
    longTotal += ti;
    shortBad += bi;
    shortTotal += ti;
    // Samples of the same second are evaluated together, after the last of them.
    if (i + 1 < n && seconds[i + 1] === t) continue;
    while ((seconds[longStart] as number) <= t - long) {
      const tj = total[longStart] as number;
      longTotal -= tj;
      longBad -= tj - (good[longStart] as number);
      longStart++;
    }
    while ((seconds[shortStart] as number) <= t - short) {
      const tj = total[shortStart] as number;
      shortTotal -= tj;
      shortBad -= tj - (good[shortStart] as number);
      shortStart++;
    }
    const burning =
      longTotal > 0 &&
      shortTotal > 0 &&
      longBad * lhs > longTotal * rhs &&
      shortBad * lhs > shortTotal * rhs;
    if (burning) {
      if (firedAt < 0) {
        firedAt = t;
        peak = 0;
      }
      const rate = longBad / longTotal / allowed;
      if (rate > peak) peak = rate;
    } else if (firedAt >= 0) {
      out.push(firing({ series, rule, firedAt, resolvedAt: t, peak }));
      firedAt = -1;
    }
    // A gap longer than the short window empties it: the alert resolves when it does.
    if (firedAt >= 0) {
      const next = i + 1 < n ? (seconds[i + 1] as number) : asOf;
      const empty = t + short;
      if (next > empty || (i + 1 === n && empty <= asOf)) {
        out.push(firing({ series, rule, firedAt, resolvedAt: empty, peak }));
        firedAt = -1;
      }
    }
  }
  if (firedAt >= 0) out.push(firing({ series, rule, firedAt, resolvedAt: null, peak }));
}

function firing(options: {
  readonly series: SliSeries;
  readonly rule: AlertRule;
  readonly firedAt: number;
  readonly resolvedAt: number | null;
  readonly peak: number;
}): AlertFiring {
  const { series, rule, firedAt, resolvedAt, peak } = options;
  return {
    service: series.service,
    rule: rule.name,
    severity: rule.severity,
    burnRate: rule.burnRate,
    firedAt,
    resolvedAt,
    peakBurnRate: Number(peak.toPrecision(6)),
  };
}
