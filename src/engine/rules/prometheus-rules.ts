import {
  type CompiledModel,
  type DurationSeconds,
  durationSeconds,
  queryForWindow,
  type Service,
} from '../../model/index.ts';
import { type AlertRule, budgetConsumed, WORKBOOK_ALERT_RULES } from '../alerts/alert-rules.ts';
import { alertRulesOf } from '../alerts/alert-rules-of.ts';
import { rollingSeconds } from '../budgets/budget-periods.ts';
import { DAY } from '../budgets/epoch.ts';
import { DEFAULT_WINDOW, policyOf } from '../budgets/service-budgets.ts';
import { allowedErrorRatio } from './allowed-error-ratio.ts';
import { prometheusDuration } from './prometheus-duration.ts';
import type { AlertingRule, RecordingRule, RuleGroup } from './rule-group.ts';

/** The alert every generated burn-rate rule raises; labels tell services and windows apart. */
export const BURN_RATE_ALERT = 'ErrorBudgetBurn';

/** The recorded error ratio of a service over a window, e.g. `whorunsit:sli_error:ratio_rate5m`. */
export function errorRatioRecord(window: string): string {
  return `whorunsit:sli_error:ratio_rate${window}`;
}

export interface PrometheusRules {
  readonly groups: readonly RuleGroup[];
  /** Services no rules were made for, with the reason. */
  readonly skipped: readonly { readonly service: string; readonly reason: string }[];
}

export interface PrometheusRulesOptions {
  readonly model: CompiledModel;
  /**
   * Divides every window by this (1: as the policy says). Tests scale a 1 h window down to
   * seconds, as the Sloth and Pyrra suites do; the burn rates and thresholds stay the same.
   */
  readonly timeScale?: number | undefined;
  /** The groups' evaluation interval, e.g. `30s`; Prometheus' global one when absent. */
  readonly interval?: string | undefined;
  readonly defaultRules?: readonly AlertRule[] | undefined;
}

/**
 * Prometheus rules for every service with an availability target and an `sli`: recording rules
 * for its error ratio over each window its burn-rate alerts use, and one multiwindow,
 * multi-burn-rate alerting rule per alert of its error budget policy (else the SRE Workbook's
 * four), firing while the error ratio over both windows is above burn rate × (1 − target), as
 * `whorunsit alerts` evaluates them. Alerts carry `service`, `severity` and `runbook` labels, so
 * Alertmanager can send them back to whorunsit, which routes them to who runs the service now
 * (§12.5, §12.6).
 */
export function prometheusRules(options: PrometheusRulesOptions): PrometheusRules {
  const scale = options.timeScale ?? 1;
  if (!(scale >= 1) || !Number.isFinite(scale)) {
    throw new RangeError(`expected a time scale of at least 1, found ${scale}`);
  }
  const groups: RuleGroup[] = [];
  const skipped: { service: string; reason: string }[] = [];
  for (const service of options.model.services.values()) {
    const target = service.spec.availabilityTarget;
    const sli = service.spec.sli;
    if (target === undefined) {
      skipped.push({ service: service.name, reason: 'no availabilityTarget' });
    } else if (sli === undefined) {
      skipped.push({ service: service.name, reason: 'no sli queries' });
    } else {
      groups.push(serviceGroup({ ...options, service, target, sli, scale }));
    }
  }
  return { groups, skipped };
}

function serviceGroup(
  options: PrometheusRulesOptions & {
    readonly service: Service;
    readonly target: number;
    readonly sli: NonNullable<Service['spec']['sli']>;
    readonly scale: number;
  },
): RuleGroup {
  const { model, service, target, sli, scale } = options;
  const { rules, source } = alertRulesOf(
    model,
    service,
    options.defaultRules ?? WORKBOOK_ALERT_RULES,
  );
  const window = (seconds: DurationSeconds) => prometheusDuration(seconds / scale);
  const windows = [
    ...new Set(rules.flatMap((r) => [r.shortWindow, r.longWindow]).filter((w) => w !== null)),
  ]
    .sort((a, b) => a - b)
    .map(window);
  const selector = `{service=${JSON.stringify(service.name)}}`;
  const recordings: RecordingRule[] = [...new Set(windows)].map((w) => ({
    record: errorRatioRecord(w),
    expr:
      sli.errors !== undefined
        ? `(${queryForWindow(sli.errors, w)})\n/\n(${queryForWindow(sli.total, w)})`
        : `1 - (\n  (${queryForWindow(sli.good ?? '', w)})\n  /\n  (${queryForWindow(sli.total, w)})\n)`,
    labels: { service: service.name },
  }));
  const objective: RecordingRule = {
    record: 'whorunsit:slo_objective:ratio',
    expr: `vector(${Number((target / 100).toPrecision(12))})`,
    labels: { service: service.name },
  };
  const allowed = allowedErrorRatio(target);
  const policyWindow = policyOf(model, service)?.spec.window ?? DEFAULT_WINDOW;
  const period = rollingSeconds(policyWindow) ?? durationSeconds(30 * DAY);
  const runbook = service.spec.runbooks?.[0];
  const alerts: AlertingRule[] = rules.map((rule) => {
    const long = window(rule.longWindow);
    const short = rule.shortWindow === null ? undefined : window(rule.shortWindow);
    const threshold = `(${rule.burnRate} * ${allowed})`;
    const over = (w: string) => `${errorRatioRecord(w)}${selector} > ${threshold}`;
    const share = budgetConsumed({ burnRate: rule.burnRate, period, window: rule.longWindow });
    return {
      alert: BURN_RATE_ALERT,
      expr: short === undefined ? over(long) : `${over(long)}\nand\n${over(short)}`,
      labels: {
        service: service.name,
        severity: rule.severity,
        ...(runbook ? { runbook } : {}),
        burn_rate: String(rule.burnRate),
        long_window: long,
        ...(short ? { short_window: short } : {}),
        whorunsit_rule: rule.name,
      },
      annotations: {
        summary: `${service.name} is burning its error budget ${rule.burnRate} times too fast`,
        description: `Error ratio {{ $value | humanizePercentage }} over ${long}${short ? ` (and over ${short})` : ''}, above ${rule.burnRate} × the ${allowed} the ${target}% objective allows: at this rate ${Number((share * 100).toPrecision(6))}% of the ${policyWindow} error budget goes in ${long} (${source}, §12.5).`,
        ...(runbook ? { runbook_url: runbook } : {}),
      },
    };
  });
  return {
    name: `whorunsit-${service.name}`,
    ...(options.interval ? { interval: options.interval } : {}),
    rules: [...recordings, objective, ...alerts],
  };
}
